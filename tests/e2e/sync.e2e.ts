/**
 * Team sync by file, in real Chromium with two (and more) browser profiles, each its own
 * launched extension and fixture server: the dashboard's Team sync drawer exports a sync
 * file (lib/exchange/SYNC-FORMAT.md), imports another with a preview, applies it, undoes it,
 * refuses malformed files whole, and syncs through a shared file (the origin private file
 * system stands in for the shared drive: the native picker cannot be driven headless).
 *
 * Scenario (same for both exchange orders, each on a fresh pair of profiles):
 *   A ("Ana") shortlists lea.cuisine, tom.trails, nina.moves; B ("Ben") shortlists
 *   lea.cuisine, camille.mode, nina.moves (overlap: lea.cuisine and nina.moves).
 *   Then, in this wall-clock order: A sets lea.cuisine to "contacted", tags it "food", writes
 *   the note "Great recipes", tags nina.moves "dance"; B sets lea.cuisine to "brief-sent",
 *   tags it "paris", writes the note "Asked for rates", removes nina.moves.
 *   Expected after both imports, on both (merge rules of SYNC-FORMAT.md):
 *   - lea.cuisine: status brief-sent (B's edit is later: last writer wins), tags food + paris
 *     (per-tag registers), notes by Ana and by Ben side by side (one register per author);
 *   - tom.trails (only A) and camille.mode (only B) on both;
 *   - nina.moves gone on both: B's removal is later than A's tag edit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unpackReplica } from '../../lib/exchange/packed-replica';
import { applyLocalEdit } from '../../lib/exchange/replica';
import type { Replica } from '../../lib/exchange/replica-schema';
import { createSyncFile, serializeSyncLines } from '../../lib/exchange/sync-file';
import { syntheticReplicas } from '../helpers/seed';
import {
  ARTIFACTS_DIR,
  card,
  type LaunchedExtension,
  launchExtension,
  openProfile,
  ROOT,
  scoreProfile,
} from './harness';
import { seedShortlist } from './seed-shortlist';

const LEA = 'https://www.instagram.com/lea.cuisine/';
const TOM = 'https://www.instagram.com/tom.trails/';
const CAMILLE = 'https://www.instagram.com/camille.mode/';
const NINA = 'https://www.tiktok.com/@nina.moves';

/** Polls `read` until `ok` holds (usable in hooks, where expect.poll is not). */
async function until<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Device {
  name: string;
  ext: LaunchedExtension;
  dash: Page;
}

/** Replaces the native folder picker with the folder `team` in this origin's private file system. */
function installOpfsPicker(): void {
  Object.assign(window, {
    showDirectoryPicker: async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('team', { create: true }),
  });
}

async function launchDevice(name: string): Promise<Device> {
  const ext = await launchExtension();
  const dash = await ext.context.newPage();
  await dash.addInitScript(installOpfsPicker);
  return { name, ext, dash };
}

async function shortlist(device: Device, urls: string[]): Promise<void> {
  const page = await device.ext.context.newPage();
  for (const url of urls) {
    await openProfile(page, url);
    const handle = new URL(url).pathname.replace(/^\/@?/, '').replace(/\/$/, '');
    await scoreProfile(page, handle);
    const add = card(page).getByTestId('microscope-add');
    await add.click();
    await until(
      () => add.getAttribute('data-value'),
      (v) => v === 'added',
      `${handle} added`,
    );
  }
  await page.close();
}

async function openDashboard(device: Device): Promise<Page> {
  const { dash, ext } = device;
  await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
  await dash.getByTestId('microscope-shortlist-count').waitFor();
  await until(
    () => dash.getByTestId('microscope-shortlist-count').getAttribute('data-value'),
    (v) => v !== '' && v !== null,
    'shortlist count',
  );
  return dash;
}

async function openSyncPanel(dash: Page): Promise<void> {
  const panel = dash.getByTestId('microscope-sync-panel');
  if (await panel.isVisible().catch(() => false)) return;
  await dash.getByTestId('microscope-sync-open').click();
  await panel.waitFor({ state: 'visible', timeout: 5_000 });
}

async function setDeviceName(dash: Page, name: string): Promise<void> {
  await openSyncPanel(dash);
  const input = dash.getByTestId('microscope-device-name');
  await input.fill(name);
  await input.blur();
  await dash.waitForTimeout(200);
}

interface Exported {
  name: string;
  /** The file as downloaded: version 2, gzip. */
  bytes: Buffer;
  /** Its text once unpacked: a header line, then one entry per line. */
  text: string;
}

async function exportFile(dash: Page, label: string): Promise<Exported> {
  await openSyncPanel(dash);
  const [download] = await Promise.all([
    dash.waitForEvent('download', { timeout: 15_000 }),
    dash.getByTestId('microscope-sync-export').click(),
  ]);
  const name = download.suggestedFilename();
  expect(name).toMatch(/^microscope-sync-.*\.jsonl\.gz$/);
  const path = join(ARTIFACTS_DIR, `${label}-${name}`);
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
  return { name, bytes, text: gunzipSync(bytes).toString('utf8') };
}

/** A version 2 file's text as one JSON document (the shape hand-written files use), to edit in tests. */
function documentOf(text: string): {
  entries: Array<Record<string, unknown> & { key: string; fields: Record<string, unknown> }>;
  [key: string]: unknown;
} {
  const [header, ...lines] = text.trim().split('\n');
  const { count: _count, ...rest } = JSON.parse(header as string);
  // Entries are packed (one table of clock values each): unpacked to the plain shape to edit.
  return { ...rest, entries: lines.map((line) => unpackReplica(JSON.parse(line))) as never };
}

interface PreviewCounts {
  added: number;
  updated: number;
  removed: number;
}

