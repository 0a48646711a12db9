/**
 * The design tokens (components/styles/tokens.css): every colour is written there once, each text
 * colour keeps a contrast of at least 4.5:1 (WCAG 2 AA, normal text) on the surfaces it is drawn on,
 * in the light and the dark theme, and no other stylesheet writes a colour of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const TOKENS = join(ROOT, 'components/styles/tokens.css');

type Pair = { light: string; dark: string };

function parseTokens(css: string): Map<string, Pair> {
  const raw = new Map<string, string>();
  for (const m of css.matchAll(/(--ms-[a-z0-9-]+):\s*([^;]+);/g)) raw.set(m[1]!, m[2]!.trim());
  // Resolve var(--ms-…) references to the palette (one level is all tokens.css uses).
  const resolved = (value: string) =>
    value.replace(/var\((--ms-[a-z0-9-]+)\)/g, (_, n: string) => raw.get(n) ?? n);
  css = [...raw].map(([n, v]) => `${n}: ${resolved(v)};`).join('\n');
  const tokens = new Map<string, Pair>();
  for (const m of css.matchAll(/(--ms-[a-z0-9-]+):\s*([^;]+);/g)) {
    const [, name, value] = m as unknown as [string, string, string];
    const both = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value.trim());
    tokens.set(
      name,
      both ? { light: both[1]!, dark: both[2]! } : { light: value.trim(), dark: value.trim() },
    );
  }
  return tokens;
}

function hexToRgb(hex: string): [number, number, number] {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a hex colour: ${hex}`);
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text token → the background tokens it is drawn on somewhere in the interface. */
const TEXT_ON: Record<string, string[]> = {
  '--ms-text': [
    '--ms-bg',
    '--ms-surface',
    '--ms-surface-2',
    '--ms-surface-3',
    '--ms-hover',
    '--ms-accent-soft',
  ],
  '--ms-muted': ['--ms-bg', '--ms-surface', '--ms-surface-2', '--ms-surface-3'],
  '--ms-neutral-text': ['--ms-surface', '--ms-surface-2', '--ms-surface-3', '--ms-neutral-bg'],
  '--ms-accent-text': ['--ms-bg', '--ms-surface', '--ms-surface-2'],
  '--ms-accent-soft-text': ['--ms-accent-soft'],
  '--ms-on-accent': ['--ms-accent', '--ms-accent-hover'],
  '--ms-good-text': ['--ms-good-bg', '--ms-surface', '--ms-surface-2'],
  '--ms-warn-text': ['--ms-warn-bg', '--ms-surface', '--ms-surface-2'],
  '--ms-bad-text': ['--ms-bad-bg', '--ms-surface', '--ms-surface-2'],
  '--ms-info-text': ['--ms-info-bg'],
  '--ms-inverse-text': ['--ms-inverse-bg'],
};

describe('design tokens', () => {
  const tokens = parseTokens(readFileSync(TOKENS, 'utf8'));

  it('defines the shared tokens once, each colour for both themes', () => {
    for (const name of [
      '--ms-accent',
      '--ms-text',
      '--ms-muted',
      '--ms-surface',
      '--ms-border',
      '--ms-focus',
    ]) {
      expect(tokens.has(name), name).toBe(true);
    }
    for (const name of ['--ms-space-1', '--ms-space-4', '--ms-radius-m', '--ms-focus-ring', '--ms-font']) {
      expect(tokens.has(name), name).toBe(true);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text at 4.5:1 or more on its backgrounds (${theme})`, () => {
      const low: string[] = [];
      for (const [text, backgrounds] of Object.entries(TEXT_ON)) {
        for (const background of backgrounds) {
          const fg = tokens.get(text)?.[theme];
          const bg = tokens.get(background)?.[theme];
          if (!fg || !bg) throw new Error(`missing token ${fg ? background : text}`);
          const ratio = contrast(fg, bg);
          if (ratio < 4.5) low.push(`${text} on ${background}: ${ratio.toFixed(2)}`);
        }
      }
      expect(low).toEqual([]);
    });

    it(`keeps the focus ring at 3:1 or more against the surfaces (${theme})`, () => {
      const focus = tokens.get('--ms-focus')![theme];
      for (const bg of ['--ms-bg', '--ms-surface', '--ms-surface-2']) {
        expect(contrast(focus, tokens.get(bg)![theme]), bg).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('the contrast formula matches WCAG examples', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

describe('stylesheets beside their components', () => {
  it('write no colour of their own: every colour is a token', () => {
    const offenders: string[] = [];
    for (const file of [...cssFiles(join(ROOT, 'components')), ...cssFiles(join(ROOT, 'entrypoints'))]) {
      if (file === TOKENS) continue;
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const m of text.matchAll(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/gi)) {
        offenders.push(`${relative(ROOT, file)}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the accent colour is written once, in the tokens', () => {
    const accent = parseTokens(readFileSync(TOKENS, 'utf8')).get('--ms-violet')!.light.toLowerCase();
    expect(accent).toMatch(/^#[0-9a-f]{6}$/);
    const hits: string[] = [];
    for (const dir of ['components', 'entrypoints', 'lib']) {
      const walk = (d: string): string[] =>
        readdirSync(d).flatMap((n) => {
          const p = join(d, n);
          return statSync(p).isDirectory() ? walk(p) : /\.(css|tsx?|html)$/.test(n) ? [p] : [];
        });
      for (const file of walk(join(ROOT, dir))) {
        const count = readFileSync(file, 'utf8').toLowerCase().split(accent).length - 1;
        if (count > 0) hits.push(`${relative(ROOT, file)} ×${count}`);
      }
    }
    expect(hits).toEqual(['components/styles/tokens.css ×1']);
  });
});

describe('the card in its shadow root', () => {
  it('gets the stylesheet of every part of the card (components/content/card-css.ts)', () => {
    const list = readFileSync(join(ROOT, 'components/content/card-css.ts'), 'utf8');
    const sources = [
      'components/ScoreCard.tsx',
      'components/Sparkline.tsx',
      ...readdirSync(join(ROOT, 'components/score-card'))
        .filter((n) => n.endsWith('.tsx'))
        .map((n) => `components/score-card/${n}`),
    ];
    const missing: string[] = [];
    for (const source of sources) {
      for (const m of readFileSync(join(ROOT, source), 'utf8').matchAll(/import '\.\/([^']+\.css)';/g)) {
        const file = m[1]!;
        if (!list.includes(`/${file}?inline`)) missing.push(`${source} → ${file}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
