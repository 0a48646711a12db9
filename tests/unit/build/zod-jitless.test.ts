import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zodJitlessTransform } from '@/scripts/zod-jitless.mjs';

// The zod files the build transforms, as installed (zod is pinned in package.json).
const zodRoot = dirname(createRequire(import.meta.url).resolve('zod/package.json'));
const corePath = join(zodRoot, 'v4/core/core.js');
const utilPath = join(zodRoot, 'v4/core/util.js');

describe('zod in jitless mode in every bundle (scripts/zod-jitless.mjs)', () => {
  it('ends zod’s core module with config({ jitless: true }), before any schema module runs', () => {
    const out = zodJitlessTransform(readFileSync(corePath, 'utf8'), corePath);
    expect(out).not.toBeNull();
    expect(out?.trimEnd().endsWith('config({ jitless: true });')).toBe(true);
  });

  it('takes the `new Function("")` probe out of zod’s util module', () => {
    const source = readFileSync(utilPath, 'utf8');
    expect(source).toContain('new F("")');
    const out = zodJitlessTransform(source, utilPath) ?? '';
    expect(out).not.toContain('new F("")');
    expect(out).not.toMatch(/\bFunction\s*\(/);
    expect(out).toContain('return false; // Microscope: jitless, no Function probe');
  });

  it('leaves every other module alone', () => {
    expect(zodJitlessTransform('new Function("")', '/app/lib/model/index.ts')).toBeNull();
    expect(zodJitlessTransform('x', join(zodRoot, 'v4/core/schemas.js'))).toBeNull();
  });

  it('fails the build when a zod update no longer has the expected code', () => {
    expect(() => zodJitlessTransform('export const x = 1;', corePath)).toThrow(/zod-jitless/);
    expect(() => zodJitlessTransform('export const allowsEval = () => true;', utilPath)).toThrow(
      /zod-jitless/,
    );
  });
});
