import type { Transaction } from 'dexie';
import {
  decodeHlc,
  encodeHlc,
  type Hlc,
  type HlcString,
  initialHlc,
  isTooFarAhead,
  tick,
} from '../exchange/clock';
import { packReplicaText } from '../exchange/packed-replica';
import { latestHlc, replicaFromEntry } from '../exchange/replica';
import { FIELD_NAMES, type Replica, ReplicaSchema } from '../exchange/replica-schema';
import { ShortlistEntryV1Schema } from '../model';
import { DEVICE_KEY, type Device, newDevice } from './device';
import { type LastImport, readLastImport, writeLastImport } from './last-import';
import { type PageTables, PageWriter } from './pages';
import { rowFromReplica } from './rows';

/** Rows the v1 → v2 upgrade could not convert, with the reason (moved aside by the v4 upgrade). */
const V1_PROBLEMS_KEY = 'v1Problems';
const CLOCK_KEY = 'clock';

/** A record kept aside, unchanged, because it could not be converted or read. */
export interface QuarantineRecord {
  seq?: number;
  /** Where it came from: a v1 shortlist row, a stored replica, the stored clock. */
  source: 'shortlist-v1' | 'replica' | 'clock';
  /** Its key (`platform:handle`) when it has one. */
  key?: string;
  /** Why it was kept aside (English, for the downloaded file and the console). */
  reason: string;
  /** The record exactly as it was stored. */
  raw: unknown;
  /** When it was kept aside, epoch ms. */
  at: number;
}

