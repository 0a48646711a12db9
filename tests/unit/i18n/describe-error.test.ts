import { describe, expect, it } from 'vitest';
import { createTranslator, describeError } from '@/lib/i18n';
import type { ErrorCode } from '@/lib/result';
import { defaultCampaignSettings, validateCampaignSettings } from '@/lib/settings/campaign-settings';

const en = createTranslator('en');
const fr = createTranslator('fr');

function refusal(edit: (s: ReturnType<typeof defaultCampaignSettings>) => void) {
  const settings = defaultCampaignSettings();
  edit(settings);
  const result = validateCampaignSettings(settings);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('describeError words a failure code in the user language', () => {
  it('names a refused threshold as the options page labels it, with the limit it breaks', () => {
    const error = refusal((s) => {
      s.campaigns[0]!.thresholds.minErInstagram = -1;
    });
    const english = describeError(error, en);
    const french = describeError(error, fr);
    expect(english).toContain('0');
    expect(english).not.toBe(french);
    // Neither language shows the schema's English words for a rule it knows how to say.
    expect(french).not.toMatch(/Too small|expected/i);
    expect(english.split(' — ')).toHaveLength(2);
  });

  it('names a blank CPM field by platform and asks for a number', () => {
    const error = refusal((s) => {
      s.campaigns[0]!.cpm.tiktok = Number.NaN;
    });
    expect(describeError(error, en)).toMatch(/TikTok/);
    expect(describeError(error, fr)).toMatch(/TikTok/);
  });

  it('keeps the technical detail after the sentence for codes without a rule', () => {
    const codes: ErrorCode[] = ['invalid-data', 'settings-unreadable', 'score-expired', 'unexpected'];
    for (const code of codes) {
      const text = describeError({ code, detail: 'campaigns: expected array' }, fr);
      expect(text).toContain('campaigns: expected array');
      expect(text.length).toBeGreaterThan('campaigns: expected array'.length + 5);
    }
  });

  it('tells an expired score apart in each language, without English in the French', () => {
    expect(describeError({ code: 'score-expired' }, en)).toMatch(/score the profile again/);
    expect(describeError({ code: 'score-expired' }, fr)).toMatch(/relancez/);
    expect(describeError({ code: 'score-expired' }, fr)).not.toMatch(/score the profile/);
  });
});
