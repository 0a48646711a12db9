import { describe, expect, it } from 'vitest';
import { planCsvImport } from '@/lib/exchange/csv-import';
import type { CsvIssueCode, SyncProblemCode } from '@/lib/exchange/refusals';
import { parseSyncFile } from '@/lib/exchange/sync-file';
import { createTranslator, describeCsvProblem, describeError, english } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { CSV_ISSUE_TEXT, ERROR_CODES, SYNC_PROBLEM_TEXT } from '@/lib/i18n/error-text';
import { fr as frTexts } from '@/lib/i18n/fr';

describe('refusals and warnings in English and French', () => {
  it('has an English and a French sentence for every failure code, file problem and CSV row issue', () => {
    const fr = createTranslator('fr');
    // Every code, with made-up values for whatever its text names.
    const params = {
      ...{ n: 2, count: 3, max: 5, min: 1, bytes: 1, format: 'x', version: 9, supported: 2 },
      ...{ key: 'instagram:lea', date: '2030-01-01 09:00 UTC', field: 'status' },
      ...{ scored: 'someone', expected: 'lea.cuisine' },
    };
    for (const code of ERROR_CODES) {
      const error = { code, params: { ...params, where: 'entries[0]', problem: 'json' } };
      const inEnglish = describeError(error, english);
      const inFrench = describeError(error, fr);
      expect(inEnglish, code).not.toMatch(/^(sync|csv|error|ws)\.|\{/);
      expect(inFrench, code).not.toMatch(/^(sync|csv|error|ws)\.|\{/);
      expect(inFrench, code).not.toBe(inEnglish);
    }
    const problems = Object.entries(SYNC_PROBLEM_TEXT) as [SyncProblemCode, keyof typeof en][];
    const issues = Object.entries(CSV_ISSUE_TEXT) as [CsvIssueCode, keyof typeof en][];
    for (const [code, key] of [...problems, ...issues]) {
      expect(en[key], code).toBeTruthy();
      expect(frTexts[key], code).toBeTruthy();
      if (!['sync.problem.other'].includes(key)) expect(frTexts[key], code).not.toBe(en[key]);
    }
  });

  it('says why a file was refused in the interface language, down to the value that was wrong', () => {
    const fr = createTranslator('fr');
    const file = {
      format: 'microscope-shortlist-sync',
      version: 1,
      exportedAt: 1_000,
      exportedBy: { deviceId: 'dev-a', displayName: 'Ana' },
      entries: [
        {
          key: 'instagram:lea',
          fields: { url: { value: 'javascript:alert(1)', hlc: '000000000001000-0000000000-dev-a' } },
          notes: [],
          tags: [],
          history: [],
          tombstone: null,
        },
      ],
    };
    const result = parseSyncFile(JSON.stringify(file), { now: 2_000 });
    if (result.ok) throw new Error('accepted');
    expect(describeError(result.error, english)).toMatch(
      /entries\[0\]\.fields\.url\.value: not an https address/,
    );
    expect(describeError(result.error, fr)).toBe(
      'Le fichier est endommagé ou a été modifié à la main, à entries[0].fields.url.value : pas une adresse https sur instagram.com ou tiktok.com. Rien n’a été importé.',
    );
  });

  it('says why a CSV row was not imported in French', () => {
    const result = planCsvImport('platform,handle\r\nyoutube,lea\r\n', []);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(describeCsvProblem(result.plan.problems[0]!, createTranslator('fr'))).toBe(
      'Plateforme et pseudo invalides (« youtube », « lea »).',
    );
  });
});
