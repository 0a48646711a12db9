import { describe, expect, it } from 'vitest';
import { parseCells, parsePaste, parseTarget, profileUrl } from '@/lib/queue/parse';

describe('pasting handles and profile links', () => {
  it('reads any mix of Instagram and TikTok links and handles, with or without @', () => {
    const text = [
      'https://www.instagram.com/lea.cuisine/',
      'instagram.com/Tom.Trails?igsh=abc123',
      '@camille.mode',
      'maison.verte',
      'https://www.tiktok.com/@nina.moves?lang=fr',
      'www.tiktok.com/@Theo.Builds',
      '  <https://www.instagram.com/olive.table/reels/>  ',
    ].join('\n');
    const r = parsePaste(text, 'instagram');
    expect(r.targets.map((t) => [t.line, t.platform, t.handle])).toEqual([
      [1, 'instagram', 'lea.cuisine'],
      [2, 'instagram', 'tom.trails'],
      [3, 'instagram', 'camille.mode'],
      [4, 'instagram', 'maison.verte'],
      [5, 'tiktok', 'nina.moves'],
      [6, 'tiktok', 'theo.builds'],
      [7, 'instagram', 'olive.table'],
    ]);
    expect(r.duplicates).toEqual([]);
    expect(r.rejected).toEqual([]);
  });

  it('bare handles take the platform chosen for them', () => {
    expect(
      parsePaste('@kai.cooks\nlou.paints', 'tiktok').targets.map((t) => `${t.platform}:${t.handle}`),
    ).toEqual(['tiktok:kai.cooks', 'tiktok:lou.paints']);
  });

  it('reports duplicates with the line they repeat, and what the queue already has', () => {
    const r = parsePaste(
      'lea.cuisine\nhttps://www.instagram.com/LEA.CUISINE/\n\n@lea.cuisine\ntom.trails',
      'instagram',
      new Set(['instagram:tom.trails']),
    );
    expect(r.targets.map((t) => t.handle)).toEqual(['lea.cuisine']);
    expect(r.duplicates.map((d) => [d.line, d.handle, d.firstLine])).toEqual([
      [2, 'lea.cuisine', 1],
      [4, 'lea.cuisine', 1],
      [5, 'tom.trails', undefined],
    ]);
    expect(r.empty).toBe(1);
  });

  it('reports links that are not profiles, other sites and text that is not a handle — nothing silently dropped', () => {
    const lines = [
      'https://www.instagram.com/p/CAbc123/',
      'https://www.instagram.com/explore/tags/food/',
      'https://www.tiktok.com/@nina.moves/video/7301234567890123456',
      'https://www.tiktok.com/search?q=cooking',
      'https://www.youtube.com/@someone',
      'not a handle at all',
      'é@x',
      'lea.cuisine',
    ];
    const r = parsePaste(lines.join('\n'), 'instagram');
    expect(r.rejected.map((x) => [x.line, x.reason])).toEqual([
      [1, 'not-profile'],
      [2, 'not-profile'],
      [3, 'not-profile'],
      [4, 'not-profile'],
      [5, 'other-site'],
      [6, 'not-handle'],
      [7, 'not-handle'],
    ]);
    expect(r.targets.map((t) => t.line)).toEqual([8]);
    expect(r.targets.length + r.rejected.length + r.duplicates.length + r.empty).toBe(lines.length);
  });

  it('hostile text is only text: a javascript: link or markup is refused, never followed', () => {
    expect(parseTarget('javascript:alert(1)', 'instagram')).toEqual({ reason: 'not-handle' });
    expect(parseTarget('<img src=x onerror=alert(1)>', 'instagram')).toEqual({ reason: 'not-handle' });
    expect(parseTarget('https://www.instagram.com.evil.example/lea/', 'instagram')).toEqual({
      reason: 'other-site',
    });
  });

  it('reads a CSV column the same way, numbering rows', () => {
    const r = parseCells(
      ['https://www.instagram.com/lea.cuisine/', '', 'https://example.com/x'],
      'instagram',
    );
    expect(r.targets.map((t) => t.line)).toEqual([1]);
    expect(r.rejected).toEqual([{ line: 3, text: 'https://example.com/x', reason: 'other-site' }]);
  });

  it('gives the profile address on the creator’s site', () => {
    expect(profileUrl({ platform: 'instagram', handle: 'lea.cuisine' })).toBe(
      'https://www.instagram.com/lea.cuisine/',
    );
    expect(profileUrl({ platform: 'tiktok', handle: 'nina.moves' })).toBe(
      'https://www.tiktok.com/@nina.moves',
    );
  });
});
