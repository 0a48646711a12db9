/**
 * Vite plugin: in the popup's page, the stylesheets come after the app shell, at the end of the
 * body, instead of in the head. A stylesheet in the head holds back the page's first paint until
 * it has loaded; after the shell, it holds back only what follows it, so the shell (styled inline)
 * paints at once. The module script still runs only once every stylesheet has loaded (a script
 * waits for the style sheets before it), so the app never draws unstyled.
 */
export function shellFirst(pages = ['/popup/index.html']) {
  return {
    name: 'microscope-shell-first',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!pages.some((page) => ctx.filename.endsWith(page) || ctx.path.endsWith(page))) return html;
        const links = [];
        const rest = html.replace(/\s*<link rel="stylesheet"[^>]*>/g, (tag) => {
          links.push(tag.trim());
          return '';
        });
        if (links.length === 0 || !rest.includes('</body>')) return html;
        return rest.replace('</body>', `  ${links.join('\n    ')}\n  </body>`);
      },
    },
  };
}
