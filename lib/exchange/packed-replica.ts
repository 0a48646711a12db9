import type { HlcString } from './clock';
import {
  FIELD_NAMES,
  type Fields,
  type NoteRegister,
  type Replica,
  type TagRegister,
} from './replica-schema';

/**
 * A replica written compactly: version 2 sync files and the stored pages hold each creator
 * this way. Every clock value is written once, in a table, and referred to by its index:
 * a creator's fields usually share one or two clock values of about 60 characters each,
 * and writing them in full took about half of every file. SYNC-FORMAT.md shows the shape:
 *
 *   { "key": "instagram:alice",
 *     "c": ["<clock value>", …],                     clock values, each once
 *     "f": { "<field>": [<value>, <clock index>] },  scalar fields
 *     "n": [["<author>", "<author name>", "<text>", <clock index>]],
 *     "t": [["<tag>", <present>, <clock index>]],
 *     "h": [<score report>, …],
 *     "x": <clock index> | null }                     tombstone
 *
 * Packing loses nothing: `unpackReplica(packReplica(r))` equals `r`.
 */
export interface PackedReplica {
  key: string;
  c: HlcString[];
  f: Record<string, [unknown, number]>;
  n: [string, string, string, number][];
  t: [string, boolean, number][];
  h: unknown[];
  x: number | null;
}

export function packReplica(replica: Replica): PackedReplica {
  const clocks: HlcString[] = [];
  const index = new Map<HlcString, number>();
  const at = (hlc: HlcString) => {
    let i = index.get(hlc);
    if (i === undefined) {
      i = clocks.length;
      clocks.push(hlc);
      index.set(hlc, i);
    }
    return i;
  };
  const f: PackedReplica['f'] = {};
  for (const field of FIELD_NAMES) {
    const register = replica.fields[field];
    if (register !== undefined) f[field] = [register.value, at(register.hlc)];
  }
  return {
    key: replica.key,
    c: clocks,
    f,
    n: replica.notes.map((note) => [note.author, note.authorName, note.text, at(note.hlc)]),
    t: replica.tags.map((tag) => [tag.tag, tag.present, at(tag.hlc)]),
    h: [...replica.history],
    x: replica.tombstone === null ? null : at(replica.tombstone),
  };
}

/** A replica as one line of JSON (stored pages, version 2 files). */
export function packReplicaText(replica: Replica): string {
  return JSON.stringify(packReplica(replica));
}

export type UnpackResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; path: (string | number)[]; expected: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A packed entry read from a file, unpacked into the plain shape (`key`, `fields`, `notes`,
 * `tags`, `history`, `tombstone`) for the schema to check: only its structure is checked
 * here (arrays where arrays belong, clock indexes inside the table). Unknown fields are
 * dropped, as in a plain entry. An entry already in the plain shape is passed through.
 */
export function unpackEntry(raw: unknown): UnpackResult {
  if (!isRecord(raw)) return { ok: false, path: [], expected: 'object' };
  if (!('c' in raw) && !('f' in raw)) return { ok: true, value: raw };
  const clocks = raw.c;
  if (!Array.isArray(clocks)) return { ok: false, path: ['c'], expected: 'array' };
  // A clock index inside the table; the value found there is checked by the schema (as in a plain entry).
  type Found = { ok: true; hlc: unknown } | { ok: false; path: (string | number)[]; expected: string };
  const clock = (i: unknown, path: (string | number)[]): Found => {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= clocks.length)
      return { ok: false, path, expected: 'clock index' };
    return { ok: true, hlc: clocks[i] };
  };
  if (!isRecord(raw.f)) return { ok: false, path: ['f'], expected: 'object' };
  const fields: Record<string, unknown> = {};
  for (const field of FIELD_NAMES) {
    if (!Object.hasOwn(raw.f, field)) continue;
    const register = raw.f[field];
    if (!Array.isArray(register) || register.length !== 2)
      return { ok: false, path: ['f', field], expected: 'array' };
    const found = clock(register[1], ['f', field, 1]);
    if (!found.ok) return found;
    fields[field] = { value: register[0], hlc: found.hlc };
  }
  const list = (name: 'n' | 't', length: number) => {
    const value = raw[name];
    if (!Array.isArray(value)) return { ok: false as const, path: [name], expected: 'array' };
    for (const [i, item] of value.entries())
      if (!Array.isArray(item) || item.length !== length)
        return { ok: false as const, path: [name, i], expected: 'array' };
    return { ok: true as const, value: value as unknown[][] };
  };
  const notes = list('n', 4);
  if (!notes.ok) return notes;
  const tags = list('t', 3);
  if (!tags.ok) return tags;
  const noteRegisters: unknown[] = [];
  for (const [i, [author, authorName, text, c]] of notes.value.entries()) {
    const found = clock(c, ['n', i, 3]);
    if (!found.ok) return found;
    noteRegisters.push({ author, authorName, text, hlc: found.hlc });
  }
  const tagRegisters: unknown[] = [];
  for (const [i, [tag, present, c]] of tags.value.entries()) {
    const found = clock(c, ['t', i, 2]);
    if (!found.ok) return found;
    tagRegisters.push({ tag, present, hlc: found.hlc });
  }
  if (!Array.isArray(raw.h)) return { ok: false, path: ['h'], expected: 'array' };
  let tombstone: unknown = null;
  if (raw.x !== null) {
    const found = clock(raw.x, ['x']);
    if (!found.ok) return found;
    tombstone = found.hlc;
  }
  return {
    ok: true,
    value: { key: raw.key, fields, notes: noteRegisters, tags: tagRegisters, history: raw.h, tombstone },
  };
}

/**
 * A packed replica this extension stored (trusted: it was checked when it entered), back
 * in its plain shape.
 */
export function unpackReplica(packed: PackedReplica): Replica {
  const c = packed.c;
  const fields: Record<string, { value: unknown; hlc: HlcString }> = {};
  for (const field of FIELD_NAMES) {
    const register = packed.f[field];
    if (register !== undefined) fields[field] = { value: register[0], hlc: c[register[1]] as HlcString };
  }
  return {
    key: packed.key,
    fields: fields as Fields,
    notes: packed.n.map(
      ([author, authorName, text, i]): NoteRegister => ({ author, authorName, text, hlc: c[i] as HlcString }),
    ),
    tags: packed.t.map(([tag, present, i]): TagRegister => ({ tag, present, hlc: c[i] as HlcString })),
    history: packed.h as Replica['history'],
    tombstone: packed.x === null ? null : (c[packed.x] as HlcString),
  };
}

/** A stored replica line back into a replica. */
export function unpackReplicaText(text: string): Replica {
  return unpackReplica(JSON.parse(text) as PackedReplica);
}
