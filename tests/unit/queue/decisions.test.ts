import { describe, expect, it } from 'vitest';
import { DECISION_KEYS, DECISIONS, decisionForKey, LATER_TAG, shortlistWriteOf } from '@/lib/queue/decisions';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  repeat: false,
  ...mods,
});

describe('the queue’s decision keys', () => {
  it('maps one letter per decision in English and in French, either case', () => {
    expect(DECISIONS.map((d) => decisionForKey(key(DECISION_KEYS.en[d]), 'en'))).toEqual([...DECISIONS]);
    expect(DECISIONS.map((d) => decisionForKey(key(DECISION_KEYS.fr[d].toUpperCase()), 'fr'))).toEqual([
      ...DECISIONS,
    ]);
    expect(decisionForKey(key('l'), 'en')).toBe('later');
    expect(decisionForKey(key('p'), 'fr')).toBe('later');
    expect(decisionForKey(key('n'), 'en')).toBe('skip');
    expect(decisionForKey(key('i'), 'fr')).toBe('skip');
  });

  it('gives each decision its own letter in each language', () => {
    for (const locale of ['en', 'fr'] as const) {
      expect(new Set(Object.values(DECISION_KEYS[locale])).size).toBe(DECISIONS.length);
    }
  });

  it('ignores other keys, keys with Alt, Ctrl or Meta (browser and site shortcuts) and held keys', () => {
    expect(decisionForKey(key('x'), 'en')).toBeUndefined();
    expect(decisionForKey(key('Enter'), 'en')).toBeUndefined();
    expect(decisionForKey(key('p'), 'en')).toBeUndefined();
    expect(decisionForKey(key('s', { ctrlKey: true }), 'en')).toBeUndefined();
    expect(decisionForKey(key('S', { altKey: true }), 'en')).toBeUndefined();
    expect(decisionForKey(key('r', { metaKey: true }), 'en')).toBeUndefined();
    expect(decisionForKey(key('s', { repeat: true }), 'en')).toBeUndefined();
  });

  it('writes the score for shortlist, later (tagged) and reject (declined); nothing for skip', () => {
    expect(shortlistWriteOf('shortlist')).toEqual({ add: true });
    expect(shortlistWriteOf('later')).toEqual({ add: true, tag: LATER_TAG });
    expect(shortlistWriteOf('reject')).toEqual({ add: true, status: 'declined' });
    expect(shortlistWriteOf('skip')).toEqual({ add: false });
  });
});
