import { describe, expect, it } from 'vitest';
import { addReport, applyLocalEdit, emptyReplica, setNote, tombstone } from '@/lib/exchange/replica';
import {
  createSyncFile,
  latestHlcInFile,
  MAX_SYNC_ENTRIES,
  MAX_SYNC_UNPACKED_BYTES,
  parseSyncFile,
  SYNC_FORMAT,
  SyncFileSchema,
  serializeSyncFile,
  serializeSyncLines,
  syncFileName,
} from '@/lib/exchange/sync-file';
import { describeError, english } from '@/lib/i18n';
import { hlc, makeReport, T0 } from './fixtures';

function sampleFile() {
  let alice = applyLocalEdit(emptyReplica('instagram:alice'), 'status', 'contacted', hlc('dev-a', 1000));
  alice = setNote(alice, 'dev-a', 'Great fit', hlc('dev-a', 2000), 'Ana');
  alice = addReport(alice, makeReport('instagram:alice', T0));
  const gone = tombstone(emptyReplica('tiktok:gone'), hlc('dev-a', 3000));
  return createSyncFile({
    deviceId: 'dev-a',
    displayName: 'Ana',
    exportedAt: T0 + 5000,
    replicas: [gone, alice],
  });
}

/** The refusal, with the English sentence the interface shows for it. */
function refusal(text: string) {
  const result = parseSyncFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return { ...result.error, message: describeError(result.error, english) };
}

function fileWith(patch: Record<string, unknown>): string {
  return JSON.stringify({ ...JSON.parse(serializeSyncFile(sampleFile())), ...patch });
}

describe('parseSyncFile accepts', () => {
  it('a file it wrote, entry for entry', () => {
    const file = sampleFile();
    const result = parseSyncFile(serializeSyncFile(file));
    expect(result).toEqual({ ok: true, file });
  });

  it('a file that starts with a byte-order mark', () => {
    expect(parseSyncFile(`\uFEFF${serializeSyncFile(sampleFile())}`).ok).toBe(true);
  });

  it('a file holding only a deletion', () => {
    const file = createSyncFile({
      deviceId: 'dev-a',
      displayName: 'Ana',
      exportedAt: T0,
      replicas: [tombstone(emptyReplica('tiktok:gone'), hlc('dev-a'))],
    });
    expect(parseSyncFile(serializeSyncFile(file)).ok).toBe(true);
  });

  it('notes and tags out of order or repeated, putting them in canonical order', () => {
    const json = JSON.parse(serializeSyncFile(sampleFile()));
    const at = (ms: number) => `${String(T0 + ms).padStart(15, '0')}-0000000000-dev-b`;
    json.entries[0].tags = [
      { tag: 'food', present: true, hlc: at(1) },
      { tag: ' beauty', present: true, hlc: at(1) },
      { tag: 'food', present: false, hlc: at(2) },
    ];
    const result = parseSyncFile(JSON.stringify(json));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.file.entries[0]?.tags).toEqual([
      { tag: 'beauty', present: true, hlc: at(1) },
      { tag: 'food', present: false, hlc: at(2) },
    ]);
  });
});

