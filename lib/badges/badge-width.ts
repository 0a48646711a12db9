/**
 * The width every badge on a page is drawn at: the widest status a badge can show in the
 * interface language, the same for all. A badge's size is the one thing about it the page can
 * measure (its colour and text are in a closed shadow root); drawn to fit its own text, a
 * "Published" badge and a "Declined" one would differ in width, and the page could tell the
 * shortlist's statuses apart by measuring them. Pure, but for the measuring it is given.
 */

/** The badge text's font (lib/badges/badger.ts writes it in the span's style, with a line height). */
export const BADGE_FONT_FAMILY = 'system-ui,-apple-system,"Segoe UI",Roboto,sans-serif';
export const BADGE_FONT_SIZE = '600 10.5px';
export const BADGE_FONT = `${BADGE_FONT_SIZE} ${BADGE_FONT_FAMILY}`;
/** The span's padding, left and right together (`padding: 2px 6px`). */
const PADDING_PX = 12;
/** Room for a font the measure did not resolve exactly as the page does. */
const SLACK_PX = 2;

/** A text's width in CSS pixels in `BADGE_FONT`, or undefined when it cannot be measured. */
export type MeasureText = (text: string) => number | undefined;

/**
 * The width (a CSS length) of a badge that fits the widest of `labels`: measured in pixels when
 * `measure` can, else in `ch` of the badge's font (a digit's width, about a letter's).
 */
export function badgeWidth(labels: readonly string[], measure: MeasureText | undefined): string {
  let widest = 0;
  let measured = measure !== undefined && labels.length > 0;
  for (const label of labels) {
    const width = measured ? measure?.(label) : undefined;
    if (width === undefined || !Number.isFinite(width) || width < 0) {
      measured = false;
      break;
    }
    widest = Math.max(widest, width);
  }
  if (measured) return `${Math.ceil(widest + PADDING_PX + SLACK_PX)}px`;
  const longest = labels.reduce((n, label) => Math.max(n, [...label].length), 1);
  return `calc(${longest}ch + ${PADDING_PX + SLACK_PX}px)`;
}

/**
 * Measures text in the badge's font with an `OffscreenCanvas` (nothing added to the page, no
 * layout of it), or undefined where there is none.
 */
export function canvasMeasure(): MeasureText | undefined {
  if (typeof OffscreenCanvas !== 'function') return undefined;
  let context: OffscreenCanvasRenderingContext2D | null = null;
  try {
    context = new OffscreenCanvas(1, 1).getContext('2d');
  } catch {
    return undefined;
  }
  if (!context) return undefined;
  const ctx = context;
  ctx.font = BADGE_FONT;
  return (text) => ctx.measureText(text).width;
}