function reasonOf(error: unknown): string {
  if (error && typeof error === 'object' && 'issues' in error) {
    const issue = (error as { issues: { path: PropertyKey[]; message: string }[] }).issues[0];
    if (issue) return `${issue.path.map(String).join('.') || 'row'}: ${issue.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function idOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * v1 → v2: each v1 row becomes a replicated document (its fields as edits made when the row
 * was last updated, its note attributed to this device) and is rewritten in the v2 shape.
 * Row by row: a row that cannot be converted (not in the v1 shape, an upper-case key, a
 * handle with a space, a negative time…) is left as it was, its reason noted, and the
 * upgrade goes on; the v4 upgrade then moves it aside (`quarantine`). The database always
 * opens.
 */
export async function migrateV1toV2(tx: Transaction): Promise<void> {
  const device: Device = newDevice(globalThis.crypto.randomUUID());
  await tx.table('meta').put({ key: DEVICE_KEY, value: device });
  let clock = initialHlc(device.id);
  const now = Date.now();
  const problems: { id: string | undefined; reason: string }[] = [];
  const rows = await tx.table('shortlist').toArray();
  for (const raw of rows) {
    let replica: Replica;
    let next: Hlc;
    try {
      const entry = ShortlistEntryV1Schema.parse(raw);
      // A time from the row never pushes the clock past now (a bad row must not poison it).
      next = tick(clock, Math.min(Math.max(0, entry.updatedAt), now));
      replica = replicaFromEntry(entry, next, device.id, device.name);
      const row = rowFromReplica(replica);
      if (!row) throw new Error('the row has no score report');
      await tx.table('replicas').put(replica);
      await tx.table('shortlist').put(row);
    } catch (error) {
      problems.push({ id: idOf(raw), reason: reasonOf(error) });
      console.warn('Microscope: a v1 shortlist row could not be converted; it is kept aside', idOf(raw));
      continue;
    }
    clock = next;
  }
  await tx.table('meta').put({ key: CLOCK_KEY, value: encodeHlc(clock) });
  if (problems.length > 0) await tx.table('meta').put({ key: V1_PROBLEMS_KEY, value: problems });
}

/**
 * v3 → v4: everything stored is checked with today's rules, one record at a time, and what
 * does not pass is moved to `quarantine`, unchanged, so the shortlist only holds what every
 * screen can show and every file can carry; the dashboard tells the user and offers the
 * records for download.
 *
 * - shortlist rows without a replicated document (v1 rows the v2 upgrade could not convert);
 * - replicas that no longer fit the schema (a 10 MB name, a time no date can hold, an
 *   address off the two sites, brought by an import before these bounds existed);
 * - clock values more than a day ahead (brought by a file before that bound existed: they
 *   would make every later edit lose): they are given new clock values of this device, in
 *   the same order, as if it had just made those edits;
 * - a stored clock that cannot be read is rebuilt from the replicas.
 */
export async function migrateToV4(tx: Transaction): Promise<void> {
  const now = Date.now();
  const meta = tx.table('meta');
  const quarantine = tx.table('quarantine');
  const keep = (record: Omit<QuarantineRecord, 'at'>) => quarantine.add({ ...record, at: now });
  const device = (await meta.get(DEVICE_KEY))?.value as Device | undefined;
  const node = device?.id ?? 'microscope';

  // Rows without a replica: v1 rows the v2 upgrade left as they were.
  const replicaKeys = new Set((await tx.table('replicas').toCollection().primaryKeys()) as string[]);
  const v1Problems = new Map(
    (((await meta.get(V1_PROBLEMS_KEY))?.value as { id?: string; reason: string }[] | undefined) ?? []).map(
      (p) => [p.id, p.reason],
    ),
  );
  const rowKeys = (await tx.table('shortlist').toCollection().primaryKeys()) as string[];
  for (const id of rowKeys) {
    if (replicaKeys.has(id)) continue;
    const row = await tx.table('shortlist').get(id);
    await keep({
      source: 'shortlist-v1',
      key: id,
      reason: v1Problems.get(id) ?? 'a row from an older version that could not be converted',
      raw: row,
    });
    await tx.table('shortlist').delete(id);
  }
  await meta.delete(V1_PROBLEMS_KEY);

  // Replicas: today's schema, then clock values too far ahead.
  const replicas = (await tx.table('replicas').toArray()) as Replica[];
  const valid: Replica[] = [];
  for (const replica of replicas) {
    const parsed = ReplicaSchema.safeParse(replica);
    if (parsed.success) {
      valid.push(replica);
      continue;
    }
    await keep({ source: 'replica', key: replica?.key, reason: reasonOf(parsed.error), raw: replica });
    await tx.table('replicas').delete(replica.key);
    await tx.table('shortlist').delete(replica.key);
  }

  const ahead = new Set<HlcString>();
  let latestValid: HlcString | null = null;
  const see = (hlc: HlcString | null | undefined) => {
    if (hlc === null || hlc === undefined) return;
    if (isTooFarAhead(hlc, now)) ahead.add(hlc);
    else if (latestValid === null || hlc > latestValid) latestValid = hlc;
  };
  for (const replica of valid) forEachHlc(replica, see);

  const storedClock = (await meta.get(CLOCK_KEY))?.value;
  const decodedClock = typeof storedClock === 'string' ? decodeHlc(storedClock) : undefined;
  if (storedClock !== undefined && decodedClock === undefined) {
    await keep({
      source: 'clock',
      reason: 'the stored clock could not be read; it was rebuilt',
      raw: storedClock,
    });
  }
  let clock: Hlc = initialHlc(node);
  if (decodedClock && !isTooFarAhead(storedClock as string, now)) clock = { ...decodedClock, node };
  const base = latestValid === null ? undefined : decodeHlc(latestValid);
  if (
    base &&
    (base.wallMs > clock.wallMs || (base.wallMs === clock.wallMs && base.counter > clock.counter))
  ) {
    clock = { ...base, node };
  }

  if (ahead.size > 0) {
    const restamped = new Map<HlcString, HlcString>();
    for (const hlc of [...ahead].sort()) {
      clock = tick(clock, now);
      restamped.set(hlc, encodeHlc(clock));
    }
    for (const replica of valid) {
      const next = mapHlcs(replica, (hlc) => restamped.get(hlc) ?? hlc);
      if (next === replica) continue;
      await tx.table('replicas').put(next);
      const row = rowFromReplica(next);
      if (row) await tx.table('shortlist').put(row);
      else await tx.table('shortlist').delete(next.key);
    }
  }
  if (storedClock !== undefined || ahead.size > 0 || latestHlcOf(valid) !== null) {
    await meta.put({ key: CLOCK_KEY, value: encodeHlc(clock) });
  }
}

function latestHlcOf(replicas: readonly Replica[]): HlcString | null {
  let latest: HlcString | null = null;
  for (const replica of replicas) {
    const hlc = latestHlc(replica);
    if (hlc !== null && (latest === null || hlc > latest)) latest = hlc;
  }
  return latest;
}

function forEachHlc(replica: Replica, see: (hlc: HlcString | null | undefined) => void): void {
  for (const field of FIELD_NAMES) see(replica.fields[field]?.hlc);
  for (const note of replica.notes) see(note.hlc);
  for (const tag of replica.tags) see(tag.hlc);
  see(replica.tombstone);
}

function mapHlcs(replica: Replica, map: (hlc: HlcString) => HlcString): Replica {
  let changed = false;
  const swap = (hlc: HlcString) => {
    const next = map(hlc);
    if (next !== hlc) changed = true;
    return next;
  };
  const fields: Record<string, unknown> = {};
  for (const [field, register] of Object.entries(replica.fields)) {
    const r = register as { value: unknown; hlc: HlcString };
    fields[field] = { value: r.value, hlc: swap(r.hlc) };
  }
  const next: Replica = {
    key: replica.key,
    fields: fields as Replica['fields'],
    notes: replica.notes.map((note) => ({ ...note, hlc: swap(note.hlc) })),
    tags: replica.tags.map((tag) => ({ ...tag, hlc: swap(tag.hlc) })),
    history: replica.history,
    tombstone: replica.tombstone === null ? null : swap(replica.tombstone),
  };
  return changed ? next : replica;
}

/**
 * v5 → v6: the replicas move into pages of text (lib/shortlist/pages.ts) and the rows are
 * rebuilt from them, with the counts by status and the newest rows; the last import's undo
 * keeps its data apart from its summary. The old tables are dropped once this has run.
 * Every replica was checked against today's schema by the v4 upgrade and at every write
 * since, so none is checked again here.
 */
export async function migrateToV6(tx: Transaction): Promise<void> {
  const tables: PageTables = {
    replicaPages: tx.table('replicaPages'),
    rowPages: tx.table('rowPages'),
    meta: tx.table('meta'),
  };
  const writer = new PageWriter(tables);
  await writer.loadAll();
  const replicas = (await tx.table('replicas').toArray()) as Replica[];
  for (const replica of replicas) writer.put(replica);
  await writer.flush();
  const last: LastImport | undefined = await readLastImport(tables.meta);
  if (last) {
    const { before, ...rest } = last;
    await writeLastImport(tables.meta, { ...rest, beforeLines: before.map(packReplicaText) });
  }
}
