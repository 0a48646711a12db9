import { describeCsvProblem, english } from '@/lib/i18n';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { shortlistToCsv } from '@/lib/exchange/csv';
import { planCsvImport } from '@/lib/exchange/csv-import';
import { MicroscopeDb } from '@/lib/shortlist/db';
import { addToShortlist, editEntries, listShortlist, renameDevice, setMyNote } from '@/lib/shortlist/repo';
import { applyCsvImport, undoLastImport } from '@/lib/shortlist/sync';
import { makeReport } from '@/tests/helpers/reports';

let n = 0;
const open: MicroscopeDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
async function seeded() {
  const db = new MicroscopeDb(`csv-${n++}-${Date.now()}`);
  open.push(db);
  await renameDevice(db, 'Chloé');
  for (const handle of ['lea.cuisine', 'marc.velo', 'zoe.run']) {
    await addToShortlist(db, makeReport({ handle, url: `https://www.instagram.com/${handle}/` }), 1_000);
  }
  await editEntries(db, ['instagram:marc.velo'], { addTags: ['bike'], assignee: 'Marc' }, 1_100);
  return db;
}

/** Edits a CSV the way a spreadsheet user would: change cells of one row by column name. */
function editCell(csv: string, separator: string, handle: string, column: string, value: string): string {
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const header = lines[0]!.split(separator);
  const col = header.indexOf(column);
  return lines
    .map((line) => {
      const cells = line.split(separator);
      if (cells[1] !== handle) return line;
      cells[col] = value;
      return cells.join(separator);
    })
    .join('\r\n');
}

describe('CSV re-import', () => {
  it('merges a teammate’s spreadsheet edits (status, tags, notes, assignee, price) matched by platform and handle', async () => {
    const db = await seeded();
    const columns = [
      'platform',
      'handle',
      'status',
      'tags',
      'notes',
      'assignee',
      'quoted_price',
      'followers',
    ] as const;
    let csv = shortlistToCsv(await listShortlist(db), { separator: ';', decimalComma: true, columns });
    csv = editCell(csv, ';', 'lea.cuisine', 'status', 'contacted');
    csv = editCell(csv, ';', 'lea.cuisine', 'quoted_price', '450,50');
    csv = editCell(csv, ';', 'lea.cuisine', 'notes', 'Prefers email');
    csv = editCell(csv, ';', 'marc.velo', 'tags', 'bike, paris');
    csv = editCell(csv, ';', 'marc.velo', 'assignee', '');
    csv = editCell(csv, ';', 'zoe.run', 'followers', '999999'); // a reading, not an edit: ignored
    // Reorder rows and drop one: order does not matter and a missing row is not a deletion.
    const [head, ...rows] = csv.split('\r\n');
    csv = [head, ...rows.filter((r) => !r.includes('zoe.run')).reverse()].join('\r\n');

    const result = planCsvImport(csv, await listShortlist(db));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.plan.edits.map((e) => e.handle).sort()).toEqual(['lea.cuisine', 'marc.velo']);
    expect(result.plan.unknownRows).toEqual([]);
    await applyCsvImport(db, result.plan, 2_000);

    const rows2 = Object.fromEntries((await listShortlist(db)).map((e) => [e.handle, e]));
    expect(rows2['lea.cuisine']).toMatchObject({ status: 'contacted', quotedPrice: 450.5 });
    expect(rows2['lea.cuisine']?.notes).toEqual([
      expect.objectContaining({ authorName: 'Chloé', text: 'Prefers email' }),
    ]);
    expect(rows2['marc.velo']).toMatchObject({ tags: ['bike', 'paris'] });
    expect(rows2['marc.velo']?.assignee).toBeUndefined();
    expect(rows2['zoe.run']?.followers).toBe(12_345);
  });

  it('reports unknown columns, unknown creators and unreadable cells instead of dropping them silently', async () => {
    const db = await seeded();
    const csv = [
      '\uFEFFplatform,handle,status,budget_code,quoted_price',
      'instagram,lea.cuisine,contacted,X1,100',
      'instagram,nobody.here,contacted,X2,',
      'instagram,marc.velo,on holiday,X3,',
      'instagram,zoe.run,candidate,X4,abc',
    ].join('\r\n');
    const result = planCsvImport(csv, await listShortlist(db));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.plan.unknownColumns).toEqual(['budget_code']);
    expect(result.plan.unknownRows).toEqual([{ line: 3, platform: 'instagram', handle: 'nobody.here' }]);
    expect(result.plan.problems.map((p) => p.line)).toEqual([4, 5]);
    expect(describeCsvProblem(result.plan.problems[0]!, english)).toMatch(/unknown status “on holiday”/);
    expect(result.plan.edits.map((e) => e.handle)).toEqual(['lea.cuisine']);
  });

  it('refuses a CSV without platform and handle columns, and an empty file', async () => {
    const db = await seeded();
    expect(planCsvImport('name,email\nx,y', await listShortlist(db))).toMatchObject({ ok: false });
    expect(planCsvImport('', await listShortlist(db))).toMatchObject({
      ok: false,
      error: { code: 'csv-empty' },
    });
  });

  it('keeps teammates’ notes when the importer edits the shared notes cell, and undo restores everything', async () => {
    const db = await seeded();
    const before = await listShortlist(db);
    await setMyNote(db, 'instagram:lea.cuisine', 'first', 1_500);
    const result = planCsvImport(
      'platform,handle,notes,status\r\ninstagram,lea.cuisine,"second thought",published\r\n',
      await listShortlist(db),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    await applyCsvImport(db, result.plan, 2_000);
    const lea = (await listShortlist(db)).find((e) => e.handle === 'lea.cuisine');
    expect(lea?.notes.map((x) => x.text)).toEqual(['second thought']);
    expect(lea?.status).toBe('published');
    await undoLastImport(db, 2_100);
    const again = (await listShortlist(db)).find((e) => e.handle === 'lea.cuisine');
    expect(again?.status).toBe(before.find((e) => e.handle === 'lea.cuisine')?.status);
    expect(again?.notes.map((x) => x.text)).toEqual(['first']);
  });
});

describe('CSV re-import reads prices as a spreadsheet wrote them', () => {
  it('takes "1.200,50" (French Excel), "1,200.50" and "€ 450" as numbers, and refuses "abc"', async () => {
    const db = await seeded();
    const csv = [
      'platform;handle;quoted_price',
      'instagram;lea.cuisine;1.200,50',
      'instagram;marc.velo;"1,200.50"',
      'instagram;zoe.run;€ 450',
    ].join('\r\n');
    const result = planCsvImport(csv, await listShortlist(db));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const price = (handle: string) => result.plan.edits.find((e) => e.handle === handle)?.fields.quotedPrice;
    expect([price('lea.cuisine'), price('marc.velo'), price('zoe.run')]).toEqual([1200.5, 1200.5, 450]);
    const bad = planCsvImport(
      'platform,handle,quoted_price\r\ninstagram,lea.cuisine,abc\r\n',
      await listShortlist(db),
    );
    expect(bad.ok && describeCsvProblem(bad.plan.problems[0]!, english)).toMatch(
      /quoted_price “abc” is not a valid number/,
    );
  });
});
