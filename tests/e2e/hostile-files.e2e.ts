/**
 * Hostile and buggy files against the built extension in real Chromium: far-future clocks,
 * times no date can hold, oversized text, foreign addresses, bytes that are not UTF-8, a
 * file that signs notes with the user's own device id, odd CSVs, and a database left by an
 * older version with rows it cannot convert. Every refusal is explained on screen (in
 * English, and in French once the interface is switched), nothing is lost — the raw
 * IndexedDB stores are compared before and after, read with the IndexedDB API — and the
 * dashboard stays up throughout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, type LaunchedExtension, launchExtension } from './harness';

const HOUR = 3_600_000;
const HLC = (wall: number, counter = 0, device = 'device-mallory') =>
  `${String(wall).padStart(15, '0')}-${String(counter).padStart(10, '0')}-${device}`;

function report(handle: string, scoredAt: number) {
  return {
    platform: 'instagram',
    handle,
    url: `https://www.instagram.com/${handle}/`,
    scoredAt,
    campaignId: 'default',
    pageState: 'ok',
    followers: 12_345,
    tier: 'micro',
    engagement: { erMean: 3.5, erMedian: 3.4, minimum: 3, used: [], excluded: [], confidence: 'high' },
    verdict: 'shortlist',
    reasons: [],
    problems: [],
    provenance: { followers: 'json' },
  };
}

type Entry = Record<string, unknown> & {
  fields: Record<string, unknown>;
  history: Record<string, unknown>[];
};

function entry(handle: string, wall: number, device = 'device-mallory'): Entry {
  const hlc = HLC(wall, 0, device);
  return {
    key: `instagram:${handle}`,
    fields: {
      handle: { value: handle, hlc },
      displayName: { value: `Creator ${handle}`, hlc },
      verdict: { value: 'shortlist', hlc },
      addedAt: { value: wall, hlc },
      status: { value: 'candidate', hlc },
    },
    notes: [],
    tags: [],
    history: [report(handle, wall - 1_000)],
    tombstone: null,
  };
}

function syncFile(entries: unknown[], device = 'device-mallory', name = 'Mallory') {
  return JSON.stringify({
    format: 'microscope-shortlist-sync',
    version: 1,
    exportedAt: Date.now() - HOUR,
    exportedBy: { deviceId: device, displayName: name },
    entries,
  });
}

/** A teammate's file with one creator, changed by `patch`. */
function hostile(patch: (e: Entry) => void, handle = 'cleo.one'): string {
  const e = entry(handle, Date.now() - HOUR);
  patch(e);
  return syncFile([e]);
}

