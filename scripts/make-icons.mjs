#!/usr/bin/env node
/**
 * `npm run icons`: draws the extension icons (public/icon/16.png … 128.png, the sizes Chrome and
 * Firefox ask for) from the product mark in components/MicroscopeIcon.tsx: the mark in white on
 * the brand violet rounded square. Each size is rendered at its own pixel size (not scaled down
 * from a large one) by the Chromium the tests use, so no image library is needed.
 *
 * 128 px follows the Chrome Web Store guideline (96 px of artwork, 16 px transparent margin);
 * toolbar sizes fill their square. The PNGs are committed; run this again after changing the mark.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public/icon');

/** Brand violet (the Score button and links). */
export const BRAND = '#5b3df5';
/** Transparent margin around the square, per size. */
const MARGIN = { 16: 0, 32: 1, 48: 2, 96: 6, 128: 16 };
/** Share of the square the mark takes: larger at toolbar sizes so its strokes stay legible. */
const GLYPH = { 16: 0.86, 32: 0.78 };
export const ICON_SIZES = Object.keys(MARGIN).map(Number);

/** The `d` of the mark's path, read from the component so both stay the same drawing. */
export function markPath(source = readFileSync(join(root, 'components/MicroscopeIcon.tsx'), 'utf8')) {
  const m = /\bd="([^"]+)"/.exec(source);
  if (!m?.[1]) throw new Error('No path data in components/MicroscopeIcon.tsx');
  return m[1];
}

/** The icon as SVG at `size` px: violet rounded square, white mark (drawn on a 24-unit grid). */
export function iconSvg(size, d = markPath()) {
  const margin = MARGIN[size] ?? Math.round(size / 8);
  const square = size - 2 * margin;
  const radius = square * 0.22;
  const glyph = square * (GLYPH[size] ?? 0.72);
  const scale = glyph / 24;
  const offset = margin + (square - glyph) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect x="${margin}" y="${margin}" width="${square}" height="${square}" rx="${radius}" fill="${BRAND}"/><path transform="translate(${offset} ${offset}) scale(${scale})" fill="#fff" d="${d}"/></svg>`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!DOCTYPE html><html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
      );
      const path = join(outDir, `${size}.png`);
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(relative(root, path));
    }
  } finally {
    await browser.close();
  }
}
