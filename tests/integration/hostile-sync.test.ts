import { describeError, english } from '@/lib/i18n';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeHlc } from '@/lib/exchange/clock';
import { MicroscopeDb } from '@/lib/shortlist/db';
import {
  addToShortlist,
  editEntries,
  listShortlist,
  nextHlc,
  removeFromShortlist,
  renameDevice,
} from '@/lib/shortlist/repo';
import { exportSyncText, importSyncText, previewSyncImport, undoLastImport } from '@/lib/shortlist/sync';
import { makeReport } from '@/tests/helpers/reports';

let n = 0;
const open: MicroscopeDb[] = [];
async function device(name: string) {
  const db = new MicroscopeDb(`hostile-${n++}-${Date.now()}`);
  open.push(db);
  await renameDevice(db, name);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function dump(db: MicroscopeDb) {
  return {
    rowPages: await db.rowPages.orderBy('page').toArray(),
    replicaPages: await db.replicaPages.orderBy('page').toArray(),
    meta: await db.meta.orderBy('key').toArray(),
  };
}

const NOW = Date.UTC(2026, 10, 25, 9, 0, 0);
const HOUR = 3_600_000;
const ig = (handle: string, scoredAt = NOW - HOUR) =>
  makeReport({ handle, url: `https://www.instagram.com/${handle}/`, scoredAt });
const hlcAt = (wall: number, counter = 0, node = 'dev-mallory') =>
  `${String(wall).padStart(15, '0')}-${String(counter).padStart(10, '0')}-${node}`;
const MAX_HLC = '999999999999999-9999999999-~';

/** A one-creator sync file from a teammate, every field edited at `hlc`, with `patch` applied to the entry. */
function teammateFile(
  handle: string,
  hlc: string,
  patch: (entry: Record<string, unknown>) => void = () => {},
) {
  const report = ig(handle);
  const entry: Record<string, unknown> = {
    key: `instagram:${handle}`,
    fields: {
      handle: { value: handle, hlc },
      verdict: { value: 'shortlist', hlc },
      addedAt: { value: NOW - HOUR, hlc },
      status: { value: 'contacted', hlc },
    },
    notes: [],
    tags: [],
    history: [report],
    tombstone: null,
  };
  patch(entry);
  return JSON.stringify({
    format: 'microscope-shortlist-sync',
    version: 1,
    exportedAt: NOW,
    exportedBy: { deviceId: 'dev-mallory', displayName: 'Mallory' },
    entries: [entry],
  });
}

async function clockOf(db: MicroscopeDb) {
  const value = (await db.meta.get('clock'))?.value;
  return typeof value === 'string' ? value : undefined;
}

describe('clocks a file cannot poison', () => {
  it('refuses a field clock at the encodable maximum, writes nothing, and the field stays editable', async () => {
    const db = await device('Ana');
    await addToShortlist(db, ig('lea'), NOW - 2 * HOUR);
    const before = await dump(db);
    const result = await importSyncText(db, teammateFile('lea', MAX_HLC), NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeError(result.error, english)).toMatch(/ahead|future/i);
    expect(await dump(db)).toEqual(before);
    await editEntries(db, ['instagram:lea'], { status: 'declined' }, NOW + 1);
    expect((await listShortlist(db))[0]?.status).toBe('declined');
  });

  it('refuses a maximal tombstone, so the creator can still be added', async () => {
    const db = await device('Ana');
    const result = await importSyncText(
      db,
      teammateFile('gone', MAX_HLC, (e) => {
        e.fields = {};
        e.history = [];
        e.tombstone = MAX_HLC;
      }),
      NOW,
    );
    expect(result.ok).toBe(false);
    await addToShortlist(db, ig('gone'), NOW + 1);
    expect((await listShortlist(db)).map((e) => e.handle)).toEqual(['gone']);
  });

  it('refuses a wall time in year 9999 and leaves the local clock where it was', async () => {
    const db = await device('Ana');
    await addToShortlist(db, ig('lea'), NOW - 2 * HOUR);
    const clock = await clockOf(db);
    const result = await importSyncText(db, teammateFile('lea', hlcAt(Date.UTC(9999, 0, 1))), NOW);
    expect(result.ok).toBe(false);
    expect(await clockOf(db)).toBe(clock);
  });

  it('accepts a teammate clock up to 24 hours ahead, and refuses one just past that', async () => {
    const db = await device('Ana');
    expect((await importSyncText(db, teammateFile('near', hlcAt(NOW + 23 * HOUR)), NOW)).ok).toBe(true);
    const later = await importSyncText(db, teammateFile('far', hlcAt(NOW + 24 * HOUR + 1)), NOW);
    expect(later.ok).toBe(false);
    if (!later.ok) expect(later.error.code).toBe('clock-ahead');
  });

  it('treats a stored clock it cannot read as an error instead of restarting at zero', async () => {
    const db = await device('Ana');
    await addToShortlist(db, ig('lea'), NOW);
    await db.meta.put({ key: 'clock', value: '1000000000000000-0000000000-x' });
    await expect(db.transaction('rw', db.meta, () => nextHlc(db, NOW + 1))).rejects.toThrow(/clock/i);
  });

  it('Undo last import moves the clock back as far as its own edits allow', async () => {
    const db = await device('Ana');
    await addToShortlist(db, ig('lea'), NOW - 2 * HOUR);
    const clockBefore = decodeHlc((await clockOf(db)) ?? '');
    // A new creator edited now, and a deletion (of a creator this device never had) 20 hours ahead.
    const file = JSON.parse(teammateFile('new.one', hlcAt(NOW)));
    file.entries.push({
      key: 'instagram:zz.unknown',
      fields: {},
      notes: [],
      tags: [],
      history: [],
      tombstone: hlcAt(NOW + 20 * HOUR),
    });
    expect((await importSyncText(db, JSON.stringify(file), NOW)).ok).toBe(true);
    expect(decodeHlc((await clockOf(db)) ?? '')?.wallMs).toBe(NOW + 20 * HOUR);
    expect(await undoLastImport(db, NOW + 1000)).toBeTruthy();
    const after = decodeHlc((await clockOf(db)) ?? '');
    expect(after?.wallMs).toBeLessThan(NOW + HOUR);
    expect(after?.wallMs).toBeGreaterThanOrEqual(clockBefore?.wallMs ?? 0);
    expect((await listShortlist(db)).map((e) => e.handle)).toEqual(['lea']);
  });
});

describe('dates and sizes in range', () => {
  it('refuses an addedAt or a scoredAt beyond what a date can hold', async () => {
    const db = await device('Ana');
    const before = await dump(db);
    const added = await importSyncText(
      db,
      teammateFile('lea', hlcAt(NOW), (e) => {
        (e.fields as Record<string, unknown>).addedAt = { value: 8.64e15 + 1, hlc: hlcAt(NOW) };
      }),
      NOW,
    );
    const scored = await importSyncText(
      db,
      teammateFile('lea', hlcAt(NOW), (e) => {
        (e.history as Array<Record<string, unknown>>)[0]!.scoredAt = 8.64e15 + 1;
      }),
      NOW,
    );
    expect([added.ok, scored.ok]).toEqual([false, false]);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a 10 MB display name and names the field', async () => {
    const db = await device('Ana');
    const result = await importSyncText(
      db,
      teammateFile('lea', hlcAt(NOW), (e) => {
        (e.fields as Record<string, unknown>).displayName = {
          value: 'x'.repeat(10_000_000),
          hlc: hlcAt(NOW),
        };
      }),
      NOW,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeError(result.error, english)).toMatch(/displayName/);
  });

  it('refuses a profile address that is not an Instagram or TikTok page', async () => {
    const db = await device('Ana');
    for (const url of [
      'javascript:alert(document.domain)',
      'data:text/html,<script>alert(1)</script>',
      'https://evil.example/lea',
      'http://www.instagram.com/lea/',
      'https://www.instagram.com.evil.example/lea/',
    ]) {
      const result = await importSyncText(
        db,
        teammateFile('lea', hlcAt(NOW), (e) => {
          (e.fields as Record<string, unknown>).url = { value: url, hlc: hlcAt(NOW) };
        }),
        NOW,
      );
      expect(result.ok, url).toBe(false);
    }
  });
});

describe('note authorship', () => {
  it('flags a file that would overwrite your own note under your device id', async () => {
    const db = await device('Ana');
    await addToShortlist(db, ig('lea'), NOW - 2 * HOUR);
    const me = (await db.meta.get('device'))?.value as { id: string };
    const { setMyNote } = await import('@/lib/shortlist/repo');
    await setMyNote(db, 'instagram:lea', 'My own words', NOW - HOUR);
    const text = teammateFile('lea', hlcAt(NOW), (e) => {
      e.notes = [{ author: me.id, authorName: 'Ana', text: 'Words put in my mouth', hlc: hlcAt(NOW) }];
    });
    const preview = await previewSyncImport(db, text);
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    expect(preview.claimsYourNotes).toEqual(['instagram:lea']);
  });
});

describe('removal still works after an import', () => {
  it('removes a creator after importing a file with a later (in-range) edit', async () => {
    const db = await device('Ana');
    await addToShortlist(db, ig('lea'), NOW - 2 * HOUR);
    await importSyncText(db, teammateFile('lea', hlcAt(NOW + HOUR)), NOW);
    await removeFromShortlist(db, ['instagram:lea'], NOW + 1);
    expect(await listShortlist(db)).toEqual([]);
    expect((await exportSyncText(db, NOW + 2)).count).toBe(0);
  });
});
