import './ScoreCard.css';
import type { ReactNode, Ref } from 'react';
import { countText } from '@/lib/i18n';
import { priceBandSource } from '@/lib/i18n/score-text';
import { audienceCount, type ScoreReport, type Status } from '@/lib/model';
import { erSeries } from '@/lib/scoring/er-series';
import { useFormat, useT } from './locale';
import { MicroscopeIcon } from './MicroscopeIcon';
import { Sparkline } from './Sparkline';
import { AudienceLanguages } from './score-card/AudienceLanguages';
import { DataQuality } from './score-card/DataQuality';
import { CommentsPanel, PostsPanel } from './score-card/Evidence';
import { Reasons } from './score-card/Reasons';
import { SubScores, scoreTone } from './score-card/SubScores';

/** The card reads its language from the LocaleProvider around it (components/locale.tsx). */
export interface ScoreCardProps {
  report: ScoreReport;
  added: boolean;
  addError?: string | undefined;
  onAdd?: () => void;
  onRescore?: () => void;
  onClose?: () => void;
  /** Comment texts by id (on the page only), to show next to their judgement. */
  commentTexts?: Readonly<Record<string, string>>;
  /** Copy diagnostics text (on the page only). */
  diagnostics?: string | undefined;
  /** Pipeline status when the creator is already shortlisted. */
  shortlistStatus?: Status | undefined;
  /** The review queue's bar, under the header (on the page, when Next opened the profile). */
  queueBar?: ReactNode;
  /** The card's own element, for the page to move the keyboard focus into it. */
  focusRef?: Ref<HTMLElement>;
}

/** ER values shown and exposed to tests with two decimals; missing stays empty, never 0. */
function pctValue(value: number | undefined): string {
  return value === undefined ? '' : value.toFixed(2);
}

function Metric(props: {
  testId: string;
  label: string;
  value: string;
  display: string;
  hint?: string | undefined;
  /** A line under the value, always shown: what the figure rests on. */
  note?: string | undefined;
  tone?: 'good' | 'warn' | 'bad' | undefined;
}) {
  return (
    <div className={`ms-metric ${props.tone ? `ms-${props.tone}` : ''}`} title={props.hint}>
      <div className="ms-metric-label">{props.label}</div>
      <div className="ms-metric-value">
        <span data-testid={props.testId} data-value={props.value}>
          {props.display}
        </span>
        {props.tone ? <ToneMark tone={props.tone} /> : null}
      </div>
      {props.note ? (
        <div className="ms-metric-note" data-testid={`${props.testId}-note`}>
          {props.note}
        </div>
      ) : null}
    </div>
  );
}

const TONE_MARK = { good: '✓', warn: '!', bad: '✕' } as const;

/** A judged value says so in a mark and in words for screen readers, not in its colour alone. */
function ToneMark({ tone }: { tone: 'good' | 'warn' | 'bad' }) {
  const t = useT();
  return (
    <>
      <span className="ms-tone-mark" aria-hidden="true">
        {TONE_MARK[tone]}
      </span>
      <span className="ms-visually-hidden"> ({t(`card.tone.${tone}`)})</span>
    </>
  );
}

const SEVERITY_ORDER = { hard: 0, warn: 1, info: 2 } as const;

const LOW_EFFORT_TONE = { green: 'good', amber: 'warn', red: 'bad' } as const;