describe('parseSyncFile refuses the whole file, saying why', () => {
  it('when it is empty', () => {
    expect(refusal('')).toMatchObject({
      code: 'empty-input',
      message: 'The file is empty. Nothing was imported.',
    });
    expect(refusal(' \n\t').code).toBe('empty-input');
  });

  it('when it is not JSON, pointing a CSV to the CSV import', () => {
    expect(refusal('platform,handle\ninstagram,alice\n')).toMatchObject({
      code: 'not-json',
      message:
        'This is not a Microscope sync file: it is not JSON, or it was cut short. (A CSV export can be imported too: save it with the .csv extension.) Nothing was imported.',
    });
    expect(refusal('{"format": "microscope-shortlist-sync",').code).toBe('not-json');
  });

  it('when it is JSON of another format', () => {
    expect(refusal('{"format":"trello-board","version":1}')).toMatchObject({
      code: 'wrong-format',
      message:
        'This file is not a Microscope shortlist sync file (its format is “trello-board”). Nothing was imported.',
    });
    expect(refusal('[1, 2, 3]').message).toBe(
      'This file is not a Microscope shortlist sync file. Nothing was imported.',
    );
    expect(refusal('null').code).toBe('wrong-format');
  });

  it('when a newer version of Microscope wrote it', () => {
    expect(refusal(fileWith({ version: 3 }))).toMatchObject({
      code: 'newer-version',
      message:
        'This sync file was made by a newer version of Microscope (file version 3; this one reads versions up to 2). Update the extension, then import the file again. Nothing was imported.',
    });
  });

  it('when its version is unknown', () => {
    expect(refusal(fileWith({ version: 0 })).code).toBe('unsupported-version');
    expect(refusal(fileWith({ version: '1' })).message).toBe(
      'This sync file has an unknown version ("1"). Nothing was imported.',
    );
  });

  it('when it has no entries and no deletions', () => {
    expect(refusal(fileWith({ entries: [] }))).toMatchObject({
      code: 'no-entries',
      message:
        'The file has no creators and no deletions in it, so there is nothing to import. Nothing was imported.',
    });
  });

  it('when it holds more than the size cap once unpacked, counting UTF-8 bytes', () => {
    const limits = { maxBytes: 1024 * 1024 };
    const over = parseSyncFile(`{"format":"${SYNC_FORMAT}","pad":"${'x'.repeat(1024 * 1024)}"}`, { limits });
    expect(
      over.ok ? undefined : { ...over.error, message: describeError(over.error, english) },
    ).toMatchObject({
      code: 'too-large',
      message:
        'The file holds 1.0 MB of data once unpacked; a sync file can hold at most 1.0 MB. Nothing was imported.',
    });
    // Half a million characters, but two bytes each in UTF-8.
    const accents = parseSyncFile(`"${'é'.repeat(512 * 1024 + 1)}"`, { limits });
    expect(accents.ok ? undefined : accents.error.code).toBe('too-large');
    // A limit can only be lowered.
    expect(MAX_SYNC_UNPACKED_BYTES).toBe(400 * 1024 * 1024);
  });

  it('when it lists more creators than the cap, before reading them', () => {
    const entries = new Array(MAX_SYNC_ENTRIES + 1).fill(0);
    expect(refusal(fileWith({ entries }))).toMatchObject({
      code: 'too-many-entries',
      message: 'The file lists 100,001 creators; a sync file can hold at most 100,000. Nothing was imported.',
    });
    const header = JSON.stringify({
      format: SYNC_FORMAT,
      version: 2,
      exportedAt: T0,
      exportedBy: { deviceId: 'dev-a', displayName: 'Ana' },
      count: MAX_SYNC_ENTRIES + 1,
    });
    expect(refusal(`${header}\n{}\n`).code).toBe('too-many-entries');
  });

  it('when an entry is damaged, naming where', () => {
    const json = JSON.parse(serializeSyncFile(sampleFile()));
    json.entries[0].fields.status.value = 'maybe';
    const error = refusal(JSON.stringify(json));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(
      /^The file is damaged or was edited by hand at entries\[0\]\.fields\.status\.value: /,
    );
    expect(error.message).toMatch(/Nothing was imported\.$/);
  });

  it('when a clock value is malformed', () => {
    const json = JSON.parse(serializeSyncFile(sampleFile()));
    json.entries[0].fields.status.hlc = '2025-03-01T09:00:00Z';
    expect(refusal(JSON.stringify(json)).message).toContain('entries[0].fields.status.hlc');
  });

  it('when a key or a score report belongs to no creator of the entry', () => {
    const badKey = JSON.parse(serializeSyncFile(sampleFile()));
    badKey.entries[0].key = 'youtube:alice';
    expect(refusal(JSON.stringify(badKey)).message).toContain('entries[0].key');
    const foreignReport = JSON.parse(serializeSyncFile(sampleFile()));
    foreignReport.entries[0].history[0].handle = 'mallory';
    expect(refusal(JSON.stringify(foreignReport)).message).toContain('a score report about another creator');
  });

  it('when the exporting device is missing', () => {
    expect(refusal(fileWith({ exportedBy: undefined })).message).toContain('at exportedBy:');
  });

  it('when a creator appears twice', () => {
    const json = JSON.parse(serializeSyncFile(sampleFile()));
    json.entries.push(json.entries[0]);
    expect(refusal(JSON.stringify(json))).toMatchObject({
      code: 'duplicate-entry',
      message: 'The file lists instagram:alice more than once. Nothing was imported.',
    });
  });
});

