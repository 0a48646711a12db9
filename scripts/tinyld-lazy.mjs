/**
 * Vite plugin: tinyld's light model (audience languages, lib/audience/languages.ts) unpacks its
 * n-gram tables on first use instead of when the background starts.
 *
 * At import the module turns its packed tables into objects (about 27 ms in Node 20 on this
 * machine, of 38 ms for the whole import), and a Manifest V3 service worker imports every module
 * each time it starts, before it can answer the click that woke it. Most scores need no language
 * identification at all (no comment read yet), and the content script's warm-up scores a made-up
 * profile with comments ahead of the click, so the unpacking is moved into the first call:
 * `_` (the tables) and `$` (the unique n-grams) become values built once, on first detection.
 * Nothing else changes: the same tables, the same code reading them.
 *
 * tinyld is pinned (package.json); if its code no longer has the expected text the build fails
 * here instead of shipping the eager version silently.
 */

export const TINYLD_LIGHT = /[\\/]tinyld[\\/]dist[\\/]tinyld\.light\.(browser\.js|node\.mjs)$/;

const DECL_START = 'var E=f,_={uniques:';
const DECL_END = ',$=new Set(Object.keys(f.uniques))';
const CALL = 'return b(e)?p(e,o,_,$):[]';

/** Returns the transformed source of tinyld's light build, or null for any other module. */
export function tinyldLazyTransform(code, id) {
  if (!TINYLD_LIGHT.test(id)) return null;
  const start = code.indexOf(DECL_START);
  const end = start === -1 ? -1 : code.indexOf(DECL_END, start);
  if (start === -1 || end === -1 || !code.includes(CALL))
    throw new Error(`tinyld-lazy: the table unpacking of tinyld's light build was not found in ${id}`);
  const tables = code.slice(start + 'var E=f,_='.length, end);
  const lazy =
    'var E=f,_0,$0,_L=()=>_0??=' +
    tables +
    ',$L=()=>$0??=new Set(Object.keys(f.uniques)) /* Microscope: unpacked on first use (scripts/tinyld-lazy.mjs) */';
  return (
    code.slice(0, start) +
    lazy +
    code.slice(end + DECL_END.length).replace(CALL, 'return b(e)?p(e,o,_L(),$L()):[]')
  );
}

/** @returns {import('vite').Plugin} */
export function tinyldLazy() {
  return {
    name: 'microscope:tinyld-lazy',
    enforce: 'pre',
    transform(code, id) {
      const out = tinyldLazyTransform(code, id.split('?')[0] ?? id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
