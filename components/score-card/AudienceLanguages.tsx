import { languageShares, mixCode } from '@/lib/audience/shares';
import { languageList, languageName } from '@/lib/i18n/languages';
import type { ScoreReport } from '@/lib/model';
import { LANGUAGE_HIGH_CONFIDENCE } from '@/lib/model/languages';
import { useFormat, useT } from '../locale';
import './audience-languages.css';

const plural = (n: number) => (n === 1 ? 'one' : 'other');

/**
 * The languages the audience comments in: each main language with its share and count, the
 * comments behind it, a low-confidence mark under 30, the campaign's target languages and the
 * verdict on them, and what this signal is (the one audience signal a local tool can measure).
 */
export function AudienceLanguages({ report }: { report: ScoreReport }) {
  const t = useT();
  const fmt = useFormat();
  const mix = report.audienceLanguages;
  // Reports from before the full scoring model have no sub-scores and no language mix: nothing to say.
  if (!report.subscores) return null;
  const rows = mix ? languageShares(mix.languages) : [];
  const determined = mix?.determined ?? 0;
  /** Shares read best whole: "English 64 %". */
  const pct = (n: number) => `${fmt.integer(Math.round(n))} %`;
  const name = (code: string) =>
    code === 'other' ? t('card.languages.other') : languageName(code, fmt.locale);
  return (
    <section
      className="ms-languages"
      data-testid="microscope-audience-languages"
      data-value={mix ? mixCode(mix.languages) : ''}
      data-comments={determined}
      data-confidence={mix?.confidence ?? 'none'}
      data-fit={mix?.fit ?? ''}
      aria-label={t('card.languages')}
    >
      <div className="ms-languages-head">
        <strong>{t('card.languages')}</strong>
        {determined > 0 ? (
          <span
            className="ms-languages-from"
            data-testid="microscope-audience-languages-count"
            data-value={determined}
          >
            {t(`card.languages.from.${plural(determined)}`, { n: fmt.integer(determined) })}
          </span>
        ) : null}
      </div>
      {rows.length > 0 ? (
        <>
          <div className="ms-languages-bar" aria-hidden="true">
            {rows.map((r) => (
              <span
                key={r.language}
                style={{ width: `${r.share}%` }}
                title={`${name(r.language)} ${pct(r.share)}`}
              />
            ))}
          </div>
          <ul className="ms-languages-list">
            {rows.map((r) => (
              <li key={r.language} data-language={r.language} data-count={r.count}>
                <span className="ms-languages-name">{name(r.language)}</span>{' '}
                <span className="ms-languages-share">{pct(r.share)}</span>{' '}
                <span className="ms-languages-n">({fmt.integer(r.count)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="ms-sub">{t('card.languages.none')}</p>
      )}
      {mix && mix.confidence === 'low' ? (
        <p className="ms-languages-low" data-testid="microscope-audience-languages-low">
          <span aria-hidden="true">⚠ </span>
          {t('card.languages.lowConfidence', { n: LANGUAGE_HIGH_CONFIDENCE })}
        </p>
      ) : null}
      {mix && mix.undetermined > 0 ? (
        <p className="ms-sub">
          {t(`card.languages.undetermined.${plural(mix.undetermined)}`, { n: fmt.integer(mix.undetermined) })}
        </p>
      ) : null}
      {mix?.targets && mix.targets.length > 0 ? (
        <p
          className={`ms-languages-target ms-fit-${mix.fit ?? 'unsure'}`}
          data-testid="microscope-audience-languages-fit"
          data-value={mix.fit ?? ''}
        >
          {mix.targetShare === undefined
            ? languageList(mix.targets, t, fmt.locale)
            : t('card.languages.targets', {
                targets: languageList(mix.targets, t, fmt.locale),
                share: pct(mix.targetShare),
              })}{' '}
          — <strong>{t(`card.languages.fit.${mix.fit ?? 'unsure'}`)}</strong>
        </p>
      ) : mix ? (
        <p className="ms-sub">{t('card.languages.anyTarget')}</p>
      ) : null}
      <p className="ms-languages-note">{t('card.languages.note')}</p>
    </section>
  );
}
