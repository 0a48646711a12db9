/** Path of a Firefox executable; may install Debian's firefox-esr as root (see find-firefox.mjs). */
export function findFirefox(): string;
