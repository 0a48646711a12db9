/**
 * The shortlist is the team's work: it must survive the extension reloading (an update)
 * and the browser restarting with the same profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/extension-browser.mjs';
import { startFixtureServer } from './fixture-server.mjs';
import { EXTENSION_DIR, openProfile, scoreProfile, ui } from './harness';

type Server = Awaited<ReturnType<typeof startFixtureServer>>;

async function dashboardHandles(context: BrowserContext, extensionId: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const rows = page.getByTestId('microscope-row');
  await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const handles = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-handle') ?? ''));
  await page.close();
  return handles.map((h) => h.replace(/^@/, '')).sort();
}

describe('the shortlist persists', () => {
  let server: Server;
  let profileDir: string;
  beforeAll(async () => {
    server = await startFixtureServer({ port: 0 });
    profileDir = mkdtempSync(join(tmpdir(), 'microscope-persist-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('when the service worker is stopped and when the browser restarts (the extension reloads from disk)', async () => {
    let { context, extensionId } = await launchWithExtension({
      profileDir,
      extensionDir: EXTENSION_DIR,
      port: server.port,
    });
    const page = await context.newPage();
    for (const url of ['https://www.instagram.com/lea.cuisine/', 'https://www.tiktok.com/@nina.moves']) {
      await openProfile(page, url);
      await scoreProfile(page, url.includes('tiktok') ? 'nina.moves' : 'lea.cuisine');
      await ui(page).getByTestId('microscope-add').click();
      await expect
        .poll(() => ui(page).getByTestId('microscope-add').getAttribute('data-value'))
        .toBe('added');
    }
    expect(await dashboardHandles(context, extensionId)).toEqual(['lea.cuisine', 'nina.moves']);

    // The MV3 service worker is stopped whenever the browser likes (idle, update): stop it,
    // then check nothing lived only in its memory and that it serves the next creator.
    // (chrome.runtime.reload() is not used: Chromium leaves an extension loaded from the
    // command line disabled after it, which the browser restart below covers instead.)
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    expect(await dashboardHandles(context, extensionId)).toEqual(['lea.cuisine', 'nina.moves']);
    await openProfile(page, 'https://www.instagram.com/camille.mode/');
    await scoreProfile(page, 'camille.mode');
    await ui(page).getByTestId('microscope-add').click();
    await expect.poll(() => ui(page).getByTestId('microscope-add').getAttribute('data-value')).toBe('added');
    expect(await dashboardHandles(context, extensionId)).toEqual([
      'camille.mode',
      'lea.cuisine',
      'nina.moves',
    ]);

    // Browser restart with the same profile.
    await context.close();
    ({ context, extensionId } = await launchWithExtension({
      profileDir,
      extensionDir: EXTENSION_DIR,
      port: server.port,
    }));
    expect(await dashboardHandles(context, extensionId)).toEqual([
      'camille.mode',
      'lea.cuisine',
      'nina.moves',
    ]);
    await context.close();
  });
});
