import './BriefPanel.css';
import { useMemo, useRef, useState } from 'react';
import type { UiFormatters } from '@/components/use-ui-locale';
import { createUiFormatters } from '@/components/use-ui-locale';
import { briefTextToMarkdown, briefToText, generateBrief } from '@/lib/brief/brief';
import { createTranslator, type Translate, type UiLocale } from '@/lib/i18n';
import type { Campaign, ShortlistEntry } from '@/lib/model';

interface Props {
  t: Translate;
  fmt: UiFormatters;
  locale: UiLocale;
  campaign: Campaign;
  entry: ShortlistEntry;
}

/**
 * The five-part brief for this creator, generated from the active campaign, editable,
 * copied as plain text or Markdown. When the clipboard is refused, the text is selected
 * and the user is told to press Ctrl+C.
 */
export function BriefPanel({ t, locale, campaign, entry }: Props) {
  const [language, setLanguage] = useState<UiLocale>(locale);
  const [brand, setBrand] = useState('');
  const generated = useMemo(() => {
    const bt = createTranslator(language);
    return briefToText(
      generateBrief({ campaign, entry, t: bt, fmt: createUiFormatters(language), brandContext: brand }),
    );
  }, [language, campaign, entry, brand]);
  const [text, setText] = useState<string>();
  const [notice, setNotice] = useState<{ ok: boolean; message: string }>();
  const area = useRef<HTMLTextAreaElement>(null);
  const value = text ?? generated;

  const copy = async (format: 'text' | 'markdown') => {
    const payload = format === 'markdown' ? briefTextToMarkdown(value) : value;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(payload);
      setNotice({
        ok: true,
        message: t(format === 'markdown' ? 'ws.brief.copiedMarkdown' : 'ws.brief.copied'),
      });
    } catch {
      if (format === 'markdown') setText(payload);
      area.current?.focus();
      area.current?.select();
      setNotice({ ok: false, message: t('ws.brief.copyFallback') });
    }
  };

  return (
    <section className="ms-brief" data-testid="microscope-brief" aria-label={t('ws.brief.title')}>
      <h3>{t('ws.brief.title')}</h3>
      <p className="ms-sub">{t('ws.brief.intro', { campaign: campaign.name })}</p>
      <div className="ms-brief-options">
        <label className="ms-compact-field">
          <span>{t('ws.brief.language')}</span>
          <select
            data-testid="microscope-brief-language"
            value={language}
            onChange={(e) => {
              setLanguage(e.target.value as UiLocale);
              setText(undefined);
            }}
          >
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
        <label className="ms-compact-field ms-grow">
          <span>{t('ws.brief.brandContext')}</span>
          <input
            className="ms-input"
            data-testid="microscope-brief-brand"
            value={brand}
            placeholder={t('ws.brief.brandContextHint')}
            onChange={(e) => {
              setBrand(e.target.value);
              setText(undefined);
            }}
          />
        </label>
      </div>
      <textarea
        ref={area}
        className="ms-brief-text"
        aria-label={t('ws.brief.title')}
        data-testid="microscope-brief-text"
        value={value}
        rows={18}
        spellCheck
        onChange={(e) => setText(e.target.value)}
      />
      <div className="ms-brief-actions">
        <button
          type="button"
          className="ms-primary"
          data-testid="microscope-brief-copy"
          onClick={() => void copy('text')}
        >
          {t('ws.brief.copyText')}
        </button>
        <button
          type="button"
          className="ms-secondary"
          data-testid="microscope-brief-copy-markdown"
          onClick={() => void copy('markdown')}
        >
          {t('ws.brief.copyMarkdown')}
        </button>
        <button
          type="button"
          className="ms-link-button"
          data-testid="microscope-brief-reset"
          disabled={text === undefined}
          onClick={() => setText(undefined)}
        >
          {t('ws.brief.reset')}
        </button>
        {notice ? (
          <span
            className={notice.ok ? 'ms-ok' : 'ms-warn-text'}
            role="status"
            data-testid="microscope-brief-notice"
          >
            {notice.message}
          </span>
        ) : null}
      </div>
    </section>
  );
}
