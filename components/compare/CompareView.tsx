import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { languageShares } from '@/lib/audience/shares';
import { type Formatters, isoTime, labelOf, type Translate, type UiLocale } from '@/lib/i18n';
import { languageName } from '@/lib/i18n/languages';
import { explanationText } from '@/lib/i18n/score-text';
import type { ScoredEntry } from '@/lib/model';
import { LANGUAGE_HIGH_CONFIDENCE } from '@/lib/model/languages';
import {
  type CompareCell,
  type CompareGroup,
  type CompareRow,
  type CompareRowKey,
  compareEntries,
  type MissingWhy,
  missingReasons,
} from '@/lib/workspace/compare';
import { comparisonToCsv } from '@/lib/workspace/compare-csv';
import { downloadText } from '../download';
import { ErChart, MARKERS } from './ErChart';
import './compare.css';

interface Props {
  /** The creators compared, each with its whole latest report. */
  entries: readonly ScoredEntry[];
  maxFakeShare?: number | undefined;
  t: Translate;
  fmt: Formatters;
  locale: UiLocale;
  onClose(): void;
  onExported?(n: number): void;
}

const GROUPS: CompareGroup[] = ['overview', 'subscores', 'audience', 'money', 'risk'];

/** A row's name: its sub-score's name, else the row's own label. */
function rowLabel(row: CompareRow, t: Translate): string {
  if (row.key.startsWith('sub:')) return labelOf(`sub.${row.key.slice(4)}`, t);
  return t(`ws.compare.row.${row.key as Exclude<CompareRowKey, `sub:${string}`>}`);
}

/** One cell in words and the user's number format; undefined when nothing was measured. */
function cellText(row: CompareRow, cell: CompareCell, t: Translate, fmt: Formatters, locale: UiLocale) {
  const money = (n: number | undefined) => (n === undefined ? undefined : fmt.money(n, cell.currency ?? ''));
  const v = cell.value;
  switch (row.key) {
    case 'verdict':
      return cell.code ? labelOf(`verdict.${cell.code}`, t) : undefined;
    case 'tier':
      return cell.code ? labelOf(`tier.${cell.code}`, t) : undefined;
    case 'fit':
      return v === undefined ? undefined : fmt.integer(Math.round(v));
    case 'followers':
    case 'reach':
      return v === undefined ? undefined : fmt.integer(v);
    case 'er':
    case 'erMedian':
    case 'erViews':
    case 'sponsoredShare':
      return v === undefined ? undefined : fmt.percent(v);
    case 'lowEffort':
    case 'auditFakeShare':
      return v === undefined ? undefined : `${fmt.decimal1(v)} %`;
    case 'emv':
      return money(v);
    case 'priceBand':
      return cell.min === undefined || cell.max === undefined
        ? undefined
        : `${money(cell.min)}–${money(cell.max)}`;
    case 'quote':
      if (cell.amount === undefined) return undefined;
      return v === undefined
        ? t('ws.compare.quoteNoBand', { quote: money(cell.amount) ?? '' })
        : t('ws.compare.quote', { quote: money(cell.amount) ?? '', ratio: fmt.number(v) });
    case 'comments':
      return cell.total === undefined
        ? undefined
        : cell.total === 0
          ? fmt.integer(0)
          : t('ws.compare.comments', { total: fmt.integer(cell.total), count: fmt.integer(cell.count ?? 0) });
    case 'signals': {
      if (cell.total === undefined) return undefined;
      if (cell.total === 0) return t('ws.compare.signalsNone');
      const count = t('ws.compare.signals', {
        count: fmt.integer(cell.count ?? 0),
        total: fmt.integer(cell.total),
      });
      const names = (cell.list ?? []).map((code) => labelOf(`signal.label.${code}`, t)).join(', ');
      return names ? `${count}: ${names}` : count;
    }
    case 'disclosure':
      return cell.total === undefined
        ? undefined
        : t('ws.compare.disclosure', { count: fmt.integer(cell.count ?? 0), total: fmt.integer(cell.total) });
    case 'languages': {
      if (!cell.list?.length) return undefined;
      const counts = cell.list.map((item) => {
        const [language = '', n = '0'] = item.split(':');
        return { language, count: Number(n) };
      });
      const shares = languageShares(counts, 3)
        .map((s) =>
          s.language === 'other'
            ? `${t('card.languages.other')} ${fmt.integer(Math.round(s.share))} %`
            : `${languageName(s.language, locale)} ${fmt.integer(Math.round(s.share))} %`,
        )
        .join(', ');
      return cell.code === 'low' && v !== undefined && v < LANGUAGE_HIGH_CONFIDENCE
        ? `${shares} ${t('ws.compare.languagesLow', { n: fmt.integer(v) })}`
        : shares;
    }
    case 'languageTarget': {
      if (!cell.code) return undefined;
      const fit = labelOf(`card.languages.fit.${cell.code}`, t);
      const targets = (cell.list ?? []).map((c) => languageName(c, locale)).join(', ');
      return v === undefined ? `${targets}: ${fit}` : `${fmt.integer(Math.round(v))} % ${targets} — ${fit}`;
    }
    default: {
      if (!row.key.startsWith('sub:') || v === undefined) return undefined;
      const weight =
        cell.weight === undefined
          ? t('ws.compare.noWeight')
          : t('ws.compare.weight', { w: fmt.integer(Math.round(cell.weight * 100)) });
      return `${fmt.integer(Math.round(v))} · ${weight}`;
    }
  }
}

