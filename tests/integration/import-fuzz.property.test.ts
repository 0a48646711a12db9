import { describeCsvProblem, describeError, english } from '@/lib/i18n';
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHlc } from '@/lib/exchange/clock';
import { shortlistToCsv } from '@/lib/exchange/csv';
import { importerNote, planCsvImport } from '@/lib/exchange/csv-import';
import { decodeText } from '@/lib/exchange/decode';
import { mergeReplicas } from '@/lib/exchange/merge';
import { unpackReplicaText } from '@/lib/exchange/packed-replica';
import { stableStringify } from '@/lib/exchange/replica-order';
import type { Replica } from '@/lib/exchange/replica-schema';
import { parseSyncFile, serializeSyncFile } from '@/lib/exchange/sync-file';
import type { ShortlistEntry } from '@/lib/model';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { type PageRecord, rowJson, splitPage } from '@/lib/shortlist/pages';
import {
  addToShortlist,
  editEntries,
  getDevice,
  listShortlist,
  removeFromShortlist,
  renameDevice,
  setMyNote,
} from '@/lib/shortlist/repo';
import { rowFromReplica } from '@/lib/shortlist/rows';
import {
  applyCsvImport,
  applySyncImport,
  exportSyncText,
  importSyncText,
  previewSyncImport,
  previewSyncImportBytes,
  syncFileOf,
  undoLastImport,
} from '@/lib/shortlist/sync';
import { makeReport } from '@/tests/helpers/reports';

/**
 * Random mutations of valid files, fed to the importers against a real (fake-indexeddb)
 * database: a sync file is applied whole or refused whole with a message, a CSV applies
 * exactly the rows it planned, nothing ever throws out of an import, and a refusal leaves
 * every store byte-identical. Each run starts from the same database.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const NOW = Date.UTC(2026, 10, 25, 9, 0, 0);
const HOUR = 3_600_000;
const STORES = ['replicaPages', 'rowPages', 'meta', 'quarantine'] as const;

type Dump = Record<(typeof STORES)[number], unknown[]>;

async function dump(db: MicroscopeDb): Promise<Dump> {
  const out = {} as Dump;
  for (const store of STORES) out[store] = await db.table(store).toArray();
  return out;
}

/** The replicas of a dump, by key (decoded from its pages). */
function replicasOf(d: Dump): Map<string, Replica> {
  const out = new Map<string, Replica>();
  for (const page of d.replicaPages as PageRecord[])
    for (const [key, json] of splitPage(page.text)) out.set(key, unpackReplicaText(json));
  return out;
}

/** The rows of a dump, by id. */
function rowsOf(d: Dump): Map<string, ShortlistEntry> {
  const out = new Map<string, ShortlistEntry>();
  for (const page of d.rowPages as PageRecord[])
    for (const [key, rest] of splitPage(page.text)) out.set(key, JSON.parse(rowJson(rest)) as ShortlistEntry);
  return out;
}

async function restore(db: MicroscopeDb, snapshot: Dump): Promise<void> {
  await db.transaction('rw', STORES as unknown as string[], async () => {
    for (const store of STORES) {
      await db.table(store).clear();
      await db.table(store).bulkPut(structuredClone(snapshot[store]));
    }
  });
}

const report = (handle: string, scoredAt: number) =>
  makeReport({ handle, url: `https://www.instagram.com/${handle}/`, scoredAt });

let db: MicroscopeDb;
let teammate: MicroscopeDb;
let snapshot: Dump;
let syncText: string;
let syncLines: string;
let csvText: string;

