/**
 * Store screenshots (1280×800, the size both the Chrome Web Store and addons.mozilla.org show
 * best) taken by `npm run demo` headless, into `.demo/store/` (not committed): the card on an
 * Instagram and a TikTok profile of the offline demo site, the posts behind a score, the
 * shortlist dashboard and the sub-scores. Run after the demo has scored and shortlisted its
 * profiles, so the dashboard has rows.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentUi } from './content-ui.mjs';

export const STORE_SIZE = { width: 1280, height: 800 };

/** Width and height from a PNG's header. */
export function pngSize(path) {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function scoredProfile(context, url, handle) {
  const page = await context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.goto(url);
  await page
    .locator(`html[data-fixture-posts-loaded="${handle}"]`)
    .waitFor({ state: 'attached', timeout: 15_000 });
  // The button and the card sit in a closed shadow root: reached through the extension's own world.
  await contentUi(page).getByTestId('microscope-score-button').click({ timeout: 15_000 });
  const card = contentUi(page).getByTestId('microscope-card');
  await card.getByTestId('microscope-verdict').waitFor({ timeout: 15_000 });
  return { page, card };
}

/**
 * Scrolls the card into the frame with the creator's name and counts in view above its top (the
 * card is taller than the frame: its verdict, fit and figures come first).
 */
async function showCard(page) {
  // The card's top in the document.
  const box = await contentUi(page).getByTestId('microscope-card').boundingBox();
  await page.evaluate((top) => window.scrollTo(0, Math.max(0, top - 230)), box.y);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string, outDir: string }} options
 * @returns {Promise<string[]>} the files written
 */
export async function takeStoreScreenshots({ context, extensionId, outDir }) {
  const dir = join(outDir, 'store');
  mkdirSync(dir, { recursive: true });
  const saved = [];
  const shot = async (page, name) => {
    const path = join(dir, `${name}.png`);
    await page.screenshot({ path });
    const size = pngSize(path);
    if (size.width !== STORE_SIZE.width || size.height !== STORE_SIZE.height) {
      throw new Error(`${path} is ${size.width}×${size.height}, not 1280×800`);
    }
    saved.push(path);
  };

  {
    const { page } = await scoredProfile(context, 'https://www.instagram.com/lea.cuisine/', 'lea.cuisine');
    await showCard(page);
    await shot(page, '1-instagram-score-card');
    await page.close();
  }
  {
    const { page } = await scoredProfile(context, 'https://www.tiktok.com/@nina.moves', 'nina.moves');
    await showCard(page);
    await shot(page, '2-tiktok-score-card');
    await page.close();
  }
  {
    const { page, card } = await scoredProfile(
      context,
      'https://www.instagram.com/camille.mode/',
      'camille.mode',
    );
    // Every number with the posts it came from: open "Posts behind the numbers".
    const posts = card.locator('details.ms-details:has([data-testid="microscope-used-post"])');
    await posts.locator(':scope > summary').click();
    await posts.getByTestId('microscope-used-post').first().waitFor();
    await posts.evaluateAll((els) => els[0]?.scrollIntoView({ block: 'center' }));
    await shot(page, '3-posts-behind-the-numbers');
    await page.close();
  }
  {
    const { page, card } = await scoredProfile(
      context,
      'https://www.instagram.com/maison.verte/',
      'maison.verte',
    );
    const subscores = card.getByTestId('microscope-subscores');
    await subscores.locator(':scope > summary').click();
    await subscores.evaluateAll((els) => els[0]?.scrollIntoView({ block: 'center' }));
    await shot(page, '4-sub-scores');
    await page.close();
  }
  {
    const page = await context.newPage();
    await page.setViewportSize(STORE_SIZE);
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await page.getByTestId('microscope-row').first().waitFor({ timeout: 15_000 });
    await shot(page, '5-shortlist-dashboard');
    await page.close();
  }
  return saved;
}