describe('createSyncFile', () => {
  it('sorts entries by key and tags the format and version', () => {
    const file = sampleFile();
    expect(file).toMatchObject({
      format: 'microscope-shortlist-sync',
      version: 2,
      exportedAt: T0 + 5000,
      exportedBy: { deviceId: 'dev-a', displayName: 'Ana' },
    });
    expect(file.entries.map((e) => e.key)).toEqual(['instagram:alice', 'tiktok:gone']);
  });

  it('makes what the schema of a sync file (whose type SyncFile is) reads back unchanged', () => {
    const file = sampleFile();
    expect(SyncFileSchema.parse(JSON.parse(serializeSyncFile(file)))).toEqual(file);
    expect(SyncFileSchema.safeParse({ ...file, format: 'other' }).success).toBe(false);
  });
});

describe('latestHlcInFile', () => {
  it('finds the latest clock value, tombstones included, for the importer’s clock', () => {
    expect(latestHlcInFile(sampleFile())).toEqual(hlc('dev-a', 3000));
    expect(latestHlcInFile({ entries: [] })).toBeUndefined();
  });
});

describe('syncFileName', () => {
  it('names the file after the device and the day', () => {
    expect(syncFileName(T0, 'Anaïs (Paris)')).toBe('microscope-sync-anais-paris-2025-03-01.jsonl.gz');
    expect(syncFileName(T0, '🙂')).toBe('microscope-sync-device-2025-03-01.jsonl.gz');
  });
});

describe('version 2: a header line, then one entry per line', () => {
  const lines = () => serializeSyncLines(sampleFile());

  it('reads what it writes, entry for entry, and still reads version 1 documents', () => {
    expect(parseSyncFile(lines())).toEqual({ ok: true, file: sampleFile() });
    const v1 = JSON.stringify({ ...JSON.parse(serializeSyncFile(sampleFile())), version: 1 });
    const read = parseSyncFile(v1);
    expect(read.ok && read.file.version).toBe(1);
    expect(read.ok && read.file.entries).toEqual(sampleFile().entries);
  });

  it('names the entry that is wrong, as version 1 does', () => {
    const text = lines().replace('"contacted"', '"maybe"');
    expect(refusal(text).message).toMatch(/at entries\[0\]\.fields\.status\.value: /);
    const broken = lines().split('\n');
    broken[1] = '{"key": oops';
    expect(refusal(broken.join('\n'))).toMatchObject({
      code: 'invalid',
      message: 'The file is damaged or was edited by hand at entries[0]: not JSON. Nothing was imported.',
    });
  });

  it('refuses a file cut short, or with fewer entries than it announces, as incomplete', () => {
    const text = lines();
    expect(refusal(text.slice(0, text.length - 20))).toMatchObject({ code: 'incomplete' });
    const dropped = text.split('\n');
    dropped.splice(1, 1);
    expect(refusal(dropped.join('\n'))).toMatchObject({
      code: 'incomplete',
      message:
        'The file is incomplete: it announces 2 creators but holds 1. It is probably still being copied or synced: try again once it is complete. Nothing was imported.',
    });
  });

  it('checks the header like the top of a version 1 file', () => {
    const [header, ...rest] = lines().split('\n');
    const bad = { ...JSON.parse(header as string), exportedBy: { deviceId: 'has space', displayName: 'x' } };
    expect(refusal([JSON.stringify(bad), ...rest].join('\n')).message).toContain('at exportedBy.deviceId:');
  });
});
