/**
 * The language mix as the card, the comparison and the dashboard show it: the main languages with
 * their share, the rest together as "other". No language identification here (that is
 * languages.ts, which only the background loads).
 */

export interface LanguageShare {
  /** A language code, or `other` for the languages not listed one by one. */
  language: string;
  count: number;
  /** Of the comments in a recognised language, percent, one decimal. */
  share: number;
}

/** The `shown` most frequent languages, then the others summed as `other` (only when there are some). */
export function languageShares(
  languages: ReadonlyArray<{ language: string; count: number }>,
  shown = 4,
): LanguageShare[] {
  const total = languages.reduce((n, l) => n + l.count, 0);
  if (total === 0) return [];
  const share = (count: number) => Math.round((count / total) * 1000) / 10;
  const head = languages
    .slice(0, shown)
    .map((l) => ({ language: l.language, count: l.count, share: share(l.count) }));
  const rest = languages.slice(shown).reduce((n, l) => n + l.count, 0);
  return rest > 0 ? [...head, { language: 'other', count: rest, share: share(rest) }] : head;
}

/** "en:34,fr:6": the mix in a stable, machine-readable form (test hooks, CSV). */
export function mixCode(languages: ReadonlyArray<{ language: string; count: number }>): string {
  return languages.map((l) => `${l.language}:${l.count}`).join(',');
}
