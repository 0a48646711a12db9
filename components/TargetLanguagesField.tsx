import type { Translate, UiLocale } from '@/lib/i18n';
import { languageName } from '@/lib/i18n/languages';
import { AUDIENCE_LANGUAGES, type AudienceLanguage } from '@/lib/model/languages';

/**
 * The campaign's target languages on the options page: one box per language the identifier
 * knows (the six campaign languages first); none ticked means any language.
 */
export function TargetLanguagesField(props: {
  t: Translate;
  locale: UiLocale;
  value: readonly AudienceLanguage[];
  onChange(value: AudienceLanguage[]): void;
}) {
  const { t, locale, value, onChange } = props;
  const toggle = (code: AudienceLanguage) =>
    onChange(
      value.includes(code)
        ? value.filter((c) => c !== code)
        : AUDIENCE_LANGUAGES.filter((c) => c === code || value.includes(c)),
    );
  return (
    <fieldset className="ms-field ms-wide" data-testid="microscope-campaign-languages">
      <legend>{t('options.targetLanguages')}</legend>
      <div className="ms-inline ms-language-choices">
        {AUDIENCE_LANGUAGES.map((code) => (
          <label key={code} className="ms-check" lang={code}>
            <input
              type="checkbox"
              data-testid={`microscope-campaign-language-${code}`}
              checked={value.includes(code)}
              onChange={() => toggle(code)}
            />
            {languageName(code, locale)}
          </label>
        ))}
      </div>
      <small>{t('options.targetLanguages.hint')}</small>
    </fieldset>
  );
}
