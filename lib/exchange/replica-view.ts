import type { Platform, ScoreReport } from '../model';
import type { HlcString } from './clock';
import { isDeleted, latestHlc } from './replica';
import { handleOfKey, platformOfKey } from './replica-order';
import { FIELD_NAMES, type FieldValue, type Replica } from './replica-schema';

/** The plain entry a replica stands for, as the UI and CSV see it. */
export interface ShortlistView {
  id: string;
  platform: Platform;
  handle: string;
  displayName?: string;
  url?: string;
  followers?: number;
  tier?: NonNullable<FieldValue<'tier'>>;
  erMean?: number;
  erMedian?: number;
  verdict?: FieldValue<'verdict'>;
  addedAt?: number;
  status: FieldValue<'status'>;
  assignee?: string;
  quotedPrice?: number;
  currency?: NonNullable<FieldValue<'currency'>>;
  deliverables?: string;
  dueDate?: string;
  publishDate?: string;
  contentRights?: boolean;
  auditFakeShare?: number;
  /** Non-empty notes, by author id. */
  notes: { author: string; authorName: string; text: string }[];
  /** Present tags, sorted. */
  tags: string[];
  /** Every score report, oldest first. */
  history: ScoreReport[];
  /** The latest report. */
  report?: ScoreReport;
  /** Wall time of the latest edit of any kind, deletion included; 0 when there is none. */
  updatedAt: number;
  deleted: boolean;
}

function wallMsOf(hlc: HlcString | null): number {
  return hlc === null ? 0 : Number(hlc.slice(0, 15));
}

export function materialize(replica: Replica): ShortlistView {
  const f = replica.fields;
  const view: ShortlistView = {
    id: replica.key,
    platform: platformOfKey(replica.key),
    handle: f.handle?.value ?? handleOfKey(replica.key),
    status: f.status?.value ?? 'candidate',
    notes: replica.notes
      .filter((note) => note.text !== '')
      .map((note) => ({ author: note.author, authorName: note.authorName, text: note.text })),
    tags: replica.tags.filter((tag) => tag.present).map((tag) => tag.tag),
    history: [...replica.history],
    updatedAt: wallMsOf(latestHlc(replica)),
    deleted: isDeleted(replica),
  };
  const report = replica.history[replica.history.length - 1];
  if (report !== undefined) view.report = report;
  // Only set fields go on the view: a cleared (`null`) or never-set field is absent.
  const optional = view as unknown as Record<string, unknown>;
  for (const field of FIELD_NAMES) {
    if (field === 'handle' || field === 'status') continue;
    const value = f[field]?.value;
    if (value !== undefined && value !== null) optional[field] = value;
  }
  return view;
}
