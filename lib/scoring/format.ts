/** Formatting for reason messages: deterministic, locale-independent. */

/** A percentage with two decimals, as the card shows it: 2.1 → "2.10". */
export function formatPercent(value: number): string {
  return value.toFixed(2);
}

/** A number with thousands separators and at most two decimals, trailing zeros dropped: 5000 → "5,000", 3 → "3". */
export function formatNumber(value: number): string {
  const fixed = (Math.round(value * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  const [int = '0', dec] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${dec ? `.${dec}` : ''}`;
}
