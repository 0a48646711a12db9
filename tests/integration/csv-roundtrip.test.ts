import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv, shortlistToCsv } from '@/lib/exchange/csv';
import { planCsvImport } from '@/lib/exchange/csv-import';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { addToShortlist, editEntries, listShortlist, renameDevice } from '@/lib/shortlist/repo';
import { applyCsvImport } from '@/lib/shortlist/sync';
import { makeReport } from '@/tests/helpers/reports';

let n = 0;
const open: MicroscopeDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
async function seeded() {
  const db = new MicroscopeDb(`csv-rt-${n++}-${Date.now()}`);
  open.push(db);
  await renameDevice(db, 'Chloé');
  for (const handle of ['lea.cuisine', 'marc.velo', 'zoe.run']) {
    await addToShortlist(db, makeReport({ handle, url: `https://www.instagram.com/${handle}/` }), 1_000);
  }
  await editEntries(
    db,
    ['instagram:lea.cuisine'],
    { addTags: ['Beauty', 'R&D; Paris', 'food | drink'], auditFakeShare: 12.34, quotedPrice: 1234.567 },
    1_100,
  );
  await editEntries(
    db,
    ['instagram:marc.velo'],
    { deliverables: '- 1 reel\n- 2 stories', assignee: '@marc' },
    1_200,
  );
  return db;
}

describe('CSV round trip', () => {
  it('re-importing an unedited export changes nothing, in both separators', async () => {
    const db = await seeded();
    for (const options of [{}, { separator: ';' as const, decimalComma: true }]) {
      const entries = await listShortlist(db);
      const result = planCsvImport(shortlistToCsv(entries, options), entries);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.plan.edits.map((e) => [e.handle, e.changes])).toEqual([]);
      expect(result.plan.problems).toEqual([]);
      expect(result.plan.unchanged).toBe(3);
    }
  });

  it('refuses a status cell such as constructor or __proto__ for that row only', async () => {
    const db = await seeded();
    const csv = [
      'platform,handle,status',
      'instagram,lea.cuisine,constructor',
      'instagram,marc.velo,__proto__',
      'instagram,zoe.run,contacted',
    ].join('\r\n');
    const result = planCsvImport(csv, await listShortlist(db));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.plan.problems.map((p) => p.line)).toEqual([2, 3]);
    await applyCsvImport(db, result.plan, 2_000);
    const status = Object.fromEntries((await listShortlist(db)).map((e) => [e.handle, e.status]));
    expect(status).toEqual({ 'lea.cuisine': 'candidate', 'marc.velo': 'candidate', 'zoe.run': 'contacted' });
  });
});

describe('formula guard', () => {
  it('makes inert a formula behind spaces, NBSP, a line break or a BOM, and full-width = and +', async () => {
    const db = await seeded();
    const entry = (await listShortlist(db))[0]!;
    for (const hostile of [
      ' =HYPERLINK("http://x")',
      '\u00a0=1+1',
      '\n=1+1',
      '\r\n+1',
      '\ufeff=1',
      '\uff1dHYPERLINK("http://x")',
      '\uff0b1',
      '\u3000=1',
    ]) {
      const csv = shortlistToCsv([{ ...entry, notes: [{ author: 'a', authorName: 'A', text: hostile }] }], {
        columns: ['notes'],
      });
      expect(parseCsv(csv).rows[0]?.notes, JSON.stringify(hostile)).toBe(`'${hostile}`);
    }
  });
});
