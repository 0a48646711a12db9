import { describe, expect, it } from 'vitest';
import { shellFirst } from '../../../scripts/shell-first.mjs';

const html = `<!DOCTYPE html>
<html><head>
    <style>.ms-shell{width:400px}</style>
    <script type="module" crossorigin src="/chunks/popup.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/store.js">
    <link rel="stylesheet" crossorigin href="/assets/store.css">
    <link rel="stylesheet" crossorigin href="/assets/popup.css">
  </head>
  <body>
    <div id="root"><div class="ms-shell">Microscope</div></div>
  </body>
</html>`;

type Handler = (html: string, ctx: { filename: string; path: string }) => string;
const handler = (shellFirst().transformIndexHtml as unknown as { handler: Handler }).handler;

describe('the popup page: stylesheets after the app shell', () => {
  it('moves every stylesheet from the head to the end of the body, after the shell, in order', () => {
    const out = handler(html, { filename: '/p/entrypoints/popup/index.html', path: '/popup.html' });
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).not.toContain('rel="stylesheet"');
    expect(head).toContain('rel="modulepreload"');
    const shell = out.indexOf('ms-shell">Microscope');
    const store = out.indexOf('/assets/store.css');
    const popup = out.indexOf('/assets/popup.css');
    expect(shell).toBeGreaterThan(0);
    expect(store).toBeGreaterThan(shell);
    expect(popup).toBeGreaterThan(store);
    expect(popup).toBeLessThan(out.indexOf('</body>'));
  });

  it('leaves the other pages as they are', () => {
    expect(handler(html, { filename: '/p/entrypoints/dashboard/index.html', path: '/dashboard.html' })).toBe(
      html,
    );
  });
});
