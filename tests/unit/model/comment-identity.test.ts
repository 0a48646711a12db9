import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comment } from '@/lib/model';
import { assignDomCommentIds, dedupeComments } from '@/lib/model/comment-identity';

const json = (id: string, author: string, text: string, postId = 'v1'): Comment => ({
  id,
  postId,
  author,
  text,
  isCreatorReply: false,
  source: 'json',
});

const dom = (comments: { author: string; text: string; postId?: string }[]): Comment[] =>
  assignDomCommentIds(comments.map((c) => ({ postId: 'v1', ...c }))).map((c) => ({
    ...c,
    isCreatorReply: false,
    source: 'dom' as const,
  }));

const thread = [
  { author: 'ana', text: 'Which brush do you use for the sky?' },
  { author: 'ben', text: 'I tried this yesterday, my clouds look so much better' },
  { author: 'cleo', text: '🔥🔥' },
  { author: 'dan', text: 'love it' },
  { author: 'eve', text: 'Where did you buy that canvas?' },
];
const jsonThread = thread.map((c, i) => json(`7${i}`, c.author, c.text));

describe('one comment counts once, whichever way it was read', () => {
  it('a DOM copy read before the JSON copy arrives is dropped once the JSON copy is there', () => {
    const merged = dedupeComments([...dom(thread), ...jsonThread]);
    expect(merged.map((c) => c.id)).toEqual(['70', '71', '72', '73', '74']);
  });

  it('gives a DOM comment the same id on every read, whatever its position in the list', () => {
    const first = dom(thread.slice(0, 3));
    const later = dom([{ author: 'zed', text: 'new on top' }, ...thread]);
    const byText = (list: Comment[], text: string) => list.find((c) => c.text === text)?.id;
    for (const c of thread.slice(0, 3)) expect(byText(later, c.text)).toBe(byText(first, c.text));
    expect(dedupeComments([...first, ...later])).toHaveLength(6);
  });

  it('matches a DOM copy whose rendering lost spacing or case to its JSON twin', () => {
    const merged = dedupeComments([
      ...dom([{ author: 'Ana', text: 'which brush  do you use for the SKY ?' }]),
      json('70', 'ana', 'Which brush do you use for the sky?'),
    ]);
    expect(merged.map((c) => c.id)).toEqual(['70']);
  });

  it('keeps two real comments with the same text by the same author', () => {
    const twice = [
      { author: 'fan', text: 'wow' },
      { author: 'fan', text: 'wow' },
    ];
    expect(dedupeComments(dom(twice))).toHaveLength(2);
    // One of them also arrived as JSON: still two comments.
    expect(dedupeComments([...dom(twice), json('9', 'fan', 'wow')])).toHaveLength(2);
  });

  it('keeps comments of different posts apart', () => {
    const merged = dedupeComments([
      ...dom([{ author: 'ana', text: 'same words', postId: 'v2' }]),
      json('70', 'ana', 'same words', 'v1'),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('a JSON copy wins over a DOM copy that carries the same site id', () => {
    const fromDom: Comment = { ...json('70', 'ana', 'x'), source: 'dom' };
    const merged = dedupeComments([fromDom, json('70', 'ana', 'x')]);
    expect(merged).toEqual([json('70', 'ana', 'x')]);
  });

  it('counts the same whatever order the reads came in (property)', () => {
    const all = [...dom(thread), ...dom(thread.slice(1, 4)), ...jsonThread];
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (order) => {
        const merged = dedupeComments(order);
        expect(merged).toHaveLength(5);
        expect(new Set(merged.map((c) => c.id))).toEqual(new Set(jsonThread.map((c) => c.id)));
      }),
      { numRuns: 300 },
    );
  });
});
