import type { Plugin } from 'vite';

export const ZOD_CORE: RegExp;
export const ZOD_UTIL: RegExp;
export function zodJitlessTransform(code: string, id: string): string | null;
export function zodJitless(): Plugin;
