/**
 * The shortlist's change signal for the tabs: a small record in `storage.local` (how many creators,
 * the number of the last write) that every extension page which writes the shortlist updates
 * after the write. Content scripts read it when a page starts (badges load only when the
 * shortlist has creators) and hear its changes (`storage.onChanged`), then ask the background
 * for the index once. Reading it needs no validation library.
 */
export const SHORTLIST_STAMP_KEY = 'shortlistStamp';

export interface ShortlistStamp {
  total: number;
  /** The last write's number (lib/shortlist/pages.ts `RowSummary.seq`; 0 before the first). */
  seq: number;
}

export function readStamp(stored: unknown): ShortlistStamp | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { total, seq } = stored as Record<string, unknown>;
  if (typeof total !== 'number' || !Number.isFinite(total) || total < 0) return undefined;
  return { total, seq: typeof seq === 'number' && Number.isFinite(seq) ? seq : 0 };
}