/** The raw IndexedDB `microscope` stores, read with the IndexedDB API (not the product's code). */
async function dumpDb(dash: Page): Promise<Record<string, unknown[]>> {
  return dash.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('microscope');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              out[name] = req.result as unknown[];
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The items of stored pages (one per line, JSON after the last tab: lib/shortlist/pages.ts). */
function storedItems(pages: unknown[] | undefined): Record<string, unknown>[] {
  return ((pages ?? []) as Array<{ text: string }>).flatMap((page) =>
    page.text === ''
      ? []
      : page.text.split('\n').map((line) => JSON.parse(line.slice(line.lastIndexOf('\t{') + 1))),
  );
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const count = (dash: Page) => dash.getByTestId('microscope-shortlist-count').getAttribute('data-value');

async function openDashboard(ext: LaunchedExtension, dash: Page): Promise<void> {
  await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
  await until(
    () => count(dash),
    (v) => v !== '' && v !== null,
    'shortlist count',
  );
}

async function openSyncPanel(dash: Page): Promise<void> {
  const panel = dash.getByTestId('microscope-sync-panel');
  if (await panel.isVisible().catch(() => false)) return;
  await dash.getByTestId('microscope-sync-open').click();
  await panel.waitFor({ state: 'visible', timeout: 5_000 });
}

async function closeDrawer(dash: Page): Promise<void> {
  if (
    await dash
      .getByTestId('microscope-sync-panel')
      .isVisible()
      .catch(() => false)
  ) {
    await dash.locator('aside.ms-drawer .ms-drawer-close').click();
    await dash.getByTestId('microscope-sync-panel').waitFor({ state: 'detached' });
  }
}

async function choose(dash: Page, name: string, content: string | Uint8Array, mimeType = 'application/json') {
  await openSyncPanel(dash);
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  await dash.getByTestId('microscope-sync-import-input').setInputFiles({ name, mimeType, buffer });
}

/** Waits for the refusal or the preview of the file just chosen; returns which, and the text. */
async function outcome(dash: Page): Promise<{ kind: 'error' | 'preview'; text: string }> {
  const error = dash.getByTestId('microscope-import-error');
  const preview = dash.getByTestId('microscope-import-preview');
  await until(
    async () => (await error.count()) + (await preview.count()),
    (n) => n > 0,
    'a refusal or a preview',
    30_000,
  );
  if (await error.count()) return { kind: 'error', text: ((await error.textContent()) ?? '').trim() };
  return { kind: 'preview', text: ((await preview.textContent()) ?? '').trim() };
}

async function cancelPreview(dash: Page) {
  await dash
    .getByTestId('microscope-import-preview')
    .getByRole('button', { name: /cancel|annuler/i })
    .click();
}

describe('hostile and buggy files against the built extension', () => {
  let ext: LaunchedExtension;
  let dash: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    dash = await ext.context.newPage();
    await openDashboard(ext, dash);
    // Three creators from a teammate, so that every hostile file has something to break.
    const wall = Date.now() - 2 * HOUR;
    const seed = syncFile(
      ['lea.cuisine', 'marc.velo', 'zoe.run'].map((h) => entry(h, wall, 'device-ben')),
      'device-ben',
      'Ben',
    );
    await choose(dash, 'microscope-sync-ben.json', seed);
    expect((await outcome(dash)).kind).toBe('preview');
    await dash.getByTestId('microscope-import-apply').click();
    await dash.getByTestId('microscope-import-summary').waitFor();
    await closeDrawer(dash);
    await until(
      () => count(dash),
      (v) => v === '3',
      'three creators',
    );
  }, 60_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('refuses every hostile sync file whole, says why, and writes nothing', async () => {
    const MAX = '999999999999999-9999999999-~';
    const corpus: Array<{ label: string; content: string | Uint8Array; why: RegExp }> = [
      {
        label: 'a field clock at the encodable maximum',
        content: hostile((e) => {
          e.fields.status = { value: 'declined', hlc: MAX };
        }, 'lea.cuisine'),
        why: /instagram:lea\.cuisine, fields\.status\).*more than 24 hours ahead/,
      },
      {
        label: 'a maximal tombstone',
        content: hostile((e) => {
          e.tombstone = MAX;
        }, 'marc.velo'),
        why: /tombstone\).*more than 24 hours ahead/,
      },
      {
        label: 'a wall time in the year 9999',
        content: hostile((e) => {
          e.fields.status = { value: 'declined', hlc: HLC(Date.UTC(9999, 0, 1)) };
        }),
        why: /dated 9999-01-01 00:00 UTC .*more than 24 hours ahead/,
      },
      {
        label: 'a clock 25 hours ahead',
        content: hostile((e) => {
          e.fields.status = { value: 'declined', hlc: HLC(Date.now() + 25 * HOUR) };
        }),
        why: /more than 24 hours ahead/,
      },
      {
        label: 'an addedAt no date can hold',
        content: hostile((e) => {
          e.fields.addedAt = { value: 8.64e15 + 1, hlc: HLC(Date.now() - HOUR) };
        }),
        why: /entries\[0\]\.fields\.addedAt\.value: a time outside the years 1970 to 9999/,
      },
      {
        label: 'a report scoredAt no date can hold',
        content: hostile((e) => {
          (e.history[0] as Record<string, unknown>).scoredAt = 8.64e15 + 1;
        }),
        why: /entries\[0\]\.history\[0\]\.scoredAt: a time outside/,
      },
      {
        label: 'a 10 MB display name',
        content: hostile((e) => {
          e.fields.displayName = { value: 'A'.repeat(10_000_000), hlc: HLC(Date.now() - HOUR) };
        }),
        why: /fields\.displayName\.value: longer than 200 characters/,
      },
      {
        label: 'a javascript: profile address',
        content: hostile((e) => {
          e.fields.url = { value: 'javascript:alert(document.domain)', hlc: HLC(Date.now() - HOUR) };
        }),
        why: /fields\.url\.value: not an https address on instagram\.com or tiktok\.com/,
      },
      {
        label: 'a look-alike host',
        content: hostile((e) => {
          e.fields.url = { value: 'https://www.instagram.com.evil.example/x/', hlc: HLC(Date.now() - HOUR) };
        }),
        why: /not an https address on instagram\.com or tiktok\.com/,
      },
      {
        label: 'bytes that are not UTF-8',
        content: Uint8Array.from(
          hostile((e) => {
            e.fields.displayName = { value: 'Chloé', hlc: HLC(Date.now() - HOUR) };
          }),
          (c) => c.charCodeAt(0) & 0xff,
        ),
        why: /not UTF-8 text/,
      },
      {
        label: 'nesting thousands deep',
        content: `{"format":"microscope-shortlist-sync","version":1,"exportedAt":1,"exportedBy":{"deviceId":"x","displayName":"x"},"entries":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
        why: /entries\[0\]: not the expected kind of value/,
      },
    ];
    const before = await dumpDb(dash);
    const failures: string[] = [];
    for (const file of corpus) {
      await choose(dash, 'microscope-sync-mallory.json', file.content);
      const seen = await outcome(dash);
      console.log(`[hostile] ${file.label}: ${seen.kind}: ${seen.text.slice(0, 240)}`);
      if (seen.kind === 'preview') {
        failures.push(`${file.label}: previewed instead of refused`);
        await cancelPreview(dash);
      } else if (!file.why.test(seen.text) || !/Nothing was imported\./.test(seen.text)) {
        failures.push(`${file.label}: ${seen.text}`);
      }
      if (file.label === 'a field clock at the encodable maximum')
        await ext.screenshot(dash, 'hostile-refused-clock');
    }
    expect(failures).toEqual([]);
    expect(await dumpDb(dash)).toEqual(before);
    await closeDrawer(dash);
    expect(await count(dash)).toBe('3');
    expect(await dash.getByTestId('microscope-panel-error').count()).toBe(0);
  }, 120_000);

  it('drops prototype keys of an accepted file and pollutes nothing', async () => {
    const text = hostile((e) => {
      e.fields = { ...e.fields };
      (e as Record<string, unknown>).extra = { polluted: true };
    }, 'nina.proto').replace(
      '"fields":{',
      '"fields":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    await choose(dash, 'microscope-sync-mallory.json', text);
    expect((await outcome(dash)).kind).toBe('preview');
    await dash.getByTestId('microscope-import-apply').click();
    await dash.getByTestId('microscope-import-summary').waitFor();
    const replica = storedItems((await dumpDb(dash)).replicaPages).find(
      (r) => r.key === 'instagram:nina.proto',
    ) as { f: object } | undefined;
    expect(Object.keys(replica?.f ?? {}).sort()).toEqual([
      'addedAt',
      'displayName',
      'handle',
      'status',
      'verdict',
    ]);
    expect(
      await dash.evaluate(() => [
        {} as Record<string, unknown>,
        Object.hasOwn(Object.prototype, 'polluted'),
        ({} as Record<string, unknown>).polluted,
      ]),
    ).toEqual([{}, false, undefined]);
    await dash.getByTestId('microscope-import-undo').click();
    await closeDrawer(dash);
    await until(
      () => count(dash),
      (v) => v === '3',
      'the import undone',
    );
  });

  it('flags, loudly, a file that signs a note with this browser’s own device id', async () => {
    const me = await dash.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('microscope');
          open.onsuccess = () => {
            const req = open.result.transaction('meta').objectStore('meta').get('device');
            req.onsuccess = () => {
              open.result.close();
              resolve((req.result as { value: { id: string } }).value.id);
            };
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const before = await dumpDb(dash);
    await choose(
      dash,
      'microscope-sync-mallory.json',
      hostile((e) => {
        e.notes = [
          { author: me, authorName: 'You', text: 'Agreed to work for free', hlc: HLC(Date.now() - HOUR) },
        ];
      }, 'lea.cuisine'),
    );
    const seen = await outcome(dash);
    expect(seen.kind).toBe('preview');
    const claim = dash.getByTestId('microscope-preview-claims');
    await expect.poll(() => claim.getAttribute('role')).toBe('alert');
    expect(await claim.textContent()).toMatch(/notes signed with your own device id .* @lea\.cuisine/);
    await ext.screenshot(dash, 'hostile-preview-claims-your-note');
    await cancelPreview(dash);
    expect(await dumpDb(dash)).toEqual(before);
  });

  it('takes odd CSVs row by row: prototype-named statuses refused, Windows-1252 read with a notice', async () => {
    const csv = [
      'platform,handle,status,notes',
      'instagram,lea.cuisine,constructor,',
      'instagram,marc.velo,__proto__,',
      'instagram,zoe.run,contacted,Chloé prefers “email”',
    ].join('\r\n');
    // Saved by a Western European Excel: Windows-1252 bytes (é = E9, “ ” = 93 94).
    const cp1252: Record<string, number> = { é: 0xe9, '“': 0x93, '”': 0x94 };
    const bytes = Uint8Array.from(csv, (c) => cp1252[c] ?? c.charCodeAt(0));
    await choose(dash, 'shortlist-excel.csv', bytes, 'text/csv');
    const seen = await outcome(dash);
    expect(seen.kind).toBe('preview');
    expect(await dash.getByTestId('microscope-preview-encoding').textContent()).toMatch(/Windows-1252/);
    expect(await dash.getByTestId('microscope-preview-problems').getAttribute('data-value')).toBe('2');
    expect(seen.text).toMatch(/unknown status “constructor”/);
    expect(seen.text).toMatch(/unknown status “__proto__”/);
    expect(seen.text).toContain('Chloé prefers “email”');
    await ext.screenshot(dash, 'hostile-csv-preview');
    await dash.getByTestId('microscope-import-apply').click();
    await dash.getByTestId('microscope-import-summary').waitFor();
    const rows = storedItems((await dumpDb(dash)).rowPages) as Array<{
      handle: string;
      status: string;
      notes: { text: string }[];
    }>;
    const by = Object.fromEntries(rows.map((r) => [r.handle, r]));
    expect([by['lea.cuisine']?.status, by['marc.velo']?.status, by['zoe.run']?.status]).toEqual([
      'candidate',
      'candidate',
      'contacted',
    ]);
    expect(by['zoe.run']?.notes.map((n) => n.text)).toEqual(['Chloé prefers “email”']);
  });

  it('exports formulas hidden behind NBSP or in full-width as inert text', async () => {
    await closeDrawer(dash);
    await dash
      .locator(
        '[data-testid="microscope-row"][data-handle="lea.cuisine"] [data-testid="microscope-open-detail"]',
      )
      .click();
    const note = dash.getByTestId('microscope-note');
    await note.fill('\u00a0=HYPERLINK("https://evil.example","click")');
    await note.blur();
    await dash.getByTestId('microscope-note-saved').waitFor();
    await dash.getByTestId('microscope-detail-close').click();
    const [download] = await Promise.all([
      dash.waitForEvent('download', { timeout: 15_000 }),
      dash.getByTestId('microscope-export-csv').click(),
    ]);
    const file = join(ARTIFACTS_DIR, 'hostile-export.csv');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`"'\u00a0=HYPERLINK(""https://evil.example"",""click"")"`);
  });

  it('says why in French once the interface is in French', async () => {
    await dash.getByTestId('microscope-language').selectOption('fr');
    await choose(
      dash,
      'microscope-sync-mallory.json',
      hostile((e) => {
        e.fields.url = { value: 'javascript:alert(1)', hlc: HLC(Date.now() - HOUR) };
      }),
    );
    const seen = await outcome(dash);
    console.log(`[hostile] in French: ${seen.text}`);
    expect(seen.text).toMatch(
      /Non importé : Le fichier est endommagé ou a été modifié à la main, à entries\[0\]\.fields\.url\.value : pas une adresse https sur instagram\.com ou tiktok\.com\. Rien n’a été importé\./,
    );
    await ext.screenshot(dash, 'hostile-refused-french');
    await dash.getByTestId('microscope-language').selectOption('en');
  });
});

describe('a database left by an older version with rows it cannot convert', () => {
  let ext: LaunchedExtension;
  afterAll(async () => {
    await ext?.close();
  });

  it('opens, lists the good rows, and says what was kept aside, which can be downloaded unchanged', async () => {
    ext = await launchExtension();
    const page = await ext.context.newPage();
    // The options page does not open the shortlist database: create the v1 one there first.
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const v1 = (handle: string, id = `instagram:${handle}`, addedAt = Date.now() - HOUR) => ({
      id,
      platform: 'instagram',
      handle,
      url: `https://www.instagram.com/${handle}/`,
      followers: 12_345,
      tier: 'micro',
      erMean: 3.5,
      erMedian: 3.4,
      verdict: 'shortlist',
      addedAt,
      updatedAt: addedAt,
      status: 'contacted',
      notes: 'From v1',
      tags: ['food'],
      report: report(handle, addedAt - 1_000),
    });
    const rows = [v1('lea.cuisine'), v1('Upper.Case', 'instagram:Upper.Case'), v1('negative', undefined, -5)];
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          // Dexie stores its version 1 as IndexedDB version 10, with these indexes.
          const open = indexedDB.open('microscope', 10);
          open.onupgradeneeded = () => {
            const store = open.result.createObjectStore('shortlist', { keyPath: 'id' });
            for (const index of ['platform', 'handle', 'tier', 'verdict', 'addedAt', 'status'])
              store.createIndex(index, index);
          };
          open.onsuccess = () => {
            const tx = open.result.transaction('shortlist', 'readwrite');
            for (const row of rows) tx.objectStore('shortlist').put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      rows,
    );
    await openDashboard(ext, page);
    await until(
      () => count(page),
      (v) => v === '1',
      'the good row',
    );
    const notice = page.getByTestId('microscope-quarantine');
    await notice.waitFor();
    expect(await notice.getAttribute('data-value')).toBe('2');
    expect(await notice.textContent()).toMatch(
      /2 creators saved by an older version .* kept aside, unchanged/,
    );
    await ext.screenshot(page, 'hostile-old-database-kept-aside');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }),
      page.getByTestId('microscope-quarantine-download').click(),
    ]);
    const file = join(ARTIFACTS_DIR, 'hostile-kept-aside.json');
    await download.saveAs(file);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { records: { raw: { id: string } }[] };
    expect(kept.records.map((r) => r.raw).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [rows[1], rows[2]].sort((a, b) => String(a?.id).localeCompare(String(b?.id))),
    );
    const [row] = storedItems((await dumpDb(page)).rowPages) as Array<{
      handle: string;
      status: string;
      tags: string[];
    }>;
    expect(row).toMatchObject({ handle: 'lea.cuisine', status: 'contacted', tags: ['food'] });
  });
});
