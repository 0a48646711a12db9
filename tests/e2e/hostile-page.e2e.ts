/**
 * A page script cannot act for the user: it cannot read the card (pipeline status, scores) nor
 * press its buttons. The script below runs in the page's own world from before the site's code,
 * as a hostile or compromised site would, with every trick a page has: patching attachShadow,
 * walking shadow roots, querying, retargeted hit tests and synthesised clicks.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, type LaunchedExtension, launchExtension, openProfile, scoreProfile, ui } from './harness';

/** Installed in the page's MAIN world before any of its scripts: records every shadow root made. */
function spyOnShadowRoots() {
  const seen: { host: string; mode: string }[] = [];
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(this: Element, init: ShadowRootInit) {
    seen.push({ host: this.localName, mode: init.mode });
    // Ask for an open root whatever the caller wanted, to read it later.
    return original.call(this, { ...init, mode: 'open' });
  };
  Object.assign(window, { __shadowRootsSeen: seen });
}

/** Everything a page script can try against the card once it is on screen. */
async function attack(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('microscope-ui');
    const found: string[] = [];
    // Every shadow root the page can reach, walked for our test hooks.
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      const root = roots[i] as Document | ShadowRoot;
      for (const el of root.querySelectorAll('*')) {
        const id = el.getAttribute('data-testid');
        if (id?.startsWith('microscope-')) found.push(id);
        // Whatever the page can reach of the card, it presses Add on.
        if (id === 'microscope-add') (el as HTMLElement).click();
        if (el.shadowRoot) roots.push(el.shadowRoot);
      }
    }
    // Clicks a script can make: on the host, and at the card's place on screen (which the page
    // can only resolve to the host).
    const clicked: string[] = [];
    if (host) {
      (host as HTMLElement).click();
      const box = host.getBoundingClientRect();
      for (let y = box.top + 5; y < box.bottom; y += 20) {
        const hit = document.elementFromPoint(box.left + 60, y);
        if (hit) {
          hit.dispatchEvent(
            new MouseEvent('click', { bubbles: true, composed: true, clientX: box.left + 60, clientY: y }),
          );
          clicked.push(hit.localName);
        }
      }
    }
    return {
      shadowRoot: host ? host.shadowRoot !== null : null,
      text: host?.textContent ?? null,
      html: host?.innerHTML ?? null,
      found,
      clicked: [...new Set(clicked)],
      rootsSeen: (window as unknown as { __shadowRootsSeen: { host: string; mode: string }[] })
        .__shadowRootsSeen,
    };
  });
}

describe('a page script cannot act for the user', () => {
  let ext: LaunchedExtension;
  let page: Page;
  beforeAll(async () => {
    ext = await launchExtension();
    page = await ext.context.newPage();
    await page.addInitScript(spyOnShadowRoots);
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function shortlistCount(): Promise<string | null> {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const count = popup.getByTestId('microscope-shortlist-count');
    await count.waitFor({ state: 'attached' });
    await expect.poll(() => count.getAttribute('data-value')).not.toBe('');
    const value = await count.getAttribute('data-value');
    await popup.close();
    return value;
  }

  it('neither reads the card nor adds the creator by clicking Add to shortlist', async () => {
    await openProfile(page, 'https://www.instagram.com/lea.cuisine/');
    await scoreProfile(page, 'lea.cuisine');
    await card(page).getByTestId('microscope-add').waitFor();

    const result = await attack(page);
    // Nothing was added, and the card still offers Add.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await shortlistCount()).toBe('0');
    expect(await card(page).getByTestId('microscope-add').getAttribute('data-value')).toBe('');
    // Nothing of the card was readable.
    expect(result.shadowRoot).toBe(false);
    expect(result.text).toBe('');
    expect(result.html).toBe('');
    expect(result.found).toEqual([]);
    // The patched attachShadow never saw the card's root: the extension's world has its own.
    expect(result.rootsSeen.filter((r) => r.host === 'microscope-ui')).toEqual([]);
    expect(result.clicked).toContain('microscope-ui');
  });

  it('while the user’s own click adds, and the page still cannot read the pipeline status', async () => {
    await card(page).getByTestId('microscope-add').click();
    await expect
      .poll(() => card(page).getByTestId('microscope-add').getAttribute('data-value'), { timeout: 10_000 })
      .toBe('added');
    expect(await shortlistCount()).toBe('1');
    // Re-score: the card now says the creator is in the shortlist; the page sees none of it.
    await ui(page).getByTestId('microscope-score-button').click();
    await card(page).getByTestId('microscope-shortlisted').waitFor({ state: 'attached' });
    const result = await attack(page);
    expect(result.shadowRoot).toBe(false);
    expect(result.found).toEqual([]);
    expect(result.text).toBe('');
  });
});
