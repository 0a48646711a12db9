/** Formatting for reason messages: deterministic, locale-independent. */

/** The narrow no-break space French typography uses between groups of thousands (U+202F). */
export const FR_THOUSANDS = '\u202f';

/** A percentage with two decimals, as the card shows it: 2.1 → "2.10". */
export function formatPercent(value: number): string {
  return value.toFixed(2);
}

/** Group the integer digits of a plain decimal string ("-1234.5") with `sep`, using `point` for the decimal mark. */
function group(fixed: string, sep: string, point: string): string {
  const [int = '0', dec] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${sign}${grouped}${dec ? `${point}${dec}` : ''}`;
}

/** Rounded to two decimals, trailing zeros dropped: 5000 → "5000", 2.50 → "2.5". */
function plain(value: number): string {
  return (Math.round(value * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
}

/** A number with thousands separators and at most two decimals, trailing zeros dropped: 5000 → "5,000", 3 → "3". */
export function formatNumber(value: number): string {
  return group(plain(value), ',', '.');
}

/**
 * The French form of {@link formatNumber}: decimal comma, narrow no-break space (U+202F)
 * between thousands: 1234.5 → "1 234,5", 3 → "3".
 */
export function formatNumberFr(value: number): string {
  return group(plain(value), FR_THOUSANDS, ',');
}

/** The French form of {@link formatPercent}: two decimals, decimal comma: 4.531 → "4,53", 1234.5 → "1 234,50". */
export function formatPercentFr(value: number): string {
  return group(value.toFixed(2), FR_THOUSANDS, ',');
}

/** A number with a fixed number of decimals in French form: (0.254, 2) → "0,25". */
export function formatFixedFr(value: number, digits: number): string {
  return group(value.toFixed(digits), FR_THOUSANDS, ',');
}

/** An amount of money, rounded to the unit: (1500, 'EUR') → "1,500 EUR". */
export function formatMoney(amount: number, currency: string): string {
  return `${formatNumber(Math.round(amount))} ${currency}`;
}

/** The French form of {@link formatMoney}: (1500, 'EUR') → "1 500 EUR". */
export function formatMoneyFr(amount: number, currency: string): string {
  return `${formatNumberFr(Math.round(amount))} ${currency}`;
}
