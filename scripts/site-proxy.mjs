/**
 * A local HTTP proxy that only tunnels the two sites to the fixture server: the Firefox twin
 * of Chromium's `--host-resolver-rules` (Firefox has no host mapping, but it can be pointed at a
 * proxy). `CONNECT www.instagram.com:443` and `CONNECT www.tiktok.com:443` are tunnelled to
 * 127.0.0.1:`targetPort`; every other CONNECT and every plain-HTTP request is refused, so
 * nothing the browser asks for leaves the machine.
 */
import { createServer } from 'node:http';
import { connect } from 'node:net';

export const PROXIED_HOSTS = ['www.instagram.com', 'www.tiktok.com'];

/**
 * @param {{ targetPort: number, hosts?: readonly string[] }} options
 * @returns {Promise<{ port: number, tunnelled: string[], refused: string[], close(): Promise<void> }>}
 */
export async function startSiteProxy({ targetPort, hosts = PROXIED_HOSTS }) {
  const allowed = new Set(hosts.map((h) => `${h}:443`));
  /** @type {string[]} */
  const tunnelled = [];
  /** @type {string[]} */
  const refused = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'Content-Type': 'text/plain', Connection: 'close' });
    res.end('Refused by the test proxy: only the fixture sites are reachable.\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, client, head) => {
    const target = (req.url ?? '').toLowerCase();
    if (!allowed.has(target)) {
      refused.push(`CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    tunnelled.push(target);
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    tunnelled,
    refused,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
