#!/usr/bin/env node
/**
 * `npm run demo` (after `npm run build`): the extension in Chromium on the offline fixture
 * site (tests/fixtures/site/), nothing reaches the real Instagram or TikTok.
 *
 * - With a display (DISPLAY / WAYLAND_DISPLAY): opens a window on the demo profiles and stays
 *   open until Ctrl-C. Click Score on a profile, add creators, open the popup/dashboard.
 * - Without one (or DEMO_HEADLESS=1): scores each demo profile, adds it to the shortlist,
 *   saves screenshots of the cards, popup and dashboard to .demo/, prints where, and exits.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../tests/e2e/fixture-server.mjs';
import { demoProfiles } from '../tests/fixtures/site/index.mjs';
import { contentUi } from './content-ui.mjs';
import { launchWithExtension } from './extension-browser.mjs';
import { takeStoreScreenshots } from './store-screenshots.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = process.env.E2E_EXTENSION_DIR ?? join(root, '.output/chrome-mv3');
const outDir = join(root, '.demo');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.DEMO_HEADLESS;

if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(
    `No built extension in ${relative(root, extensionDir)}: run \`npm run build\` first (npm run demo does).`,
  );
  process.exit(1);
}

const server = await startFixtureServer();
const profileDir = mkdtempSync(join(tmpdir(), 'microscope-demo-profile-'));
const { context, extensionId } = await launchWithExtension({
  profileDir,
  extensionDir,
  port: server.port,
  headless: !headed,
});

async function shutdown(code) {
  await context.close().catch(() => {});
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
  process.exit(code);
}

const handleOf = (url) => new URL(url).pathname.replace(/^\/@?/, '').replace(/\/$/, '');

if (headed) {
  const [first, ...rest] = demoProfiles;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(first);
  for (const url of rest) await (await context.newPage()).goto(url);
  await page.bringToFront();
  console.log(
    'Microscope demo: Chromium is open on the fixture site (offline; nothing reaches the real sites).',
  );
  console.log(`  Profiles: ${demoProfiles.join('  ')}`);
  console.log(`  Popup:     chrome-extension://${extensionId}/popup.html`);
  console.log(`  Dashboard: chrome-extension://${extensionId}/dashboard.html`);
  console.log('Press Ctrl-C to quit.');
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  context.on('close', () => shutdown(0));
} else {
  mkdirSync(outDir, { recursive: true });
  const saved = [];
  let failures = 0;
  const page = context.pages()[0] ?? (await context.newPage());
  for (const url of demoProfiles) {
    const handle = handleOf(url);
    const slug = `${new URL(url).hostname.split('.')[1]}-${handle}`;
    try {
      await page.goto(url);
      await page
        .locator(`html[data-fixture-posts-loaded="${handle}"]`)
        .waitFor({ state: 'attached', timeout: 15_000 });
      // The button and card sit in a closed shadow root: reached through the extension's own world.
      await contentUi(page).getByTestId('microscope-score-button').click({ timeout: 15_000 });
      const card = contentUi(page).getByTestId('microscope-card');
      await card.waitFor({ state: 'visible', timeout: 15_000 });
      const value = (id) => card.getByTestId(id).getAttribute('data-value');
      console.log(
        `${url}\n  followers ${await value('microscope-followers')} · tier ${await value('microscope-tier')} · ER ${await value('microscope-er')} % (median ${await value('microscope-er-median')} %) over ${await value('microscope-posts-used')} posts · ${await value('microscope-verdict')}`,
      );
      saved.push(join(outDir, `card-${slug}.png`));
      await card.screenshot({ path: saved.at(-1) });
      const add = card.getByTestId('microscope-add');
      if ((await add.getAttribute('data-value')) !== 'added') await add.click();
    } catch (error) {
      failures++;
      console.error(
        `${url}\n  could not score: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
      );
    }
    saved.push(join(outDir, `page-${slug}.png`));
    await page.screenshot({ path: saved.at(-1) });
  }
  for (const name of ['popup', 'dashboard']) {
    const tab = await context.newPage();
    try {
      if (name === 'popup') await tab.setViewportSize({ width: 400, height: 600 });
      await tab.goto(`chrome-extension://${extensionId}/${name}.html`);
      await tab.waitForTimeout(1000);
      saved.push(join(outDir, `${name}.png`));
      await tab.screenshot({ path: saved.at(-1), fullPage: name === 'dashboard' });
    } catch (error) {
      failures++;
      console.error(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    }
    await tab.close();
  }
  try {
    saved.push(...(await takeStoreScreenshots({ context, extensionId, outDir })));
  } catch (error) {
    failures++;
    console.error(`store screenshots: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
  console.log(`\nScreenshots in ${relative(process.cwd(), outDir) || '.'}/:`);
  for (const file of saved) console.log(`  ${relative(process.cwd(), file)}`);
  await shutdown(failures ? 1 : 0);
}
