/**
 * Word lists for the comment classifier, kept as data apart from the rules that use them.
 * Every entry is a pattern fragment matched on folded text (see normalise-text.ts `fold`:
 * styled letters unstyled, lower case, accents removed), between word boundaries, so
 * "Très" and "tres" are the same word. Fragments may use small regex groups such as
 * `(?:a|b)` or `s?`; they never match across word edges on their own.
 */
export type Lang = 'en' | 'fr' | 'es' | 'de' | 'pt' | 'it';

/** One word list in the six product languages; `any` holds forms shared across them (f4f, dm). */
export type Lexicon = Readonly<Partial<Record<Lang | 'any', readonly string[]>>>;

/** Every fragment of a lexicon, all languages together. */
export function fragments(lexicon: Lexicon): string[] {
  return Object.values(lexicon).flatMap((list) => [...(list ?? [])]);
}
