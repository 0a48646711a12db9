// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { visibleText } from '@/lib/sites/dom';

const page = (body: string) =>
  new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

describe('visibleText', () => {
  it('keeps what is shown, lower-cased, with whitespace collapsed', () => {
    expect(
      visibleText(page('<main><p>This account\n is <b>Private</b></p>&nbsp;<span>Follow</span></main>')),
    ).toBe('this account is private follow');
  });

  it('never reads script, style, noscript, template or hidden contents', () => {
    const doc = page(
      [
        '<h1>olive.bakes</h1>',
        '<script type="application/json">{"Webapp":{"err_user_private":"This account is private"}}</script>',
        '<style>.x::after{content:"No content"}</style>',
        "<noscript>Couldn't find this account</noscript>",
        '<template><p>No videos yet</p></template>',
        '<div hidden><p>No content</p></div>',
      ].join(''),
    );
    expect(visibleText(doc)).toBe('olive.bakes');
  });

  it('reads one element when given one, and nothing from nothing', () => {
    const doc = page('<header><h2>quiet.fern</h2></header><main>This account is private</main>');
    expect(visibleText(doc.querySelector('header'))).toBe('quiet.fern');
    expect(visibleText(undefined)).toBe('');
  });
});