beforeAll(async () => {
  db = new MicroscopeDb(`fuzz-${Date.now()}`);
  teammate = new MicroscopeDb(`fuzz-mate-${Date.now()}`);
  await renameDevice(db, 'Ana');
  await renameDevice(teammate, 'Ben');
  for (const [handle, at] of [
    ['lea.cuisine', NOW - 5 * HOUR],
    ['marc.velo', NOW - 4 * HOUR],
    ['zoe.run', NOW - 3 * HOUR],
  ] as const) {
    await addToShortlist(db, report(handle, at - 1_000), at);
  }
  await editEntries(
    db,
    ['instagram:lea.cuisine'],
    { addTags: ['Beauty', 'R&D; Paris'], auditFakeShare: 12.34 },
    NOW - 2 * HOUR,
  );
  await setMyNote(db, 'instagram:marc.velo', 'Asked for rates', NOW - 2 * HOUR);
  // The teammate has two of the same creators, edited later, one deletion and one new creator.
  await importSyncText(teammate, (await exportSyncText(db, NOW - 2 * HOUR)).text, NOW - 2 * HOUR);
  await editEntries(
    teammate,
    ['instagram:lea.cuisine'],
    { status: 'contacted', assignee: 'Ben' },
    NOW - HOUR,
  );
  await setMyNote(teammate, 'instagram:lea.cuisine', 'Great reels', NOW - HOUR);
  await removeFromShortlist(teammate, ['instagram:zoe.run'], NOW - HOUR);
  await addToShortlist(teammate, report('nina.moves', NOW - HOUR), NOW - HOUR);
  // Mutated as one JSON document (the shape of version 1 and of hand-written files)…
  syncText = serializeSyncFile(await syncFileOf(teammate, NOW - HOUR));
  // …and as version 2 text (JSON Lines), read compressed or not.
  syncLines = (await exportSyncText(teammate, NOW - HOUR)).text;
  csvText = shortlistToCsv(await listShortlist(db));
  snapshot = await dump(db);
});

afterAll(async () => {
  await db?.delete();
  await teammate?.delete();
});

// ——— mutations ———

const hlcAt = (wall: number, node = 'dev-x') => `${String(wall).padStart(15, '0')}-0000000000-${node}`;

/** Values an attacker or a broken tool would put in a file. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  // Values that fit, so that many mutated files are accepted and checked as applied whole.
  fc.constantFrom<unknown>(
    'contacted',
    'declined',
    true,
    false,
    42,
    'Paris',
    hlcAt(NOW - 600_000),
    hlcAt(NOW),
  ),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom<unknown>(
    '999999999999999-9999999999-~',
    hlcAt(NOW + 25 * HOUR),
    hlcAt(NOW + 23 * HOUR),
    hlcAt(Date.UTC(9999, 0, 1)),
    '',
    'javascript:alert(document.domain)',
    'https://evil.example/lea',
    '<img src=x onerror=alert(1)>',
    8.64e15 + 1,
    -1,
    1e308,
    0.1,
    '__proto__',
    'constructor',
    'x'.repeat(300),
    'x'.repeat(20_000),
    null,
    [],
    {},
    { __proto__: null, polluted: true },
  ),
);

function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  // Deeply nested input (a mutation nests thousands of arrays) is mutated near the top only.
  if (value && typeof value === 'object' && prefix.length < 40) {
    for (const [key, child] of Object.entries(value)) {
      pathsOf(child, [...prefix, Array.isArray(value) ? Number(key) : key], out);
    }
  }
  return out;
}

type Json = Record<string | number, unknown>;

function at(root: unknown, path: (string | number)[]): Json | undefined {
  let node = root as Json | undefined;
  for (const part of path) node = node?.[part] as Json | undefined;
  return node;
}

/** One mutation of a file's text, described by plain data so that fast-check can shrink it. */
type Mutation =
  | { kind: 'set'; path: number; value: unknown }
  | { kind: 'delete'; path: number }
  | { kind: 'duplicate-entry'; index: number }
  | { kind: 'set-key'; path: number; key: string }
  | { kind: 'text-replace'; at: number; length: number; with: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'nest'; depth: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.nat(), value: hostileValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-entry' as const), index: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('set-key' as const),
      path: fc.nat(),
      key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('text-replace' as const),
      at: fc.nat(),
      length: fc.nat({ max: 8 }),
      with: fc.string({ maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 5_000 }) }),
  },
);

function mutateJson(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  // After nesting thousands of arrays, only text-level mutations follow (cloning or
  // printing such a value overflows the harness's own stack).
  let nested = false;
  for (const m of mutations) {
    if (m.kind === 'text-replace') {
      const i = m.at % (out.length + 1);
      out = out.slice(0, i) + m.with + out.slice(i + m.length);
      continue;
    }
    if (m.kind === 'truncate') {
      out = out.slice(0, m.at % (out.length + 1));
      continue;
    }
    if (m.kind === 'nest') {
      out = out.replace('"entries":', `"entries":${'['.repeat(m.depth)}${']'.repeat(m.depth)},"x":`);
      nested = true;
      continue;
    }
    if (nested) continue;
    let json: unknown;
    try {
      json = JSON.parse(out);
    } catch {
      continue;
    }
    const paths = pathsOf(json).filter((p) => p.length > 0);
    if (paths.length === 0) continue;
    const root = json as Json;
    if (m.kind === 'duplicate-entry') {
      const entries = root.entries;
      if (Array.isArray(entries) && entries.length > 0)
        entries.push(structuredClone(entries[m.index % entries.length]));
    } else {
      const path = paths[m.path % paths.length] as (string | number)[];
      const parent = at(root, path.slice(0, -1));
      const last = path[path.length - 1] as string | number;
      if (!parent || typeof parent !== 'object') continue;
      if (m.kind === 'set') parent[last] = m.value;
      else if (m.kind === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
      } else if (m.kind === 'set-key' && !Array.isArray(parent)) {
        Object.defineProperty(parent, m.key, { value: parent[last], enumerable: true, configurable: true });
        delete parent[last];
      }
    }
    try {
      out = JSON.stringify(json);
    } catch {
      // Nesting too deep for JSON.stringify: keep the text as it was before this mutation.
    }
  }
  return out;
}

