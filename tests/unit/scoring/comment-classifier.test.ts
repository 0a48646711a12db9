import { describe, expect, it } from 'vitest';
import { classifyComment, classifyComments, detectPod, duplicateKey } from '@/lib/scoring/comment-classifier';
import { comment, post } from './builders';

describe('classifyComment', () => {
  it.each([
    ['DM us to collab 💌', 'spam', 'spam:dm'],
    ['Send your pic to @glow.feature to be featured', 'spam', 'spam:send-pic'],
    ['Promote it on @boostmyreach 🚀', 'spam', 'spam:promote-on'],
    ['f4f?', 'spam', 'spam:follow-for-follow'],
    ['Free followers at www.instaboost.co', 'spam', 'spam:link'],
    ['Tu veux devenir AMBASSADRICE ?', 'spam', 'spam:ambassador'],
    ['Earn money from home with my simple method, ask me how', 'spam', 'spam:money'],
    ['Kooperation? Melde dich', 'spam', 'spam:collab'],
  ] as const)('classes %j as %s by rule %s', (text, cls, rule) => {
    expect(classifyComment(text)).toEqual({ class: cls, rule });
  });

  it('does not call a comment about a collab video spam when nothing is solicited', () => {
    expect(classifyComment('This collab with the bakery was my favourite video of yours').class).not.toBe(
      'spam',
    );
  });

  it('classes emoji-only comments as generic, including ZWJ sequences, flags and skin tones', () => {
    for (const text of ['🔥', '😍😍😍', '👩‍👩‍👧', '🇫🇷', '👏🏽👏🏽', '❤️']) {
      expect(classifyComment(text)).toEqual({ class: 'generic', rule: 'generic:emoji-only' });
    }
  });

  it('classes a comment that only tags friends as generic', () => {
    expect(classifyComment('@mike.r @sarah_lee 😂')).toEqual({
      class: 'generic',
      rule: 'generic:mention-only',
    });
  });

  it('matches the praise lexicon without accents or case: "TRÈS BEAU" and "wunderschoen" forms', () => {
    expect(classifyComment('MAGNIFIQUE ❤️').rule).toBe('generic:short-praise');
    expect(classifyComment('Wunderschön').class).toBe('generic');
    expect(classifyComment('wunderschon').class).toBe('generic');
    expect(classifyComment('Me encanta todo lo que haces, eres la mejor').rule).toBe(
      'generic:praise-lexicon',
    );
  });

  it('classes a long question as substantive even when it opens with praise', () => {
    expect(classifyComment('I love this! Where can I buy the mug?')).toEqual({
      class: 'substantive',
      rule: 'substantive:question',
    });
  });

  it('recognises first-person experience in each language', () => {
    for (const text of [
      'I tried this recipe last night and loved it',
      "J'ai testé la recette hier soir, parfait",
      'Yo también dejé el azúcar en enero',
      'Ich habe das Rezept gestern ausprobiert',
      'Eu também parei com o açúcar em janeiro',
      "Anch'io ho smesso con lo zucchero a gennaio",
    ]) {
      expect(classifyComment(text).rule).toBe('substantive:experience');
    }
  });

  it('marks a comment sharing a content word with the caption as substantive', () => {
    const r = classifyComment('the lamination on those croissants looks perfect', {
      caption: 'Sunday croissants, 27 layers of lamination',
    });
    expect(r).toEqual({ class: 'substantive', rule: 'substantive:caption-word' });
  });

  it('keeps short genuine questions out of the low-effort classes', () => {
    expect(classifyComment('Where is this?')).toEqual({ class: 'neutral', rule: 'neutral:short-question' });
    expect(classifyComment('¿Dónde es?').class).toBe('neutral');
  });

  it('classes long spam that reads like a testimony as spam', () => {
    const text =
      'Thank you for sharing this, it reminded me that anyone can start. I was struggling until I found @wealthwithjess, she helped me grow my bitcoin portfolio';
    expect(classifyComment(text).class).toBe('spam');
  });
});

describe('classifyComments', () => {
  it('turns the same normalised text from 3 authors into generic, ignoring case, accents and emoji', () => {
    const comments = [
      comment('Merci pour la recette, je la fais ce soir', { author: 'a' }),
      comment('merci pour la recette je la fais ce soir 🙏', { author: 'b' }),
      comment('MERCI POUR LA RECETTE, JE LA FAIS CE SOIR!', { author: 'c' }),
    ];
    const { judgements } = classifyComments(comments, []);
    expect(judgements.map((j) => j.rule)).toEqual([
      'generic:duplicate',
      'generic:duplicate',
      'generic:duplicate',
    ]);
  });

  it('does not count one author repeating the same text three times as a duplicate', () => {
    const comments = ['a', 'a', 'a'].map((author) =>
      comment('Merci pour la recette, je la fais ce soir', { author }),
    );
    expect(classifyComments(comments, []).judgements.every((j) => j.rule !== 'generic:duplicate')).toBe(true);
  });

  it('uses the post caption as context and flags creator replies apart', () => {
    const p = post({ id: 'p9', caption: 'My sourdough starter routine', hashtags: ['sourdough'] });
    const { judgements } = classifyComments(
      [
        comment('how often do you feed the starter in winter', { postId: 'p9' }),
        comment('Twice a day, with rye flour', { postId: 'p9', isCreatorReply: true }),
      ],
      [p],
    );
    expect(judgements[0]).toMatchObject({ class: 'substantive', creatorReply: false });
    expect(judgements[1]?.creatorReply).toBe(true);
  });

  it('normalises duplicate keys by folding and dropping emoji and punctuation', () => {
    expect(duplicateKey('Trop BEAU !!! 😍')).toBe(duplicateKey('trop beau'));
  });
});

describe('detectPod', () => {
  it('finds three commenters appearing in the same order on three posts', () => {
    const comments = ['p1', 'p2', 'p3'].flatMap((postId, i) => [
      comment('nice', { postId, author: `random${i}` }),
      comment('great', { postId, author: 'ann' }),
      comment('wow', { postId, author: 'bob' }),
      comment('love', { postId, author: 'cat' }),
    ]);
    expect(detectPod(comments)).toEqual({ authors: ['ann', 'bob', 'cat'], postIds: ['p1', 'p2', 'p3'] });
  });

  it('finds nothing when the same people comment in a different order each time', () => {
    const orders = [
      ['ann', 'bob', 'cat'],
      ['cat', 'ann', 'bob'],
      ['bob', 'cat', 'ann'],
    ];
    const comments = orders.flatMap((order, i) =>
      order.map((author) => comment('hi', { postId: `p${i}`, author })),
    );
    expect(detectPod(comments)).toBeUndefined();
  });

  it('finds nothing on only two posts', () => {
    const comments = ['p1', 'p2'].flatMap((postId) =>
      ['ann', 'bob', 'cat'].map((author) => comment('hi', { postId, author })),
    );
    expect(detectPod(comments)).toBeUndefined();
  });
});
