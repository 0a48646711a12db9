// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildDiagnostics, probeSelectors } from '@/lib/content/diagnostics';
import { ExtractionSchema } from '@/lib/model';

describe('copy diagnostics', () => {
  it('reports which fallback of each selector group matched, or none', () => {
    document.body.innerHTML = '<main><header><h2>lea</h2></header></main>';
    const result = probeSelectors(document, {
      header: [
        { selector: 'main header', note: 'a' },
        { selector: 'header', note: 'b' },
      ],
      handle: [
        { selector: 'header h1', note: 'old' },
        { selector: 'header h2', note: 'new' },
      ],
      bio: [{ selector: 'h1[dir=auto]', note: 'x' }],
      broken: [{ selector: '[[[', note: 'invalid selector is a miss, not a crash' }],
    });
    expect(result).toEqual({
      header: { index: 0, selector: 'main header' },
      handle: { index: 1, selector: 'header h2' },
      bio: null,
      broken: null,
    });
  });

  it('carries provenance and problems but no personal text beyond the public handle', () => {
    const extraction = ExtractionSchema.parse({
      snapshot: {
        platform: 'instagram',
        handle: 'lea.cuisine',
        url: 'https://www.instagram.com/lea.cuisine/',
        capturedAt: 1,
        displayName: 'Léa Martin',
        bio: 'My secret bio',
        followers: 12345,
        posts: [{ id: 'p1', type: 'photo', caption: 'private caption', likesHidden: true, source: 'json' }],
      },
      provenance: { followers: 'dom' },
      problems: [{ code: 'missing', field: 'following', message: 'Following not shown for Léa Martin' }],
    });
    const text = buildDiagnostics({
      version: '0.1.0',
      platform: 'instagram',
      extraction,
      url: 'https://www.instagram.com/lea.cuisine/?igsh=tracking',
      selectors: { header: { index: 0, selector: 'main header' } },
      captured: [{ kind: 'ig-timeline' }, { kind: 'ig-timeline' }],
      userAgent: 'test',
    });
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({
      handle: 'lea.cuisine',
      path: '/lea.cuisine/',
      provenance: { followers: 'dom' },
      problems: [{ code: 'missing', field: 'following' }],
      captured: { 'ig-timeline': 2 },
      posts: { read: 1, likesHidden: 1 },
    });
    for (const secret of ['Léa Martin', 'secret bio', 'private caption', 'tracking'])
      expect(text).not.toContain(secret);
  });
});
