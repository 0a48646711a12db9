import type { Translate } from '@/lib/i18n';
import { saveUiLanguage, UI_LANGUAGES, type UiLanguage } from '@/lib/settings/ui-language';

/** Interface language: follow the browser, English or French. */
export function LanguageSelect({ t, language }: { t: Translate; language: UiLanguage }) {
  // The label is shown beside the select in the popup footer (CSS), above it elsewhere.
  return (
    <label className="ms-compact-field">
      <span>{t('ws.language')}</span>
      <select
        data-testid="microscope-language"
        value={language}
        onChange={(e) => void saveUiLanguage(e.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`ws.language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
