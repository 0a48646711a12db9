import { describe, expect, it } from 'vitest';
import { describeCsvProblem, planCsvImport } from '@/lib/exchange/csv-import';
import { describeSyncError, parseSyncFile, type SyncFileErrorCode } from '@/lib/exchange/sync-file';
import { createTranslator } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';

describe('refusals and warnings in English and French', () => {
  it('has a sentence for every reason a sync file is refused', () => {
    const codes: SyncFileErrorCode[] = [
      'empty-input',
      'too-large',
      'not-utf8',
      'not-json',
      'wrong-format',
      'newer-version',
      'unsupported-version',
      'too-many-entries',
      'invalid',
      'duplicate-entry',
      'no-entries',
      'clock-ahead',
    ];
    for (const code of codes) expect(en, code).toHaveProperty(`sync.error.${code}`);
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
    expect(result.error.message).toMatch(/entries\[0\]\.fields\.url\.value: not an https address/);
    expect(describeSyncError(result.error, fr)).toBe(
      'Le fichier est endommagé ou a été modifié à la main, à entries[0].fields.url.value : pas une adresse https sur instagram.com ou tiktok.com. Rien n’a été importé.',
    );
  });

  it('says why a CSV row was not imported in French', () => {
    const result = planCsvImport('platform,handle\r\nyoutube,lea\r\n', []);
    if (!result.ok) throw new Error(result.error);
    expect(describeCsvProblem(result.plan.problems[0]!, createTranslator('fr'))).toBe(
      'Plateforme et pseudo invalides (« youtube », « lea »).',
    );
  });
});