/** Equal values, whatever the order of their keys (a replica read back from a page lists its fields in schema order). */
const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

/** The shortlist as the user sees it: every row and field, without the score history (a union Undo keeps). */
async function visible(db: MicroscopeDb) {
  return (await listShortlist(db))
    .map(({ report: _report, scoreCount: _count, updatedAt: _updated, notes, ...row }) => ({
      ...row,
      notes: notes.map((n) => `${n.author}: ${n.text}`).sort(),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('sync-file import under random mutations of a valid file', () => {
  it(`is applied whole or refused whole with a message, never throws, and a refusal writes nothing (${RUNS} runs)`, async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (mutations) => {
        await restore(db, snapshot);
        const text = mutateJson(syncText, mutations);
        const before = await dump(db);
        const preview = await previewSyncImport(db, text, NOW);
        const result = await importSyncText(db, text, NOW);
        const after = await dump(db);
        if (!result.ok) {
          expect(preview.ok).toBe(false);
          expect(describeError(result.error, english)).toMatch(/\S.*Nothing was imported\.$/);
          expect(same(after, before)).toBe(true);
          return;
        }
        accepted++;
        const parsed = parseSyncFile(text, { now: NOW });
        if (!parsed.ok || !preview.ok) throw new Error('accepted by the import, refused by the parser');
        expect(result.summary.added).toBe(preview.preview.added.length);
        expect(result.summary.removed).toBe(preview.preview.removed.length);
        const beforeReplicas = replicasOf(before);
        const afterReplicas = replicasOf(after);
        const afterRows = rowsOf(after);
        for (const entry of parsed.file.entries) {
          const local = beforeReplicas.get(entry.key);
          const expected = local ? mergeReplicas(local, entry) : entry;
          expect(same(afterReplicas.get(entry.key), expected)).toBe(true);
          expect(same(afterRows.get(entry.key), rowFromReplica(expected))).toBe(true);
        }
        // Creators the file does not name are untouched.
        const named = new Set(parsed.file.entries.map((e) => e.key));
        for (const [key, replica] of beforeReplicas)
          if (!named.has(key)) expect(same(afterReplicas.get(key), replica)).toBe(true);
        // And the shortlist still works: the clock is readable and at most a day ahead, and a
        // later local edit wins on every creator the file brought or changed.
        const clock = decodeHlc(String((await db.meta.get('clock'))?.value));
        expect(clock?.wallMs).toBeLessThanOrEqual(NOW + 24 * HOUR);
        const live = parsed.file.entries.filter((e) => afterRows.has(e.key)).map((e) => e.key);
        await editEntries(db, live, { status: 'published' }, NOW + 1);
        for (const row of await listShortlist(db))
          if (live.includes(row.id)) expect(row.status).toBe('published');
        // Undo puts back what the user saw, and importing the same file again does not undo the undo.
        await restore(db, snapshot);
        const seen = await visible(db);
        if (!(await importSyncText(db, text, NOW)).ok)
          throw new Error('accepted once, refused the second time');
        expect(await undoLastImport(db, NOW + 1)).toBeTruthy();
        expect(await visible(db)).toEqual(seen);
        await importSyncText(db, text, NOW + 2);
        expect(await visible(db)).toEqual(seen);
      }),
      { numRuns: RUNS },
    );
    console.log(`[fuzz] sync file: ${accepted} of ${RUNS} mutated files accepted, the rest refused`);
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});

/** A mutation of version 2 text: JSON-level ones hit one line (the header or an entry), text-level ones the whole file. */
function mutateLines(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    if (m.kind === 'text-replace' || m.kind === 'truncate') {
      out = mutateJson(out, [m]);
      continue;
    }
    const lines = out.split('\n');
    const filled = lines.map((line, i) => [line, i] as const).filter(([line]) => line !== '');
    if (filled.length === 0) continue;
    if (m.kind === 'duplicate-entry') {
      const pick = filled[1 + (m.index % Math.max(1, filled.length - 1))] ?? filled[0];
      lines.push(pick?.[0] ?? '');
    } else if (m.kind === 'nest') {
      const [, i] = filled[filled.length - 1] as readonly [string, number];
      lines[i] = `${'['.repeat(m.depth)}${']'.repeat(m.depth)}`;
    } else {
      const [line, i] = filled[m.path % filled.length] as readonly [string, number];
      // The line's own JSON, mutated at one of its paths (shifted so that every path can be picked).
      lines[i] = mutateJson(line, [{ ...m, path: Math.floor(m.path / filled.length) } as Mutation]);
    }
    out = lines.join('\n');
  }
  return out;
}

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text])
    .stream()
    .pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('sync-file import under random mutations of a version 2 file (JSON Lines, gzip or not)', () => {
  it(`is applied whole or refused whole with a message, never throws, and a refusal writes nothing (${RUNS} runs)`, async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (mutations, compressed) => {
          await restore(db, snapshot);
          const text = mutateLines(syncLines, mutations);
          const bytes = compressed ? await gzip(text) : new TextEncoder().encode(text);
          const before = await dump(db);
          const preview = await previewSyncImportBytes(db, bytes, NOW);
          const parsed = parseSyncFile(text, { now: NOW });
          // The container changes nothing about what is accepted.
          expect(preview.ok).toBe(parsed.ok);
          if (!preview.ok) {
            expect(describeError(preview.error, english)).toMatch(/\S.*Nothing was imported\.$/);
            if (!parsed.ok) expect(preview.error.code).toBe(parsed.error.code);
            expect(same(await dump(db), before)).toBe(true);
            return;
          }
          accepted++;
          const applied = await applySyncImport(db, preview.file, NOW);
          expect(applied.added).toBe(preview.preview.added.length);
          expect(applied.removed).toBe(preview.preview.removed.length);
          const after = await dump(db);
          const beforeReplicas = replicasOf(before);
          const afterReplicas = replicasOf(after);
          for (const entry of preview.file.entries) {
            const local = beforeReplicas.get(entry.key);
            expect(same(afterReplicas.get(entry.key), local ? mergeReplicas(local, entry) : entry)).toBe(
              true,
            );
          }
          expect(await undoLastImport(db, NOW + 1)).toBeTruthy();
        },
      ),
      { numRuns: RUNS },
    );
    console.log(`[fuzz] version 2 file: ${accepted} of ${RUNS} mutated files accepted, the rest refused`);
    expect(accepted).toBeGreaterThan(0);
  }, 600_000);
});

