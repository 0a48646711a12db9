import { describe, expect, it } from 'vitest';
import { CaptureInbox, readCaptureEnvelope } from '@/lib/content/capture-inbox';
import { parseCaptureMessage } from '@/lib/sites/capture';
import { CAPTURE_TAG } from '@/lib/sites/capture-filter';

const win = { name: 'page window' };
const origin = 'https://www.instagram.com';
const message = (kind: string, data: unknown = { edges: [] }) => ({
  source: win,
  origin,
  data: { tag: CAPTURE_TAG, kind, url: `${origin}/graphql/query`, data },
});

describe('the capture inbox of the content script', () => {
  it('keeps tagged, well-formed payloads from this window and origin', () => {
    const inbox = new CaptureInbox({ window: win, origin });
    expect(inbox.accept(message('ig-timeline'))).toBe(true);
    expect(inbox.payloads()).toEqual([
      { kind: 'ig-timeline', url: `${origin}/graphql/query`, data: { edges: [] } },
    ]);
  });

  it('ignores other windows, other origins, untagged and malformed messages', () => {
    const inbox = new CaptureInbox({ window: win, origin });
    expect(inbox.accept({ ...message('ig-timeline'), source: {} })).toBe(false);
    expect(inbox.accept({ ...message('ig-timeline'), origin: 'https://evil.example' })).toBe(false);
    expect(inbox.accept({ source: win, origin, data: { kind: 'ig-timeline', data: {} } })).toBe(false);
    expect(inbox.accept(message('not-a-kind'))).toBe(false);
    expect(inbox.rejected).toBe(1);
    expect(inbox.payloads()).toEqual([]);
  });

  it('keeps at most `max` payloads, dropping the oldest', () => {
    const inbox = new CaptureInbox({ window: win, origin }, 3);
    for (let i = 0; i < 5; i++) inbox.accept(message('ig-timeline', { page: i }));
    expect(inbox.payloads().map((p) => (p.data as { page: number }).page)).toEqual([2, 3, 4]);
  });

  it('drops the comments of a post the user left, keeping the profile’s posts', () => {
    const inbox = new CaptureInbox({ window: win, origin });
    inbox.accept(message('ig-timeline'));
    inbox.accept(message('ig-comments', { edges: [1] }));
    inbox.drop(['ig-comments', 'ig-post']);
    expect(inbox.payloads().map((p) => p.kind)).toEqual(['ig-timeline']);
  });
});

describe('the inbox’s envelope check (written without the validation library)', () => {
  it('gives the same verdicts as the zod schema of the capture envelope', () => {
    const samples: unknown[] = [
      { tag: CAPTURE_TAG, kind: 'ig-timeline', url: '/graphql/query', data: { edges: [] } },
      { tag: CAPTURE_TAG, kind: 'tt-comments', url: 'https://www.tiktok.com/api/comment/list/', data: null },
      { tag: CAPTURE_TAG, kind: 'ig-profile', url: '', data: undefined },
      { tag: CAPTURE_TAG, kind: 'not-a-kind', url: '', data: {} },
      { tag: CAPTURE_TAG, kind: 'ig-post', url: 42, data: {} },
      { tag: CAPTURE_TAG, kind: 'ig-post', data: {} },
      { tag: 'other', kind: 'ig-post', url: '', data: {} },
      { kind: 'ig-post', url: '', data: {} },
      { tag: CAPTURE_TAG, kind: ['ig-post'], url: '', data: {} },
      null,
      'text',
      [CAPTURE_TAG],
    ];
    for (const sample of samples) expect(readCaptureEnvelope(sample)).toEqual(parseCaptureMessage(sample));
  });
});

describe('payloads and the page they arrived on', () => {
  it('gives a post’s comments only to that post, every other payload to any page', () => {
    const inbox = new CaptureInbox({ window: win, origin });
    inbox.accept(message('ig-timeline', { t: 1 }), `${origin}/lea/`);
    inbox.accept(message('ig-comments', { c: 'A' }), `${origin}/p/A/`);
    inbox.accept(message('ig-comments', { c: 'B' }), `${origin}/p/B/`);
    const kinds = ['ig-comments', 'ig-post'];
    expect(inbox.payloadsFor(`${origin}/p/A/`, kinds).map((p) => p.data)).toEqual([{ t: 1 }, { c: 'A' }]);
    expect(inbox.pagesWith(kinds)).toEqual([`${origin}/p/A/`, `${origin}/p/B/`]);
  });
});

describe('the inbox’s memory', () => {
  it('drops the oldest payloads once the texts they came from pass the bound', () => {
    const inbox = new CaptureInbox({ window: win, origin }, 400, 1_000);
    for (let i = 0; i < 5; i++) {
      inbox.accept({
        ...message('ig-timeline', { page: i }),
        data: { ...message('ig-timeline', { page: i }).data, size: 400 },
      });
    }
    expect(inbox.payloads().map((p) => (p.data as { page: number }).page)).toEqual([3, 4]);
  });
});