async function chooseFile(
  dash: Page,
  name: string,
  content: string | Buffer,
  mimeType = 'application/json',
): Promise<void> {
  await openSyncPanel(dash);
  await dash.getByTestId('microscope-sync-import-input').setInputFiles({
    name,
    mimeType,
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

async function previewOf(dash: Page, timeout = 10_000): Promise<PreviewCounts> {
  const preview = dash.getByTestId('microscope-import-preview');
  await preview.waitFor({ state: 'visible', timeout });
  const n = async (id: string) => Number(await preview.getByTestId(id).getAttribute('data-value'));
  return {
    added: await n('microscope-preview-added'),
    updated: await n('microscope-preview-updated'),
    removed: await n('microscope-preview-removed'),
  };
}

async function applyImport(dash: Page, timeout = 15_000): Promise<string> {
  await dash.getByTestId('microscope-import-apply').click();
  const summary = dash.getByTestId('microscope-import-summary');
  await summary.waitFor({ state: 'visible', timeout });
  return (await summary.textContent()) ?? '';
}

async function importFile(
  dash: Page,
  file: { name: string; text: string; bytes?: Buffer },
): Promise<PreviewCounts> {
  await chooseFile(dash, file.name, file.bytes ?? file.text);
  const counts = await previewOf(dash);
  await applyImport(dash);
  return counts;
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
              // FileSystemHandles (the shared file) do not survive evaluate: keep their name only.
              out[name] = (req.result as unknown[]).map((v) =>
                v && typeof v === 'object' && 'value' in v && v.value instanceof FileSystemHandle
                  ? { ...v, value: `FileSystemHandle:${(v.value as FileSystemHandle).name}` }
                  : v,
              );
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

interface RowView {
  id: string;
  handle: string;
  status: string;
  tags: string[];
  notes: string[];
  followers?: number;
  verdict: string;
  scoreCount: number;
}

/** Lines of the stored pages (lib/shortlist/pages.ts: `key \t … \t json`), as JSON values. */
function pageItems(records: unknown[]): Record<string, unknown>[] {
  return (records as Array<{ text: string }>).flatMap((page) =>
    page.text === ''
      ? []
      : page.text.split('\n').map((line) => JSON.parse(line.slice(line.lastIndexOf('\t{') + 1))),
  );
}

/** The shortlist as the team sees it: one line per creator, fields that sync (device-independent). */
function shortlistView(dump: Record<string, unknown[]>): RowView[] {
  return pageItems(dump.rowPages ?? [])
    .map((e) => ({
      id: String(e.id),
      handle: String(e.handle),
      status: String(e.status),
      tags: [...((e.tags as string[]) ?? [])].sort(),
      notes: ((e.notes as Array<{ authorName: string; text: string }>) ?? [])
        .map((n) => `${n.authorName}: ${n.text}`)
        .sort(),
      followers: e.followers as number | undefined,
      verdict: String(e.verdict),
      scoreCount: Number(e.scoreCount),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The rows the dashboard renders: attributes and visible text. */
async function rowsOf(
  dash: Page,
): Promise<Array<{ id: string; handle: string; platform: string; text: string }>> {
  const rows = await dash.getByTestId('microscope-row').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-id') ?? '',
      handle: el.getAttribute('data-handle') ?? '',
      platform: el.getAttribute('data-platform') ?? '',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

async function count(dash: Page): Promise<string | null> {
  return dash.getByTestId('microscope-shortlist-count').getAttribute('data-value');
}

async function closeDrawer(dash: Page): Promise<void> {
  // The drawer covers the Team sync toggle: close it with its own × button.
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

async function openDetail(dash: Page, handle: string): Promise<void> {
  await closeDrawer(dash);
  await dash
    .locator(`[data-testid="microscope-row"][data-handle="${handle}"] [data-testid="microscope-open-detail"]`)
    .click();
  await dash.getByTestId('microscope-pipeline').waitFor({ state: 'visible', timeout: 5_000 });
}

async function closeDetail(dash: Page): Promise<void> {
  const close = dash.getByTestId('microscope-detail-close');
  if (await close.isVisible().catch(() => false)) await close.click();
}

async function setStatus(dash: Page, handle: string, status: string): Promise<void> {
  await openDetail(dash, handle);
  await dash.getByTestId(`microscope-status-${status}`).click();
  await until(
    () => dash.getByTestId('microscope-pipeline').getAttribute('data-value'),
    (v) => v === status,
    `status ${status}`,
  );
  await closeDetail(dash);
}

async function addTag(dash: Page, handle: string, tag: string): Promise<void> {
  await openDetail(dash, handle);
  await dash.getByTestId('microscope-tag-input').fill(tag);
  await dash.getByTestId('microscope-tag-add').click();
  await dash.locator(`[data-testid="microscope-tags"] .ms-tag[data-value="${tag}"]`).waitFor();
  await closeDetail(dash);
}

async function writeNote(dash: Page, handle: string, text: string): Promise<void> {
  await openDetail(dash, handle);
  const note = dash.getByTestId('microscope-note');
  await note.fill(text);
  await note.blur();
  await dash.getByTestId('microscope-note-saved').waitFor({ timeout: 5_000 });
  await closeDetail(dash);
}

async function removeRow(dash: Page, handle: string): Promise<void> {
  await closeDrawer(dash);
  await dash
    .locator(`[data-testid="microscope-row"][data-handle="${handle}"] [data-testid="microscope-select-row"]`)
    .check();
  await dash.getByTestId('microscope-bulk-remove').click();
  await until(
    () => dash.locator(`[data-testid="microscope-row"][data-handle="${handle}"]`).count(),
    (n) => n === 0,
    `${handle} removed`,
  );
}

/** Both profiles shortlist their creators and make the concurrent edits of the scenario. */
async function setUpPair(): Promise<[Device, Device]> {
  const a = await launchDevice('Ana');
  const b = await launchDevice('Ben');
  await shortlist(a, [LEA, TOM, NINA]);
  await shortlist(b, [LEA, CAMILLE, NINA]);
  for (const d of [a, b]) {
    await openDashboard(d);
    await setDeviceName(d.dash, d.name);
    await closeDrawer(d.dash);
  }
  await setStatus(a.dash, 'lea.cuisine', 'contacted');
  await addTag(a.dash, 'lea.cuisine', 'food');
  await writeNote(a.dash, 'lea.cuisine', 'Great recipes');
  await addTag(a.dash, 'nina.moves', 'dance');
  await setStatus(b.dash, 'lea.cuisine', 'brief-sent');
  await addTag(b.dash, 'lea.cuisine', 'paris');
  await writeNote(b.dash, 'lea.cuisine', 'Asked for rates');
  await removeRow(b.dash, 'nina.moves');
  return [a, b];
}

function expectScenarioResult(view: RowView[]): void {
  expect(view.map((r) => r.id)).toEqual([
    'instagram:camille.mode',
    'instagram:lea.cuisine',
    'instagram:tom.trails',
  ]);
  const lea = view.find((r) => r.id === 'instagram:lea.cuisine');
  expect(lea).toMatchObject({
    status: 'brief-sent',
    tags: ['food', 'paris'],
    notes: ['Ana: Great recipes', 'Ben: Asked for rates'],
    followers: 12345,
  });
}

async function expectConverged(a: Device, b: Device): Promise<void> {
  const [da, db] = [await dumpDb(a.dash), await dumpDb(b.dash)];
  const [va, vb] = [shortlistView(da), shortlistView(db)];
  expect(va).toEqual(vb);
  expectScenarioResult(va);
  // The replicated state itself (every register and its clock) is the same on both.
  const replicas = (d: Record<string, unknown[]>) =>
    JSON.stringify(
      (pageItems(d.replicaPages ?? []) as Array<{ key: string }>).sort((x, y) => x.key.localeCompare(y.key)),
    );
  expect(replicas(da)).toBe(replicas(db));
  // And the dashboards show the same rows with the same values.
  await closeDrawer(a.dash);
  await closeDrawer(b.dash);
  await expect.poll(() => count(a.dash)).toBe('3');
  await expect.poll(() => count(b.dash)).toBe('3');
  const strip = (rows: Awaited<ReturnType<typeof rowsOf>>) =>
    rows.map(({ text, ...rest }) => ({ ...rest, text }));
  expect(strip(await rowsOf(a.dash))).toEqual(strip(await rowsOf(b.dash)));
}

const HLC = (wall: number, counter: number, device: string) =>
  `${String(wall).padStart(15, '0')}-${String(counter).padStart(10, '0')}-${device}`;

/** A small score report in the ScoreReport shape (lib/model/report.ts), for generated entries. */
function report(handle: string, followers: number, scoredAt: number) {
  return {
    platform: 'instagram',
    handle,
    url: `https://www.instagram.com/${handle}/`,
    scoredAt,
    campaignId: 'default',
    pageState: 'ok',
    followers,
    tier: 'micro',
    engagement: { erMean: 3.5, erMedian: 3.4, minimum: 3, used: [], excluded: [], confidence: 'high' },
    verdict: 'shortlist',
    reasons: [],
    problems: [],
    provenance: { followers: 'json' },
  };
}

/** One v1 sync entry (SYNC-FORMAT.md) for an Instagram creator, every field edited at `wall`. */
function entry(handle: string, i: number, wall: number, device: string, status: string) {
  const hlc = HLC(wall, 0, device);
  const followers = 10_000 + i;
  return {
    key: `instagram:${handle}`,
    fields: {
      handle: { value: handle, hlc },
      followers: { value: followers, hlc },
      tier: { value: 'micro', hlc },
      erMean: { value: 3.5, hlc },
      erMedian: { value: 3.4, hlc },
      verdict: { value: 'shortlist', hlc },
      addedAt: { value: wall, hlc },
      status: { value: status, hlc },
    },
    notes: [],
    tags: [{ tag: 'generated', present: true, hlc }],
    history: [report(handle, followers, wall - 1000)],
    tombstone: null,
  };
}

function syncFile(device: string, name: string, wall: number, entries: unknown[]) {
  return JSON.stringify({
    format: 'microscope-shortlist-sync',
    version: 1,
    exportedAt: wall,
    exportedBy: { deviceId: device, displayName: name },
    entries,
  });
}

describe('team sync by file between two browser profiles', () => {
  describe('A imports B, then B imports A’s new file', () => {
    let a: Device;
    let b: Device;
    beforeAll(async () => {
      [a, b] = await setUpPair();
    }, 180_000);
    afterAll(async () => {
      await a?.ext.close();
      await b?.ext.close();
    });

    it('both profiles made their edits concurrently', async () => {
      const va = shortlistView(await dumpDb(a.dash));
      const vb = shortlistView(await dumpDb(b.dash));
      expect(va.map((r) => r.id)).toEqual([
        'instagram:lea.cuisine',
        'instagram:tom.trails',
        'tiktok:nina.moves',
      ]);
      expect(vb.map((r) => r.id)).toEqual(['instagram:camille.mode', 'instagram:lea.cuisine']);
      expect(va.find((r) => r.handle === 'lea.cuisine')?.status).toBe('contacted');
      expect(vb.find((r) => r.handle === 'lea.cuisine')?.status).toBe('brief-sent');
    });

    it('A previews and applies B’s file: +camille, lea updated, nina removed', async () => {
      const fromB = await exportFile(b.dash, 'pair1-b');
      await openSyncPanel(a.dash);
      await chooseFile(a.dash, fromB.name, fromB.bytes);
      const preview = await previewOf(a.dash);
      await a.ext.screenshot(a.dash, 'sync-import-preview');
      expect(preview).toEqual({ added: 1, updated: 1, removed: 1 });
      await applyImport(a.dash);
    });

    it('B applies A’s new file: +tom, lea updated; both end identical', async () => {
      const fromA = await exportFile(a.dash, 'pair1-a');
      const preview = await importFile(b.dash, fromA);
      expect(preview.added).toBe(1);
      expect(preview.removed).toBe(0);
      expect(preview.updated).toBeGreaterThanOrEqual(1);
      await expectConverged(a, b);
      await a.ext.screenshot(a.dash, 'sync-dashboard-after-exchange');
    });

    it('importing the same file again changes nothing (idempotent)', async () => {
      const before = await dumpDb(b.dash);
      const fromA = await exportFile(a.dash, 'pair1-a-again');
      const preview = await importFile(b.dash, fromA);
      expect(preview).toEqual({ added: 0, updated: 0, removed: 0 });
      expect(shortlistView(await dumpDb(b.dash))).toEqual(shortlistView(before));
    });

    it('refuses every malformed file with a message and leaves the shortlist untouched', async () => {
      const dash = a.dash;
      await openSyncPanel(dash);
      const exported = await exportFile(dash, 'pair1-a-corpus');
      const valid = JSON.stringify(documentOf(exported.text));
      const corpus: Array<{ label: string; name: string; text: string | Buffer; mime?: string }> = [
        { label: 'not JSON', name: 'team.json', text: 'hello, this is not JSON {' },
        { label: 'empty', name: 'team.json', text: '' },
        { label: 'white space only', name: 'team.json', text: '  \n\t ' },
        {
          label: 'another format',
          name: 'creators.json',
          text: JSON.stringify({ creators: [{ handle: 'lea.cuisine', followers: 12345 }] }),
        },
        {
          label: 'another format with a format field',
          name: 'export.json',
          text: JSON.stringify({ format: 'heepsy-export', version: 1, entries: [] }),
        },
        {
          label: 'newer version',
          name: 'team.json',
          text: JSON.stringify({ ...JSON.parse(valid), version: 3 }),
        },
        {
          label: 'a compressed file cut short (still syncing)',
          name: exported.name,
          text: exported.bytes.subarray(0, Math.floor(exported.bytes.length / 2)),
          mime: 'application/gzip',
        },
        {
          label: 'a version 2 file missing entries it announces',
          name: 'team.jsonl',
          text: exported.text.split('\n').slice(0, 2).join('\n'),
        },
        {
          label: 'CSV with no handle column',
          name: 'shortlist.csv',
          text: 'name,followers,status\nLéa,12345,contacted\nTom,25000,declined\n',
          mime: 'text/csv',
        },
        { label: 'truncated', name: 'team.json', text: valid.slice(0, Math.floor(valid.length / 2)) },
        {
          label: 'invalid value',
          name: 'team.json',
          text: valid.replace('"brief-sent"', '"signed-in-blood"'),
        },
      ];
      const before = await dumpDb(dash);
      const beforeCount = await count(dash);
      const beforeRows = await rowsOf(dash);
      const failures: string[] = [];
      for (const file of corpus) {
        await chooseFile(dash, file.name, file.text, file.mime);
        const error = dash.getByTestId('microscope-import-error');
        const preview = dash.getByTestId('microscope-import-preview');
        await expect
          .poll(async () => (await error.count()) + (await preview.count()), { timeout: 5_000 })
          .toBeGreaterThan(0);
        if (await preview.count()) {
          failures.push(`${file.label}: shown as an import preview instead of refused`);
          await dash.getByRole('button', { name: /cancel|annuler/i }).click();
          continue;
        }
        const message = ((await error.textContent()) ?? '').trim();
        console.log(`[sync] refused ${file.label}: ${message}`);
        if (message.length < 10) failures.push(`${file.label}: no message`);
        if (file.label === 'truncated') await a.ext.screenshot(dash, 'sync-import-refused-truncated');
      }
      expect(failures).toEqual([]);
      expect(await count(dash)).toBe(beforeCount);
      expect(await rowsOf(dash)).toEqual(beforeRows);
      expect(await dumpDb(dash)).toEqual(before);
    });

    it('Undo last import puts the previous rows back', async () => {
      const dash = a.dash;
      const before = await dumpDb(dash);
      const beforeRows = await rowsOf(dash);
      const wall = Date.now() + 1000;
      // Two new creators and a later status on lea.cuisine from a third device.
      const lea = documentOf((await exportFile(dash, 'pair1-a-undo')).text).entries.find(
        (e) => e.key === 'instagram:lea.cuisine',
      ) as { fields: Record<string, unknown> };
      lea.fields.status = { value: 'declined', hlc: HLC(wall, 0, 'device-cleo') };
      const seed = syncFile('device-cleo', 'Cleo', wall, [
        entry('cleo.one', 1, wall, 'device-cleo', 'candidate'),
        entry('cleo.two', 2, wall, 'device-cleo', 'candidate'),
        lea,
      ]);
      const preview = await importFile(dash, { name: 'microscope-sync-Cleo.json', text: seed });
      expect(preview).toEqual({ added: 2, updated: 1, removed: 0 });
      await expect.poll(() => count(dash)).toBe('5');
      expect(shortlistView(await dumpDb(dash)).find((r) => r.handle === 'lea.cuisine')?.status).toBe(
        'declined',
      );
      await openSyncPanel(dash);
      await dash.getByTestId('microscope-import-undo').click();
      await expect.poll(() => count(dash), { timeout: 10_000 }).toBe('3');
      expect(shortlistView(await dumpDb(dash))).toEqual(shortlistView(before));
      await closeDrawer(dash);
      expect(await rowsOf(dash)).toEqual(beforeRows);
    });

    it('a team folder (OPFS as the shared drive): each writes only its own file, Sync now on both converges', async () => {
      // New edits on each side after the last exchange.
      await setStatus(a.dash, 'tom.trails', 'contacted');
      await addTag(b.dash, 'camille.mode', 'vintage');

      type TeamFile = { name: string; bytes: number[]; lastModified: number };
      const folderFiles = (dash: Page) =>
        dash.evaluate(async () => {
          const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('team', {
            create: true,
          });
          const out: { name: string; bytes: number[]; lastModified: number }[] = [];
          for await (const handle of (
            dir as unknown as { values(): AsyncIterable<FileSystemFileHandle> }
          ).values()) {
            const file = await handle.getFile();
            out.push({
              name: handle.name,
              bytes: [...new Uint8Array(await file.arrayBuffer())],
              lastModified: file.lastModified,
            });
          }
          return out.sort((x, y) => x.name.localeCompare(y.name));
        });
      // The drive copies a file from one computer's folder to the other's.
      const copyTo = (dash: Page, file: TeamFile) =>
        dash.evaluate(async ({ name, bytes }) => {
          const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('team', {
            create: true,
          });
          const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
          await w.write(new Uint8Array(bytes));
          await w.close();
        }, file);
      const syncNow = async (dash: Page): Promise<boolean> => {
        await openSyncPanel(dash);
        const connect = dash.getByTestId('microscope-sync-connect');
        if (await connect.isVisible().catch(() => false)) await connect.click();
        const now = dash.getByTestId('microscope-sync-now');
        await now.waitFor({ state: 'visible', timeout: 5_000 });
        // The notice of an earlier sync stays on screen: the end of this one is its own file's rewrite.
        const deviceId = String(
          ((await dumpDb(dash)).meta as Array<{ key: string; value: { id?: string } }>).find(
            (m) => m.key === 'device',
          )?.value.id,
        );
        const ownName = `microscope-team-${deviceId}.jsonl.gz`;
        const own = async () => (await folderFiles(dash)).find((f) => f.name === ownName)?.lastModified ?? 0;
        const before = await own();
        const others = (await folderFiles(dash)).map((f) => `${f.name}:${f.lastModified}`);
        await dash.waitForTimeout(20);
        await now.click();
        const summary = dash.getByTestId('microscope-import-summary');
        const error = dash.getByTestId('microscope-import-error');
        // Sync now checks the teammates' files like a manual import: when they would change this
        // shortlist, the same preview is shown first, and nothing is written until Import.
        const preview = dash.locator('[data-testid="microscope-import-preview"][data-kind="shared"]');
        let previewed = false;
        await expect
          .poll(
            async () => {
              if ((await error.count()) > 0) return true;
              if (!previewed && (await preview.count()) > 0) {
                previewed = true;
                expect(await own()).toBe(before);
                console.log(`[sync] Sync now preview: ${(await preview.textContent())?.slice(0, 160)}`);
                await preview.getByTestId('microscope-import-apply').click();
              }
              return (await own()) > before && (await now.isEnabled());
            },
            { timeout: 10_000 },
          )
          .toBe(true);
        if (await error.count()) throw new Error(`Sync now failed: ${await error.textContent()}`);
        console.log(`[sync] Sync now: ${await summary.textContent()}`);
        // Only this device's own file was written; the teammates' files are as they were.
        for (const f of await folderFiles(dash))
          if (f.name !== ownName) expect(others).toContain(`${f.name}:${f.lastModified}`);
        return previewed;
      };

      // A's first sync: no teammate file yet, nothing to preview; A's own file appears.
      expect(await syncNow(a.dash)).toBe(false);
      const [fromA] = await folderFiles(a.dash);
      expect(fromA?.name).toMatch(/^microscope-team-.+\.jsonl\.gz$/);
      expect(
        JSON.parse(
          gunzipSync(Buffer.from(fromA?.bytes ?? []))
            .toString()
            .split('\n')[0] ?? '',
        ),
      ).toMatchObject({
        format: 'microscope-shortlist-sync',
        version: 2,
      });
      await copyTo(b.dash, fromA as TeamFile);
      // B's sync merges A's file (previewed, then applied) and writes B's own file beside it.
      expect(await syncNow(b.dash)).toBe(true);
      const filesB = await folderFiles(b.dash);
      expect(filesB).toHaveLength(2);
      for (const f of filesB) if (f.name !== fromA?.name) await copyTo(a.dash, f);
      // The drive also left a copy of A's own file in conflict, and half of a file still downloading.
      await copyTo(a.dash, {
        ...(fromA as TeamFile),
        name: (fromA?.name ?? '').replace('.jsonl.gz', ' (1).jsonl.gz'),
      });
      const half = filesB.find((f) => f.name !== fromA?.name) as TeamFile;
      await copyTo(a.dash, {
        ...half,
        name: 'microscope-team-still-syncing.jsonl.gz',
        bytes: half.bytes.slice(0, Math.floor(half.bytes.length / 2)),
      });
      expect(await syncNow(a.dash)).toBe(true);
      expect(await a.dash.getByTestId('microscope-import-summary').textContent()).toMatch(
        /microscope-team-still-syncing\.jsonl\.gz was left out: .*still being copied or synced/,
      );

      const va = shortlistView(await dumpDb(a.dash));
      const vb = shortlistView(await dumpDb(b.dash));
      expect(va).toEqual(vb);
      expect(va.find((r) => r.handle === 'tom.trails')?.status).toBe('contacted');
      expect(va.find((r) => r.handle === 'camille.mode')?.tags).toContain('vintage');
      expect(va.map((r) => r.id)).toEqual([
        'instagram:camille.mode',
        'instagram:lea.cuisine',
        'instagram:tom.trails',
      ]);
    });
  });

  describe('the reverse order on a fresh pair: B imports A, then A imports B’s new file', () => {
    let a: Device;
    let b: Device;
    beforeAll(async () => {
      [a, b] = await setUpPair();
    }, 180_000);
    afterAll(async () => {
      await a?.ext.close();
      await b?.ext.close();
    });

    it('B applies A’s file, then A applies B’s new file; both end identical', async () => {
      const fromA = await exportFile(a.dash, 'pair2-a');
      const p1 = await importFile(b.dash, fromA);
      expect(p1.added).toBe(1); // tom.trails
      expect(p1.removed).toBe(0);
      const fromB = await exportFile(b.dash, 'pair2-b');
      const p2 = await importFile(a.dash, fromB);
      expect(p2).toEqual({ added: 1, updated: 1, removed: 1 }); // +camille, lea, −nina
      await expectConverged(a, b);
    });
  });

  describe('10,000 creators', () => {
    let d: Device;
    beforeAll(async () => {
      d = await launchDevice('Perf');
      await openDashboard(d);
    });
    afterAll(async () => {
      await d?.ext.close();
    });

    it('imports and merges a 10,000-entry file into a 10,000-entry shortlist in ≤ 3 s', async () => {
      const N = 10_000;
      const name = (i: number) => `perf_${String(i).padStart(5, '0')}`;
      const t0 = Date.now() - 3_600_000;
      const seed = syncFile(
        'device-seed',
        'Seed',
        t0,
        Array.from({ length: N }, (_, i) => entry(name(i), i, t0, 'device-seed', 'candidate')),
      );
      const dash = d.dash;
      const seedStart = Date.now();
      await chooseFile(dash, 'microscope-sync-seed.json', seed);
      expect(await previewOf(dash, 60_000)).toEqual({ added: N, updated: 0, removed: 0 });
      await applyImport(dash, 120_000);
      console.log(`[sync] seeding 10,000 creators (preview + apply): ${Date.now() - seedStart} ms`);
      await closeDrawer(dash);
      await expect.poll(() => count(dash), { timeout: 30_000 }).toBe(String(N));

      // Half overlapping (perf_05000–perf_09999, status changed later), half new (perf_10000–perf_14999).
      // The team's file written at `at`: every creator in it edited then.
      const teamFile = (at: number) =>
        syncFile(
          'device-team',
          'Team',
          at,
          Array.from({ length: N }, (_, k) => {
            const i = N / 2 + k;
            return entry(name(i), i, at, 'device-team', 'contacted');
          }),
        );
      const incoming = teamFile(t0 + 60_000);
      console.log(`[sync] incoming file: ${(incoming.length / 1e6).toFixed(1)} MB`);
      const previewStart = Date.now();
      await chooseFile(dash, 'microscope-sync-team.json', incoming);
      expect(await previewOf(dash, 60_000)).toEqual({ added: N / 2, updated: N / 2, removed: 0 });
      console.log(`[sync] choose file → preview shown: ${Date.now() - previewStart} ms`);

      // Measured in the page: from the apply click to the summary appearing. The apply runs
      // three times (Undo last import in between restores the same starting point, and each
      // later round imports the team's next file); the median is held to the budget, every
      // sample printed. One sample alone can be caught by the shared machine (a sample of
      // 3.48 s between 2.1 and 2.8 s ones in a CI run here).
      const measureApply = async (): Promise<number> => {
        await dash.evaluate(() => {
          const w = window as unknown as { __applyAt?: number; __summaryAt?: number };
          delete w.__applyAt;
          delete w.__summaryAt;
          document.addEventListener(
            'click',
            (e) => {
              if ((e.target as Element).closest?.('[data-testid="microscope-import-apply"]'))
                w.__applyAt = performance.now();
            },
            { capture: true, once: true },
          );
          const observer = new MutationObserver(() => {
            if (
              w.__summaryAt === undefined &&
              document.querySelector('[data-testid="microscope-import-summary"]')
            ) {
              w.__summaryAt = performance.now();
              observer.disconnect();
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
        await applyImport(dash, 60_000);
        return dash.evaluate(() => {
          const w = window as unknown as { __applyAt?: number; __summaryAt?: number };
          return (w.__summaryAt ?? Number.NaN) - (w.__applyAt ?? Number.NaN);
        });
      };
      const samples = [await measureApply()];
      await closeDrawer(dash);
      await expect.poll(() => count(dash), { timeout: 30_000 }).toBe(String(N + N / 2));
      for (let round = 2; round <= 3; round++) {
        // Undo (new edits that win over the import: the same file would now change nothing),
        // then import the team's next file, edited after the undo, from the same visible state.
        await dash.getByTestId('microscope-sync-open').click();
        await dash.getByTestId('microscope-import-undo').click();
        await closeDrawer(dash);
        await expect.poll(() => count(dash), { timeout: 30_000 }).toBe(String(N));
        if (round === 2) {
          await chooseFile(dash, 'microscope-sync-team.json', incoming);
          expect(await previewOf(dash, 60_000)).toEqual({ added: 0, updated: 0, removed: 0 });
          await dash.getByRole('button', { name: /cancel|annuler/i }).click();
        }
        const next = teamFile(Date.now() + 1_000);
        await chooseFile(dash, `microscope-sync-team-${round}.json`, next);
        expect(await previewOf(dash, 60_000)).toEqual({ added: N / 2, updated: N / 2, removed: 0 });
        samples.push(await measureApply());
        await closeDrawer(dash);
        await expect.poll(() => count(dash), { timeout: 30_000 }).toBe(String(N + N / 2));
      }
      const median = [...samples].sort((x, y) => x - y)[1] as number;
      console.log(
        `[sync] apply 10,000-entry file into 10,000-entry shortlist: ${samples.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${median.toFixed(0)} ms)`,
      );
      expect(samples.every(Number.isFinite)).toBe(true);
      expect(median).toBeLessThanOrEqual(3_000);
    }, 300_000);
  });
});

describe('50,000 creators: a 50,000-entry file into a 50,000-entry shortlist', () => {
  const N = 50_000;
  let ext: LaunchedExtension;
  let dash: Page;
  let all: Replica[] = [];
  beforeAll(async () => {
    // The project's data generator: 75,000 creators, the first 50,000 shortlisted here.
    all = syntheticReplicas(N + N / 2);
    ext = await launchExtension();
    dash = await ext.context.newPage();
    // The popup opens the database (Dexie creates the schema), then the seed writes into it.
    await dash.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await dash
      .locator('[data-testid="microscope-shortlist-count"][data-value="0"]')
      .waitFor({ timeout: 20_000 });
    await seedShortlist(dash, all.slice(0, N));
  }, 180_000);
  afterAll(async () => {
    await ext?.close();
  });

  it('imports with a progress bar and its counts, the page answering throughout, and shows every change', async () => {
    // A teammate's version 2 file, as Microscope exports it: 50,000 entries, half of them
    // creators this shortlist has (their status set later on the teammate's device), half new.
    const wall = Date.now() - 60_000;
    const hlc = { wallMs: wall, counter: 0, node: 'team-device' };
    const entries = all.slice(N / 2, N / 2 + N).map((r) => applyLocalEdit(r, 'status', 'contacted', hlc));
    const file = gzipSync(
      serializeSyncLines(
        createSyncFile({ deviceId: 'team-device', displayName: 'Team', exportedAt: wall, replicas: entries }),
      ),
    );
    console.log(`[sync] 50,000-entry file: ${(file.length / 1e6).toFixed(1)} MB`);
    // One creator the file updates (its status was not "contacted" here) and one it adds.
    const updated = entries.find(
      (_r, i) => i < N / 2 && all[N / 2 + i]?.fields.status?.value !== 'contacted',
    ) as Replica;
    const added = entries[N - 1] as Replica;

    await dash.goto(`chrome-extension://${ext.extensionId}/dashboard.html`);
    await dash
      .locator(`[data-testid="microscope-filtered-count"][data-value="${N}"]`)
      .waitFor({ timeout: 60_000 });
    await openSyncPanel(dash);
    // Every phase the progress bar shows, with its label, and the page's long tasks.
    await dash.evaluate(() => {
      const w = window as unknown as {
        __phases: { phase: string; label: string; at: number }[];
        __tasks: { start: number; dur: number }[];
      };
      w.__phases = [];
      w.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, dur: e.duration });
      }).observe({ type: 'longtask' });
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="microscope-progress"]');
        const phase = bar?.getAttribute('data-phase');
        const label = bar?.querySelector('.ms-progress-label')?.textContent ?? '';
        const last = w.__phases.at(-1);
        if (phase && (phase !== last?.phase || label !== last?.label))
          w.__phases.push({ phase, label, at: performance.now() });
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const start = Date.now();
    // Picked from disk, as a user picks it (a file handed over as bytes would be rebuilt in
    // the page by the test tool, a long task of its own).
    const path = join(ARTIFACTS_DIR, 'microscope-sync-team-50000.jsonl.gz');
    writeFileSync(path, file);
    await dash.getByTestId('microscope-sync-import-input').setInputFiles(path);
    // The bar is on screen with its counts while the file is checked.
    const checking = dash.locator('[data-testid="microscope-progress"][data-phase="checking"]');
    await checking.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await checking.locator('.ms-progress-label').textContent()).toMatch(
      /^Checking [\d,]+ \/ 50,000 entries$/,
    );
    await ext.screenshot(dash.locator('aside.ms-drawer'), 'sync-50k-checking');
    // Updated: the creators whose status was not "contacted" already (the others show no change).
    const changed = all.slice(N / 2, N).filter((r) => r.fields.status?.value !== 'contacted').length;
    expect(await previewOf(dash, 120_000)).toEqual({ added: N / 2, updated: changed, removed: 0 });
    const previewMs = Date.now() - start;

    const applyStart = Date.now();
    await dash.getByTestId('microscope-import-apply').click();
    const summary = dash.getByTestId('microscope-import-summary');
    await summary.waitFor({ state: 'visible', timeout: 120_000 });
    await expect.poll(() => count(dash), { timeout: 60_000 }).toBe(String(N + N / 2));
    const applyMs = Date.now() - applyStart;
    const { phases, longest } = await dash.evaluate(() => {
      const w = window as unknown as {
        __phases: { phase: string; label: string }[];
        __tasks: { dur: number }[];
      };
      return { phases: w.__phases, longest: Math.max(0, ...w.__tasks.map((t) => t.dur)) };
    });
    console.log(
      `[sync] 50,000 into 50,000: preview ${previewMs} ms, apply ${applyMs} ms, longest main-thread task ${longest.toFixed(0)} ms; phases: ${[
        ...new Set(phases.map((p) => p.phase)),
      ].join(' → ')}`,
    );
    // Checking, comparing, then the import's own merging and saving, each with its counts.
    const labels = (phase: string) => phases.filter((p) => p.phase === phase).map((p) => p.label);
    expect(labels('checking').some((l) => /^Checking [\d,]+ \/ 50,000 entries$/.test(l))).toBe(true);
    expect(labels('merging').some((l) => /^Merging [\d,]+ \/ 50,000 creators$/.test(l))).toBe(true);
    expect(labels('writing').some((l) => /^Saving: \d+ \/ \d+ parts$/.test(l))).toBe(true);
    await closeDrawer(dash);

    // The table shows the change and the addition.
    const find = async (handle: string) => {
      await dash.getByTestId('microscope-filter-text').fill(handle);
      const row = dash.locator(`[data-testid="microscope-row"][data-handle="${handle}"]`);
      await row.waitFor({ timeout: 10_000 });
      return row;
    };
    const updatedRow = await find(updated.fields.handle?.value as string);
    expect(await updatedRow.locator('.ms-status').getAttribute('data-value')).toBe('contacted');
    await find(added.fields.handle?.value as string);
    await dash.getByTestId('microscope-filter-text').fill('');
    await dash
      .locator(`[data-testid="microscope-filtered-count"][data-value="${N + N / 2}"]`)
      .waitFor({ timeout: 10_000 });
  }, 300_000);
});

describe('a team folder shared by ten devices syncing at the same time (OPFS as the drive)', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    // The product's own sync code, bundled for a page of its own (a secure origin: OPFS).
    const { build } = await import('vite');
    const out = (await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      build: {
        write: false,
        minify: false,
        lib: { entry: join(ROOT, 'tests/e2e/team-folder/devices.ts'), formats: ['iife'], name: 'teamFolder' },
      },
    })) as Array<{ output: Array<{ code?: string }> }>;
    const code = out[0]?.output[0]?.code ?? '';
    ext = await launchExtension();
    page = await ext.context.newPage();
    await page.route('https://microscope-team.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>team</title><script>${code}</script>`,
      }),
    );
    await page.goto('https://microscope-team.test/');
    await page.waitForFunction(() => 'runTeam' in globalThis);
  }, 120_000);
  afterAll(async () => {
    await ext?.close();
  });

  /** The team's common shortlist: 200 creators, as a version 2 file. */
  function baseFile(now: number): { text: string; keys: string[] } {
    const entries = Array.from({ length: 200 }, (_, i) =>
      entry(`team_${String(i).padStart(3, '0')}`, i, now - 60_000, 'device-base', 'candidate'),
    );
    const header = {
      format: 'microscope-shortlist-sync',
      version: 2,
      exportedAt: now - 60_000,
      exportedBy: { deviceId: 'device-base', displayName: 'Base' },
      count: entries.length,
    };
    return {
      text: [JSON.stringify(header), ...entries.map((e) => JSON.stringify(e))].join('\n'),
      keys: entries.map((e) => e.key),
    };
  }

  it('every edit reaches everyone, nothing is lost, drive copies and half-synced files are handled', async () => {
    const now = Date.now() - 120_000;
    const { text, keys } = baseFile(now);
    const result = (await page.evaluate(
      ({ text, keys, now }) =>
        (globalThis as unknown as { runTeam: (...a: unknown[]) => Promise<unknown> }).runTeam(
          'ten',
          10,
          text,
          keys,
          now,
        ),
      { text, keys, now },
    )) as { views: string[][]; skipped: string[][]; rounds: number[]; files: string[] };
    console.log(
      `[team] rounds of 10 concurrent syncs: ${result.rounds.map((r) => r.toFixed(0)).join(', ')} ms`,
    );
    console.log(`[team] files left out per round: ${JSON.stringify(result.skipped)}`);
    // One file per device, plus the drive's conflict copy.
    expect(result.files.filter((f) => !f.includes(' (1)'))).toHaveLength(10);
    expect(result.files.filter((f) => f.includes(' (1)'))).toHaveLength(1);
    // The half-downloaded file was left out whole (and read again once complete); the last
    // rounds left nothing out.
    expect(result.skipped[1]?.some((s) => s.endsWith(':incomplete'))).toBe(true);
    expect(result.skipped.at(-1)).toEqual([]);
    // Everyone ends with the same list, holding every member's status and note.
    const [first, ...rest] = result.views;
    for (const v of rest) expect(v).toEqual(first);
    expect(first).toHaveLength(200);
    const noted = first?.find((line) => line.startsWith(`${keys[0]}:`)) ?? '';
    for (let i = 0; i < 10; i++) expect(noted).toContain(`Member ${i}=note from member ${i}`);
    for (let i = 1; i < 10; i++)
      expect(first?.find((line) => line.startsWith(`${keys[i]}:`))).toContain(
        i % 2 ? ':contacted:' : ':in-review:',
      );
  }, 300_000);

  it('one device’s Sync now grows no worse than linearly with the team', async () => {
    const now = Date.now() - 120_000;
    const { text, keys } = baseFile(now);
    const sizes = [2, 4, 6, 8, 10];
    const times: number[] = [];
    for (const size of sizes) {
      const samples: number[] = [];
      for (let run = 0; run < 3; run++)
        samples.push(
          (await page.evaluate(
            ({ text, keys, now, size, run }) =>
              (globalThis as unknown as { timeOneSync: (...a: unknown[]) => Promise<number> }).timeOneSync(
                `time-${size}-${run}`,
                size,
                text,
                keys,
                now,
              ),
            { text, keys, now, size, run },
          )) as number,
        );
      samples.sort((x, y) => x - y);
      times.push(samples[1] as number);
      console.log(
        `[team] ${size} devices: one Sync now reading ${size - 1} teammate files: ${samples.map((x) => x.toFixed(0)).join(', ')} ms`,
      );
    }
    // Linear: t(n) ≈ a + c·(n − 1). From 2 to 10 devices the files to read grow ninefold, so
    // the time may grow up to ninefold; growing faster than that would be worse than linear.
    const [t2, , , , t10] = times as [number, number, number, number, number];
    console.log(`[team] t(10) / t(2) = ${(t10 / t2).toFixed(2)} (files read: ×9)`);
    expect(t10 / t2).toBeLessThanOrEqual(9);
    // And each extra teammate costs about the same: the last four added no more per file than the first four.
    const perFile = (a: number, b: number, files: number) => (b - a) / files;
    expect(perFile(times[2] as number, t10, 4)).toBeLessThanOrEqual(
      Math.max(2 * perFile(t2, times[2] as number, 4), 40),
    );
  }, 600_000);
});