// ——— CSV ———

const hostileCell = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'contacted',
    'Brief sent',
    'publié',
    '',
    '=HYPERLINK("http://evil")',
    "'=1+1",
    '\u00a0=1',
    '\uff1d1',
    '1.200,50',
    '1,200.50',
    '-5',
    'abc',
    '101',
    '12.3',
    '2026-02-30',
    '2026-03-31',
    'yes',
    'non',
    'USD',
    'XYZ',
    'Beauty, r&d; paris',
    'beauty,,food',
    'x'.repeat(250),
    'y'.repeat(12_000),
    'instagram',
    'youtube',
    '@lea.cuisine',
    'LEA.CUISINE',
  ),
);

type CsvMutation =
  | { kind: 'cell'; row: number; column: number; value: string }
  | { kind: 'header'; column: number; value: string }
  | { kind: 'drop-column'; column: number }
  | { kind: 'duplicate-row'; row: number }
  | { kind: 'text-replace'; at: number; length: number; with: string };

const csvMutationArb: fc.Arbitrary<CsvMutation> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('cell' as const),
      row: fc.nat(),
      column: fc.nat(),
      value: hostileCell,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('header' as const),
      column: fc.nat(),
      value: fc.constantFrom('status', 'tags', 'notes', '__proto__', 'constructor', 'platform', 'handle', ''),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-column' as const), column: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-row' as const), row: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('text-replace' as const),
      at: fc.nat(),
      length: fc.nat({ max: 6 }),
      with: fc.string({ maxLength: 4 }),
    }),
  },
);

