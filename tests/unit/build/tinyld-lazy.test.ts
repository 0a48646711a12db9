import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tinyldLazyTransform } from '@/scripts/tinyld-lazy.mjs';

// The file the extension's build bundles (the `browser` condition of `tinyld/light`); tinyld is pinned.
// (tinyld's exports name no package.json: resolve the light build and take its folder.)
const dist = dirname(createRequire(import.meta.url).resolve('tinyld/light'));
const browserPath = join(dist, 'tinyld.light.browser.js');

type Tinyld = {
  detectAll(text: string, opts?: { only?: string[] }): Array<{ lang: string; accuracy: number }>;
};

describe('tinyld unpacks its tables on first use (scripts/tinyld-lazy.mjs)', () => {
  const source = readFileSync(browserPath, 'utf8');
  const out = tinyldLazyTransform(source, browserPath) ?? '';

  it('moves the unpacking from the import into the first detection', () => {
    expect(source).toContain('var E=f,_={uniques:');
    expect(out).not.toContain('var E=f,_={uniques:');
    expect(out).toContain('_L=()=>_0??=');
    expect(out).toContain('p(e,o,_L(),$L())');
  });

  it('answers exactly as the untouched module on comments in several languages', async () => {
    const file = join(tmpdir(), `tinyld-lazy-${Date.now()}.mjs`);
    writeFileSync(file, out);
    const lazy = (await import(pathToFileURL(file).href)) as Tinyld;
    const eager = (await import(pathToFileURL(browserPath).href)) as Tinyld;
    for (const text of [
      'Tu mets de la menthe fraîche ou séchée dans ta recette',
      'Where did you buy that lamp, it looks great',
      'Wo hast du die Lampe gekauft, die sieht schön aus',
      'これは美味しそう',
      'x',
    ]) {
      expect(lazy.detectAll(text), text).toEqual(eager.detectAll(text));
      expect(lazy.detectAll(text, { only: ['fr', 'en'] }), text).toEqual(
        eager.detectAll(text, { only: ['fr', 'en'] }),
      );
    }
  });

  it('leaves every other module alone, and fails the build when a tinyld update changes the code', () => {
    expect(tinyldLazyTransform('var E=f,_={uniques:1}', '/app/lib/audience/languages.ts')).toBeNull();
    expect(() => tinyldLazyTransform('export const x = 1;', browserPath)).toThrow(/tinyld-lazy/);
  });
});
