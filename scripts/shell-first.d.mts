import type { Plugin } from 'vite';

export function shellFirst(pages?: string[]): Plugin;
