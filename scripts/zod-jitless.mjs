/**
 * Vite plugin: zod in jitless mode in every bundle, with its `Function` probe taken out.
 *
 * zod 4 compiles a fast parser for each object schema with `new Function` unless
 * `z.config({ jitless: true })` is set, and probes whether `Function` is allowed with
 * `new Function("")`. An extension has no use for generated code (and MV3 pages forbid it), and
 * store reviewers flag the probe (`web-ext lint`: DANGEROUS_EVAL).
 *
 * - zod/v4/core/core.js ends with `config({ jitless: true })`: the same call as
 *   `z.config({ jitless: true })`, made in zod's own module, which every schema module imports,
 *   so it runs in each bundle (background, content scripts, pages) before any schema exists.
 * - zod/v4/core/util.js: the `allowsEval` probe answers `false` without calling `Function`.
 *
 * zod is pinned (package.json); if its source no longer has the expected text the build fails
 * here instead of shipping the probe silently.
 */

export const ZOD_CORE = /[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/;
export const ZOD_UTIL = /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;

const CONFIG_EXPORT = 'export function config(newConfig) {';
const PROBE =
  /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/;

/** Returns the transformed source of zod's core.js or util.js, or null for any other module. */
export function zodJitlessTransform(code, id) {
  if (ZOD_CORE.test(id)) {
    if (!code.includes(CONFIG_EXPORT)) throw new Error(`zod-jitless: no \`${CONFIG_EXPORT}\` in ${id}`);
    return `${code}\n// Microscope: zod in jitless mode (scripts/zod-jitless.mjs).\nconfig({ jitless: true });\n`;
  }
  if (ZOD_UTIL.test(id)) {
    if (!PROBE.test(code)) throw new Error(`zod-jitless: the Function probe was not found in ${id}`);
    return code.replace(PROBE, 'return false; // Microscope: jitless, no Function probe');
  }
  return null;
}

/** @returns {import('vite').Plugin} */
export function zodJitless() {
  return {
    name: 'microscope:zod-jitless',
    enforce: 'pre',
    transform(code, id) {
      const out = zodJitlessTransform(code, id.split('?')[0] ?? id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