/**
 * Why a row's figures are missing or empty, in words: once under the row's name when every
 * creator compared has the same reason (grids scored without opening any comments: one sentence,
 * not one per column), else in each cell that has one.
 */
/** A missing figure's reason in the interface language, as the card words it. */
function whyText(why: MissingWhy, t: Translate, fmt: Formatters): string {
  return why === 'no-languages'
    ? t('card.languages.none')
    : why === 'no-quote'
      ? t('ws.compare.noQuote')
      : explanationText(why, t, fmt);
}

/**
 * Two to four creators side by side: every figure in one row, the better value of each row
 * marked with a sign and a word (not by colour alone), ER per post over time, printable, and
 * exportable as a CSV of the compared rows.
 */
export function CompareView({ entries, maxFakeShare, t, fmt, locale, onClose, onExported }: Props) {
  const comparison = useMemo(() => compareEntries(entries, { maxFakeShare }), [entries, maxFakeShare]);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current = document.activeElement;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, [onClose]);

  const campaigns = new Set(comparison.creators.map((c) => c.campaignId));
  const exportCsv = () => {
    const separator = locale === 'fr' ? ';' : ',';
    const text = comparisonToCsv(comparison, {
      separator,
      decimalComma: locale === 'fr',
      label: (row) => rowLabel(row, t),
      rowHeader: t('ws.compare.csvRow'),
      bestHeader: t('ws.compare.csvBetter'),
      why: (why) => whyText(why, t, fmt),
      whyHeader: t('ws.compare.csvWhy'),
    });
    const date = isoTime(Date.now()).slice(0, 10) || 'undated';
    downloadText(`microscope-compare-${date}.csv`, text, 'text/csv;charset=utf-8');
    onExported?.(comparison.creators.length);
  };

  return createPortal(
    <div className="ms-compare-backdrop ms-root">
      <section
        className="ms-compare"
        role="dialog"
        aria-modal="true"
        aria-labelledby="ms-compare-title"
        data-testid="microscope-compare"
        data-count={comparison.creators.length}
      >
        <header className="ms-compare-head">
          <h2 id="ms-compare-title" ref={heading} tabIndex={-1}>
            {t('ws.compare.title')}
          </h2>
          <div className="ms-compare-actions">
            <button
              type="button"
              className="ms-secondary"
              data-testid="microscope-compare-print"
              onClick={() => window.print()}
            >
              {t('ws.compare.print')}
            </button>
            <button
              type="button"
              className="ms-primary"
              data-testid="microscope-compare-csv"
              onClick={exportCsv}
            >
              {t('ws.compare.csv')}
            </button>
            <button
              type="button"
              className="ms-icon"
              data-testid="microscope-compare-close"
              aria-label={t('button.close')}
              onClick={onClose}
            >
              ×
            </button>
          </div>
        </header>
        {campaigns.size > 1 ? <p className="ms-compare-note">{t('ws.compare.campaigns')}</p> : null}
        <p className="ms-compare-note">{t('ws.compare.legend')}</p>
        <div className="ms-compare-scroll">
          <table className="ms-compare-table" data-testid="microscope-compare-table">
            <thead>
              <tr>
                <td />
                {comparison.creators.map((c, i) => (
                  <th key={c.id} scope="col" data-testid="microscope-compare-creator" data-handle={c.handle}>
                    <span className={`ms-chart-key ms-chart-line-${i}`} aria-hidden="true">
                      {MARKERS[i % MARKERS.length]}
                    </span>{' '}
                    @{c.handle}
                    <span className="ms-compare-sub">
                      {labelOf(`platform.${c.platform}`, t)}
                      {c.displayName ? ` · ${c.displayName}` : ''}
                    </span>
                    <span className="ms-compare-sub">
                      {t('ws.compare.scored', { date: fmt.date(c.scoredAt) })}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            {GROUPS.map((group) => {
              const rows = comparison.rows.filter((r) => r.group === group);
              if (rows.length === 0) return null;
              return (
                <tbody key={group}>
                  <tr className="ms-compare-group">
                    <th scope="rowgroup" colSpan={comparison.creators.length + 1}>
                      {t(`ws.compare.group.${group}`)}
                    </th>
                  </tr>
                  {rows.map((row) => {
                    const why = missingReasons(row, (w) => whyText(w, t, fmt));
                    return (
                      <tr
                        key={row.key}
                        data-testid="microscope-compare-row"
                        data-key={row.key}
                        data-better={row.better}
                      >
                        <th scope="row">
                          {rowLabel(row, t)}
                          {row.better !== 'none' ? (
                            <span className="ms-compare-sub">
                              {/* A verdict is ranked by its order, not by a number the user sees. */}
                              {row.key === 'verdict'
                                ? t('ws.compare.betterVerdict', {
                                    first: t('verdict.shortlist'),
                                    second: t('verdict.review'),
                                    third: t('verdict.reject'),
                                  })
                                : t(
                                    row.better === 'higher'
                                      ? 'ws.compare.betterHigher'
                                      : 'ws.compare.betterLower',
                                  )}
                            </span>
                          ) : null}
                          {why.shared !== undefined ? (
                            <span className="ms-compare-sub" data-testid="microscope-compare-why-row">
                              {why.shared}
                            </span>
                          ) : null}
                        </th>
                        {row.cells.map((cell, i) => {
                          const text = cellText(row, cell, t, fmt, locale);
                          const best = row.best[i] === true;
                          const creator = comparison.creators[i];
                          return (
                            <td
                              key={creator?.id ?? i}
                              className={best ? 'ms-compare-best' : undefined}
                              data-value={cell.value === undefined ? '' : String(cell.value)}
                              data-best={best ? 'true' : 'false'}
                            >
                              {text === undefined ? (
                                <span className="ms-compare-missing" title={t('ws.compare.missing')}>
                                  —<span className="ms-visually-hidden"> {t('ws.compare.missing')}</span>
                                </span>
                              ) : (
                                text
                              )}
                              {best ? (
                                <strong className="ms-compare-mark"> ▲ {t('ws.compare.better')}</strong>
                              ) : null}
                              {why.shared === undefined && why.cells[i] !== undefined ? (
                                <span className="ms-compare-sub" data-testid="microscope-compare-why">
                                  {why.cells[i]}
                                </span>
                              ) : null}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              );
            })}
          </table>
        </div>
        <ErChart creators={comparison.creators} t={t} fmt={fmt} />
      </section>
    </div>,
    document.body,
  );
}
