import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { classifyComment, classifyComments } from '@/lib/scoring/comment-classifier';
import { COMMENT_RULES, isCommentRule } from '@/lib/scoring/comment-rules';
import { SPAM_MODEL } from '@/lib/scoring/lexicon/spam-model-weights';
import { spamModelFeatures, spamModelScore } from '@/lib/scoring/spam-model';
import { comment } from './builders';

describe('every comment rule is named and explained', () => {
  it('has an English and a French explanation for each rule id, different and non-empty', () => {
    for (const rule of COMMENT_RULES) {
      const english = en[`rule.${rule}`];
      const french = fr[`rule.${rule}`];
      expect(english, rule).toMatch(/\p{L}/u);
      expect(french, rule).toMatch(/\p{L}/u);
      expect(french, rule).not.toBe(english);
    }
    expect(Object.keys(en).filter((k) => k.startsWith('rule.'))).toHaveLength(COMMENT_RULES.length);
    expect(createTranslator('fr')('rule.spam:dm')).toBe(fr['rule.spam:dm']);
  });

  it('only ever returns listed rules, on the project corpus and on batches', () => {
    const corpus = JSON.parse(
      readFileSync(new URL('../../fixtures/comments/corpus.json', import.meta.url), 'utf8'),
    ) as { comments: Array<{ text: string }> };
    const seen = new Set<string>();
    for (const { text } of corpus.comments) seen.add(classifyComment(text).rule);
    const dupes = ['a', 'b', 'c'].map((author) =>
      comment('merci pour la recette je la fais ce soir', { author }),
    );
    for (const j of classifyComments(dupes, []).judgements) seen.add(j.rule);
    for (const rule of seen) expect(isCommentRule(rule), rule).toBe(true);
    expect(seen.size).toBeGreaterThan(15);
  });
});

describe('the spam model', () => {
  it('is small and its threshold is a probability', () => {
    expect(SPAM_MODEL.weights.length).toBeGreaterThan(100);
    expect(SPAM_MODEL.weights.length).toBeLessThan(2_000);
    expect(SPAM_MODEL.threshold).toBeGreaterThan(0.5);
    expect(SPAM_MODEL.threshold).toBeLessThan(1);
    expect(new Set(SPAM_MODEL.weights.map(([f]) => f)).size).toBe(SPAM_MODEL.weights.length);
  });

  it('reads links, accounts and amounts as placeholders, words folded', () => {
    const f = spamModelFeatures('I made $5,000 with @anna.fx see www.x.com 𝐍𝐎𝐖 🔥');
    expect(f).toEqual(
      expect.arrayContaining(['xamount', 'xmoneymention', 'xurl', 'now', 'made xamount', '<emoji>']),
    );
    expect(f).not.toContain('anna');
  });

  it('tells accounts apart by how they are named, and the mentions a reply opens with from the others', () => {
    expect(spamModelFeatures('@tom.k thanks for the tip')).toEqual(
      expect.arrayContaining(['xreply', '<reply>']),
    );
    expect(spamModelFeatures('all thanks to @maria__lopez_')).toContain('xscammention');
    expect(spamModelFeatures('made it with @earn.with.kate')).toContain('xmoneymention');
    expect(spamModelFeatures('say hi to @tom.k')).toContain('xmention');
  });

  it('reads the shape: styled letters before folding, money emoji, phone numbers and e-mail addresses', () => {
    expect(spamModelFeatures('𝐈 𝐰𝐚𝐬 𝐬𝐤𝐞𝐩𝐭𝐢𝐜𝐚𝐥 𝐚𝐭 𝐟𝐢𝐫𝐬𝐭')).toContain('<styled>');
    expect(spamModelFeatures('I was skeptical at first')).not.toContain('<styled>');
    expect(spamModelFeatures('passive income 💰💸')).toContain('<money-emoji>');
    expect(spamModelFeatures('text +1 (555) 010-2030 now')).toEqual(
      expect.arrayContaining(['<phone>', 'xphone']),
    );
    expect(spamModelFeatures('write to help.desk@mailbox.com')).toEqual(
      expect.arrayContaining(['<email>', 'xemail']),
    );
  });

  it('scores deterministically within 0..1, higher for a testimony than for a remark', () => {
    const testimony = 'i just received my payout, thank you for your guidance, legit trader';
    const remark = 'the light in this photo is lovely, where was it taken';
    expect(spamModelScore(testimony)).toBe(spamModelScore(testimony));
    expect(spamModelScore(testimony)).toBeGreaterThan(spamModelScore(remark));
    for (const s of [spamModelScore(testimony), spamModelScore(remark)]) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});
