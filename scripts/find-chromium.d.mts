/** Path of a Chromium/Chrome executable; may install Debian's chromium as root (see find-chromium.mjs). */
export function findChromium(): string;
