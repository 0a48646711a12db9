import { describe, expect, it } from 'vitest';
import { badgeLabels, badgeStatus, badgeTooltip } from '@/lib/badges/badge-text';
import { badgeWidth, canvasMeasure } from '@/lib/badges/badge-width';
import { createFormatters, createTranslator } from '@/lib/i18n';

describe('the width every badge is drawn at', () => {
  it('fits the widest label as measured, with the padding and a little slack', () => {
    expect(badgeWidth(['ab', 'abcd', 'a'], (text) => text.length * 5.5)).toBe('36px');
  });

  it('falls back to characters of the badge’s font when a text cannot be measured', () => {
    // No measure (a page without OffscreenCanvas), or one that fails for any label.
    expect(badgeWidth(['Brief envoyé', 'Publié'], undefined)).toBe('calc(12ch + 14px)');
    expect(badgeWidth(['Brief envoyé', 'Publié'], (t) => (t === 'Publié' ? undefined : 60))).toBe(
      'calc(12ch + 14px)',
    );
    expect(badgeWidth(['ab'], () => Number.NaN)).toBe('calc(2ch + 14px)');
    // Characters, not UTF-16 units.
    expect(badgeWidth(['🙂🙂'], undefined)).toBe('calc(2ch + 14px)');
  });

  it('has no canvas to measure with in Node: the fallback is used there', () => {
    expect(canvasMeasure()).toBeUndefined();
  });
});

describe('what a badge says', () => {
  for (const locale of ['en', 'fr'] as const) {
    it(`a short status on the badge, the whole one in the tooltip (${locale})`, () => {
      const t = createTranslator(locale);
      const labels = badgeLabels(t);
      expect(labels).toHaveLength(6);
      // Short enough that badges as wide as the widest stay small next to a name.
      for (const label of labels) expect([...label].length).toBeLessThanOrEqual(12);
      const entry = {
        platform: 'instagram' as const,
        handle: 'lea.cuisine',
        verdict: 'shortlist' as const,
        status: 'in-review' as const,
        scoredAt: Date.UTC(2026, 11, 1),
      };
      const shown = badgeStatus(entry, t);
      expect(labels).toContain(shown);
      expect(badgeTooltip(entry, t, createFormatters(locale))).toContain(t('status.in-review'));
      expect(shown).not.toBe(t('status.in-review'));
    });
  }
});
