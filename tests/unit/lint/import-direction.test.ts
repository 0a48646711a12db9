/**
 * The import direction (lib never imports components, entrypoints or React) is a Biome rule in
 * biome.json. This runs Biome with the repository's configuration on deliberately bad files
 * written to a temporary folder (never into the tree), and checks the rule fails them.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

/** Files to lint, by path inside the temporary copy; each has exactly one import. */
const FILES: Record<string, string> = {
  'lib/sites/react-hook.ts': "import { useState } from 'react';\n\nexport const a = useState;\n",
  'lib/sites/react-dom.ts':
    "import { createRoot } from 'react-dom/client';\n\nexport const a = createRoot;\n",
  'lib/scoring/relative-component.ts':
    "import { ScoreCard } from '../../components/ScoreCard';\n\nexport const a = ScoreCard;\n",
  'lib/scoring/alias-component.ts':
    "import type { Props } from '@/components/ScoreCard';\n\nexport type A = Props;\n",
  'lib/brief/relative-entrypoint.ts':
    "import { App } from '../../entrypoints/popup/App';\n\nexport const a = App;\n",
  'lib/brief/alias-entrypoint.ts':
    "import { App } from '@/entrypoints/dashboard/App';\n\nexport const a = App;\n",
  // Allowed: lib importing lib and libraries, components importing React and lib.
  'lib/model/fine.ts':
    "import { z } from 'zod';\nimport { tierOf } from '../scoring/tier';\n\nexport const a = [z, tierOf];\n",
  'components/Fine.tsx':
    "import { useState } from 'react';\nimport { tierOf } from '@/lib/scoring/tier';\n\nexport const a = [useState, tierOf];\n",
};

interface BiomeReport {
  diagnostics: { category: string; message: string; location: { path: string } }[];
}

let dir = '';
let report: BiomeReport;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'microscope-lint-'));
  copyFileSync(join(ROOT, 'biome.json'), join(dir, 'biome.json'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  let out: string;
  try {
    out = execFileSync(
      BIOME,
      [
        'lint',
        '--vcs-enabled=false',
        '--only=style/noRestrictedImports',
        '--reporter=json',
        'lib',
        'components',
      ],
      { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } catch (error) {
    // Biome exits non-zero when it reports errors; the report is still on stdout.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  report = JSON.parse(out) as BiomeReport;
}, 30_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function flagged(path: string): string[] {
  return report.diagnostics
    .filter((d) => d.category === 'lint/style/noRestrictedImports' && d.location.path.endsWith(path))
    .map((d) => d.message);
}

describe('lib import direction (biome.json noRestrictedImports)', () => {
  it('fails a lib file that imports React', () => {
    expect(flagged('lib/sites/react-hook.ts')).toEqual([expect.stringContaining('React')]);
    expect(flagged('lib/sites/react-dom.ts')).toEqual([expect.stringContaining('React')]);
  });

  it('fails a lib file that imports components, by relative path or by the @/ alias', () => {
    expect(flagged('lib/scoring/relative-component.ts')).toEqual([expect.stringContaining('components/')]);
    expect(flagged('lib/scoring/alias-component.ts')).toEqual([expect.stringContaining('components/')]);
  });

  it('fails a lib file that imports entrypoints, by relative path or by the @/ alias', () => {
    expect(flagged('lib/brief/relative-entrypoint.ts')).toEqual([expect.stringContaining('entrypoints/')]);
    expect(flagged('lib/brief/alias-entrypoint.ts')).toEqual([expect.stringContaining('entrypoints/')]);
  });

  it('lets lib import lib and libraries, and components import React and lib', () => {
    expect(flagged('lib/model/fine.ts')).toEqual([]);
    expect(flagged('components/Fine.tsx')).toEqual([]);
    expect(report.diagnostics).toHaveLength(6);
  });
});
