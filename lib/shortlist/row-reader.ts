import type { ShortlistEntry } from '../model';

/**
 * Reads stored row JSON into rows that share what many rows hold alike.
 *
 * The dashboard holds every row in memory (50,000 at an agency), and the time of its longest
 * tasks is the garbage collector's: a full collection visits every object the rows keep, and
 * the more memory they take, the more often one runs. `JSON.parse` makes a new array for every
 * list, so each row kept its own `notes` and `tags` arrays, most of them empty (measured in
 * Chromium at 20,000 rows: 2.2 arrays and 0.8 array stores per row, of 24 objects per row in
 * all); it shares most short strings itself, but not all of them (tags, campaign ids, note
 * authors).
 *
 * A reader keeps one copy of each such value: the rows it reads point to the same strings,
 * to one frozen empty array, and to one frozen array per set of tags. Rows stay plain data
 * equal to what `JSON.parse` gives (same properties, same values, same order); only the
 * shared arrays are frozen, so that code changing a row's array in place (nothing does: an
 * edit brings a new row) fails loudly instead of changing every row that shares it.
 */

/** One frozen empty array for every row without notes or tags. */
const EMPTY: readonly never[] = Object.freeze([]);

/** Values longer than this are not shared (names and ids are short; long text rarely repeats). */
const MAX_SHARED_LENGTH = 80;
/** Distinct values kept at most: past this, values are kept as parsed (the reader stays small). */
const MAX_SHARED_VALUES = 20_000;

export class RowReader {
  private readonly strings = new Map<string, string>();
  /** Lists of one tag by that tag; lists of several by their JSON. */
  private readonly singleTags = new Map<string, readonly string[]>();
  private readonly tagLists = new Map<string, readonly string[]>();

  /** The one kept copy of a short value (the value itself the first time it is seen). */
  share(value: string): string {
    const kept = this.strings.get(value);
    if (kept !== undefined) return kept;
    if (value.length <= MAX_SHARED_LENGTH && this.strings.size < MAX_SHARED_VALUES)
      this.strings.set(value, value);
    return value;
  }

  private shareTags(tags: string[]): readonly string[] {
    if (tags.length === 0) return EMPTY;
    const lists = tags.length === 1 ? this.singleTags : this.tagLists;
    const key = tags.length === 1 ? (tags[0] as string) : JSON.stringify(tags);
    const kept = lists.get(key);
    if (kept !== undefined) return kept;
    for (let i = 0; i < tags.length; i++) tags[i] = this.share(tags[i] as string);
    if (key.length > MAX_SHARED_LENGTH * 4 || lists.size >= MAX_SHARED_VALUES) return tags;
    const list = Object.freeze(tags);
    lists.set(key, list);
    return list;
  }

  /** A row from its stored JSON (as `JSON.stringify` wrote it). */
  read(json: string): ShortlistEntry {
    const row = JSON.parse(json) as ShortlistEntry;
    row.platform = this.share(row.platform) as ShortlistEntry['platform'];
    row.verdict = this.share(row.verdict) as ShortlistEntry['verdict'];
    row.status = this.share(row.status) as ShortlistEntry['status'];
    if (row.tier !== undefined) row.tier = this.share(row.tier) as ShortlistEntry['tier'];
    if (row.currency !== undefined) row.currency = this.share(row.currency) as ShortlistEntry['currency'];
    if (row.assignee !== undefined) row.assignee = this.share(row.assignee);
    const report = row.report;
    if (report !== undefined && typeof report.campaignId === 'string')
      report.campaignId = this.share(report.campaignId);
    if (Array.isArray(row.tags)) row.tags = this.shareTags(row.tags) as string[];
    const notes = row.notes;
    if (Array.isArray(notes)) {
      if (notes.length === 0) row.notes = EMPTY as never[];
      else
        for (const note of notes) {
          note.author = this.share(note.author);
          note.authorName = this.share(note.authorName);
        }
    }
    return row;
  }
}
