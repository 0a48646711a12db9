import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticReplicas } from '../helpers/seed';
import { type LaunchedExtension, launchExtension } from './harness';
import { seedShortlist } from './seed-shortlist';

/**
 * The dashboard's start in the built extension: the classic script in its head reads the newest
 * rows before the page's code has loaded (lib/shortlist/early-read.ts), and that read never
 * stands in the way of the database's own opening, even when the extension was just updated
 * and the database must be upgraded.
 */
describe('the dashboard reads its newest rows as the page starts', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  const origin = () => `chrome-extension://${ext.extensionId}`;

  it('opens a shortlist an older version left (schema 5): the early read does not hold up the upgrade', async () => {
    const page = await ext.context.newPage();
    // An extension address that runs none of its code: the database as version 5 left it.
    await page.goto(`${origin()}/icon/16.png`);
    const before = await page.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('microscope');
        del.onsuccess = () => resolve();
        del.onerror = () => reject(del.error);
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        // Dexie's version 5 is IndexedDB's 50.
        const open = indexedDB.open('microscope', 50);
        open.onupgradeneeded = () => {
          const d = open.result;
          const shortlist = d.createObjectStore('shortlist', { keyPath: 'id' });
          shortlist.createIndex('addedAt', 'addedAt');
          shortlist.createIndex('status', 'status');
          d.createObjectStore('replicas', { keyPath: 'key' });
          d.createObjectStore('meta', { keyPath: 'key' }).put({ key: 'clock', value: null });
          d.createObjectStore('quarantine', { keyPath: 'seq', autoIncrement: true });
          d.createObjectStore('queues', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const version = db.version;
      db.close();
      return version;
    });
    expect(before).toBe(50);
    await page.goto(`${origin()}/dashboard.html`);
    const count = page.getByTestId('microscope-filtered-count');
    await expect.poll(() => count.getAttribute('data-value'), { timeout: 15_000 }).toBe('0');
    const after = await page.evaluate(async () => {
      const listed = await indexedDB.databases();
      return listed.find((d) => d.name === 'microscope')?.version;
    });
    expect(after).toBe(60);
    await page.close();
  });

  it('runs the early read in the page and hands it to the dashboard, which shows the newest rows', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${origin()}/icon/16.png`);
    // The database exists at its current version once the dashboard above has opened it.
    await seedShortlist(page, syntheticReplicas(150));
    await page.goto(`${origin()}/dashboard.html`);
    const count = page.getByTestId('microscope-filtered-count');
    await expect.poll(() => count.getAttribute('data-value'), { timeout: 15_000 }).toBe('150');
    // The head's script left its read for the page's code, which took it (null: taken).
    expect(
      await page.evaluate(() => (window as unknown as Record<string, unknown>).__microscopeNewestRows),
    ).toBe(null);
    await page.close();
  });
});
