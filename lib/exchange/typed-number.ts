/**
 * A number typed by hand in either locale: "1 200,50", "1,200.50", "1200.5", "15 %".
 * Empty → null (clears the field); anything else unreadable → undefined (refused, kept as typed).
 */
export function parseTypedNumber(text: string): number | null | undefined {
  const clean = text.replace(/[\s\u00a0\u202f%€$£]/g, '');
  if (clean === '') return null;
  let normal = clean;
  const lastComma = clean.lastIndexOf(',');
  const lastDot = clean.lastIndexOf('.');
  if (lastComma > -1 && lastDot > -1) {
    // The later mark is the decimal one; the other groups thousands.
    normal = lastComma > lastDot ? clean.replace(/\./g, '').replace(',', '.') : clean.replace(/,/g, '');
  } else if (lastComma > -1) {
    // "1,200" (exactly three digits after a single comma) is a thousands group in English.
    normal = /^\d{1,3}(,\d{3})+$/.test(clean) ? clean.replace(/,/g, '') : clean.replace(',', '.');
  }
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}