export function ScoreCard(props: ScoreCardProps) {
  const { report, added, addError, onAdd, onRescore, onClose, commentTexts, diagnostics, shortlistStatus } =
    props;
  const { queueBar, focusRef } = props;
  const t = useT();
  const fmt = useFormat();
  const e = report.engagement;
  const unknown = t('card.unknown');
  const erTone = e.erMean === undefined ? undefined : e.erMean >= e.minimum ? 'good' : 'bad';
  // The page-state banner already says the account is private.
  const reasons = report.reasons
    .filter((r) => !(report.pageState === 'private' && r.code === 'private-account'))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const counts = report.commentCounts;
  const judged = counts ? audienceCount(counts) : 0;
  const commentConfidence = report.subscores?.find((sub) => sub.key === 'commentQuality')?.confidence;
  const series = erSeries(report.platform, e.used);

  return (
    <section
      ref={focusRef}
      tabIndex={-1}
      className="ms-card"
      data-testid="microscope-card"
      data-platform={report.platform}
      data-handle={report.handle}
      aria-label={`${t('app.name')} — @${report.handle}`}
    >
      <header className="ms-card-head">
        <div className="ms-card-title">
          <div className="ms-brand">
            <MicroscopeIcon /> {t('app.name')}
          </div>
          <div className="ms-handle">
            @{report.handle}
            {/* The name goes to the next line whole, with its dot, when both do not fit on one. */}
            {report.displayName ? (
              <>
                {' '}
                <span className="ms-name">· {report.displayName}</span>
              </>
            ) : null}
          </div>
        </div>
        {report.fit !== undefined ? (
          <div
            className={`ms-fit ${scoreTone(report.fit)}`}
            title={t('card.fitHint', { objective: report.objective ?? '' })}
          >
            <span className="ms-fit-label">{t('card.fit')}</span>
            <span className="ms-fit-value" data-testid="microscope-fit" data-value={report.fit.toFixed(0)}>
              {Math.round(report.fit)}
            </span>
          </div>
        ) : null}
        <span
          className={`ms-verdict ms-verdict-${report.verdict}`}
          data-testid="microscope-verdict"
          data-value={report.verdict}
        >
          {t(`verdict.${report.verdict}`)}
        </span>
        {onClose ? (
          <button type="button" className="ms-icon" aria-label={t('button.close')} onClick={onClose}>
            ×
          </button>
        ) : null}
      </header>
      {queueBar}

      {report.pageState !== 'ok' ? (
        <p
          className="ms-state"
          role="status"
          data-testid="microscope-page-state"
          data-value={report.pageState}
        >
          {t(`state.${report.pageState}`)}
        </p>
      ) : null}

      <Reasons reasons={reasons.filter((r) => r.severity === 'hard')} />

      <div className="ms-metrics">
        <Metric
          testId="microscope-followers"
          label={t('card.followers')}
          value={report.followers === undefined ? '' : String(report.followers)}
          display={report.followers === undefined ? unknown : fmt.integer(report.followers)}
        />
        <Metric
          testId="microscope-tier"
          label={t('card.tier')}
          value={report.tier ?? ''}
          display={report.tier ? t(`tier.${report.tier}`) : unknown}
        />
        <Metric
          testId="microscope-er"
          label={t('card.er')}
          value={pctValue(e.erMean)}
          display={e.erMean === undefined ? unknown : fmt.percent(e.erMean)}
          hint={t('card.erHint', { n: e.used.length })}
          tone={erTone}
        />
        <Metric
          testId="microscope-er-median"
          label={t('card.erMedian')}
          value={pctValue(e.erMedian)}
          display={e.erMedian === undefined ? unknown : fmt.percent(e.erMedian)}
        />
        {report.platform === 'tiktok' ? (
          <Metric
            testId="microscope-er-views"
            label={t('card.erViews')}
            value={pctValue(e.erByViewsMedian)}
            display={e.erByViewsMedian === undefined ? unknown : fmt.percent(e.erByViewsMedian)}
          />
        ) : null}
        <Metric
          testId="microscope-posts-used"
          label={t('card.postsUsed')}
          value={String(e.used.length)}
          display={t('card.postsUsedDetail', { used: e.used.length, excluded: e.excluded.length })}
          hint={t(`card.confidence.${e.confidence}`)}
        />
        <Metric
          testId="microscope-comment-low-effort"
          label={t('card.lowEffort')}
          value={report.lowEffortShare === undefined ? '' : report.lowEffortShare.toFixed(1)}
          display={report.lowEffortShare === undefined ? unknown : `${report.lowEffortShare.toFixed(0)} %`}
          hint={
            counts
              ? t('card.lowEffortHint', {
                  comments: countText(t, 'comments', judged),
                  posts: countText(t, 'posts', counts.posts),
                })
              : t('card.noComments')
          }
          // How many comments the share rests on, in view: a few comments of one post say little.
          note={
            counts && report.lowEffortShare !== undefined
              ? `${t('card.lowEffortHint', { comments: countText(t, 'comments', judged), posts: countText(t, 'posts', counts.posts) })}${
                  commentConfidence === 'low' ? ` · ${t('card.confidence.low')}` : ''
                }`
              : undefined
          }
          tone={report.lowEffortBand ? LOW_EFFORT_TONE[report.lowEffortBand] : undefined}
        />
        <Metric
          testId="microscope-reach"
          label={t('card.reach')}
          value={report.reach ? report.reach.perPost.toFixed(0) : ''}
          display={report.reach ? fmt.integer(report.reach.perPost) : unknown}
        />
        <Metric
          testId="microscope-emv"
          label={t('card.emv')}
          value={report.emv ? report.emv.perPost.toFixed(2) : ''}
          display={report.emv ? fmt.money(report.emv.perPost, report.emv.currency) : unknown}
        />
        <Metric
          testId="microscope-price-band"
          label={t('card.priceBand')}
          value={
            report.priceBand ? `${report.priceBand.min.toFixed(0)}-${report.priceBand.max.toFixed(0)}` : ''
          }
          display={
            report.priceBand
              ? `${fmt.money(report.priceBand.min, report.priceBand.currency)}–${fmt.money(report.priceBand.max, report.priceBand.currency)}`
              : unknown
          }
          hint={report.priceBand ? priceBandSource(report.priceBand, t, fmt) : undefined}
        />
      </div>
      <p className="ms-minimum">
        {t('card.minimum', { min: e.minimum })} · {t(`card.confidence.${e.confidence}`)}
      </p>
      {series ? (
        <Sparkline
          points={series.points}
          label={t(series.basis === 'views' ? 'card.sparklineViews' : 'card.sparkline')}
          // The minimum applies to ER by followers: drawn only where the dots are that ER.
          threshold={series.basis === 'followers' ? e.minimum : undefined}
          thresholdLabel={t('card.sparklineMinimum', { min: e.minimum })}
        />
      ) : null}

      <Reasons reasons={reasons.filter((r) => r.severity !== 'hard')} />
      <AudienceLanguages report={report} />
      <SubScores report={report} />
      <CommentsPanel report={report} commentTexts={commentTexts} />
      <PostsPanel report={report} />
      <DataQuality report={report} diagnostics={diagnostics} />

      <footer className="ms-actions">
        <button
          type="button"
          className="ms-primary"
          data-testid="microscope-add"
          data-value={added ? 'added' : ''}
          disabled={added || !onAdd}
          onClick={onAdd}
        >
          {added ? t('button.added') : shortlistStatus ? t('button.saveScore') : t('button.add')}
        </button>
        {shortlistStatus && !added ? (
          <span className="ms-pill" data-testid="microscope-shortlisted" data-value={shortlistStatus}>
            {t('card.inShortlist', { status: t(`status.${shortlistStatus}`) })}
          </span>
        ) : null}
        {onRescore ? (
          <button type="button" className="ms-secondary" data-testid="microscope-rescore" onClick={onRescore}>
            {t('button.rescore')}
          </button>
        ) : null}
        <span className="ms-scored">{t('card.scoredAt', { date: fmt.dateTime(report.scoredAt) })}</span>
      </footer>
      {addError ? (
        <p className="ms-error" role="alert">
          {addError}
        </p>
      ) : null}
    </section>
  );
}
