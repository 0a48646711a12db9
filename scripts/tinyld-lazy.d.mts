import type { Plugin } from 'vite';

export const TINYLD_LIGHT: RegExp;
export function tinyldLazyTransform(code: string, id: string): string | null;
export function tinyldLazy(): Plugin;
