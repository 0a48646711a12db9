import http from 'node:http';
import { chromium } from 'playwright-core';
const server = http.createServer((q, r) => { r.setHeader('content-type', 'text/html'); r.end('<!doctype html><title>x</title>'); }).listen(0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
const out = await page.evaluate(async () => {
  const line = (i) => `{"key":"instagram:camille.beauty${i}","c":["001760025036000-0000000000-seed-device"],"f":{"handle":["camille.beauty${i}",0],"displayName":["camille beauté",0]},"n":[["teammate","Anna","Tarif négocié",0]],"h":[{"platform":"instagram","pad":"${'abcdefghij'.repeat(70)}"}],"x":null}`;
  const back = Array.from({ length: 256 }, (_, p) => Array.from({ length: 195 }, (_, i) => line(p * 1000 + i)).join('\n'));
  const res = [];
  const enc = new TextEncoder();
  const gz = async (chunks) => { const rs = new ReadableStream({ pull(c) { const n = chunks.next(); if (n.done) c.close(); else c.enqueue(n.value); } }); return (await new Response(rs.pipeThrough(new CompressionStream('gzip'))).arrayBuffer()).byteLength; };
  for (let round = 0; round < 4; round++) {
    const row = { round };
    for (const size of [0, 65536, 16384]) {
      let t = performance.now(); let n = 0;
      for (const s of back) { if (!size) n += enc.encode(s).length; else for (let at = 0; at < s.length; at += size) n += enc.encode(s.slice(at, at + size)).length; }
      row[`enc${size}`] = Math.round(performance.now() - t);
      t = performance.now();
      function* chunks() { for (const s of back) { if (!size) yield enc.encode(s); else for (let at = 0; at < s.length; at += size) yield enc.encode(s.slice(at, at + size)); } }
      await gz(chunks());
      row[`gz${size}`] = Math.round(performance.now() - t);
    }
    res.push(row);
  }
  return res;
});
console.table(out);
await browser.close(); server.close();