/** CSV rows as a spreadsheet keeps them: a grid of cells, written back with quotes where needed. */
function toGrid(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const fromGrid = (grid: string[][]) =>
  `\uFEFF${grid.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;

function mutateCsv(text: string, mutations: readonly CsvMutation[]): string {
  let out = text;
  for (const m of mutations) {
    if (m.kind === 'text-replace') {
      const i = m.at % (out.length + 1);
      out = out.slice(0, i) + m.with + out.slice(i + m.length);
      continue;
    }
    const grid = toGrid(out);
    const header = grid[0] ?? [];
    const width = Math.max(1, header.length);
    const data = grid.length - 1;
    if (m.kind === 'cell' && data > 0) {
      const row = grid[1 + (m.row % data)] as string[];
      row[m.column % width] = m.value;
    } else if (m.kind === 'header') header[m.column % width] = m.value;
    else if (m.kind === 'drop-column') for (const row of grid) row.splice(m.column % width, 1);
    else if (m.kind === 'duplicate-row' && data > 0) grid.push([...(grid[1 + (m.row % data)] as string[])]);
    out = fromGrid(grid);
  }
  return out;
}

describe('CSV re-import under random mutations of an export', () => {
  it(`applies exactly the rows it planned, explains the others, never throws, and writes nothing when nothing is planned (${RUNS} runs)`, async () => {
    let withEdits = 0;
    let withProblems = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(csvMutationArb, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (mutations, asWindows1252) => {
          await restore(db, snapshot);
          let text = mutateCsv(csvText, mutations);
          if (asWindows1252) {
            // The same file saved by a Western European Excel: bytes that are not UTF-8.
            const bytes = Uint8Array.from(text.replace(/^\uFEFF/, ''), (c) => {
              const code = c.charCodeAt(0);
              return code < 256 ? code : 0x3f;
            });
            const decoded = decodeText(bytes, { fallback: 'windows-1252' });
            if (!decoded.ok) throw new Error('the Windows-1252 fallback cannot refuse');
            text = decoded.text;
          }
          const before = await dump(db);
          const seen = await visible(db);
          const entries = await listShortlist(db);
          const result = planCsvImport(text, entries);
          if (!result.ok) {
            expect(describeError(result.error, english)).toMatch(/\S.*Nothing was imported\.$/);
            expect(same(await dump(db), before)).toBe(true);
            return;
          }
          const { plan } = result;
          for (const p of plan.problems) expect(describeCsvProblem(p, english).length).toBeGreaterThan(5);
          if (plan.problems.length) withProblems++;
          const applied = await applyCsvImport(db, plan, NOW);
          expect(applied.failed).toEqual([]);
          expect(applied.applied).toBe(plan.edits.length);
          const after = await dump(db);
          if (plan.edits.length === 0) {
            expect(same(after, before)).toBe(true);
            return;
          }
          withEdits++;
          const me = await getDevice(db);
          const rows = rowsOf(after);
          const beforeRows = rowsOf(before);
          for (const edit of plan.edits) {
            const row = rows.get(edit.id) as ShortlistEntry;
            for (const [field, value] of Object.entries(edit.fields)) {
              expect((row as Record<string, unknown>)[field] ?? null, `${edit.handle} ${field}`).toEqual(
                value,
              );
            }
            for (const tag of edit.addTags) expect(row.tags).toContain(tag);
            for (const tag of edit.removeTags) expect(row.tags).not.toContain(tag);
            if (edit.note !== undefined) {
              const expected = importerNote(edit.note, beforeRows.get(edit.id) as ShortlistEntry, me.id);
              expect(row.notes.find((n) => n.author === me.id)?.text ?? '').toBe(expected);
            }
          }
          // Rows not planned are untouched, byte for byte.
          const planned = new Set(plan.edits.map((e) => e.id));
          for (const [id, row] of beforeRows)
            if (!planned.has(id)) expect(same(rows.get(id), row)).toBe(true);
          // Undo puts back everything the user saw.
          expect(await undoLastImport(db, NOW + 1)).toBeTruthy();
          expect(await visible(db)).toEqual(seen);
        },
      ),
      { numRuns: RUNS },
    );
    console.log(
      `[fuzz] CSV: ${withEdits} of ${RUNS} mutated files planned edits, ${withProblems} had rows refused`,
    );
    expect(withEdits).toBeGreaterThan(0);
  }, 600_000);
});
