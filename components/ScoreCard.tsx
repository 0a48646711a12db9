import { useState } from 'react';
import type { Formatters, MessageKey, Translate } from '@/lib/i18n';
import { problemText } from '@/lib/i18n/problem-text';
import type { ScoreReport, Status, SubScore } from '@/lib/model';
import { isCommentRule } from '@/lib/scoring/comment-rules';
import { MicroscopeIcon } from './MicroscopeIcon';
import { Sparkline } from './Sparkline';

export interface ScoreCardProps {
  report: ScoreReport;
  t: Translate;
  fmt: Formatters;
  added: boolean;
  addError?: string;
  onAdd?: () => void;
  onRescore?: () => void;
  onClose?: () => void;
  /** Comment texts by id (on the page only), to show next to their judgement. */
  commentTexts?: Readonly<Record<string, string>>;
  /** Copy diagnostics text (on the page only). */
  diagnostics?: string;
  /** Pipeline status when the creator is already shortlisted. */
  shortlistStatus?: Status;
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
  hint?: string;
  tone?: 'good' | 'warn' | 'bad';
}) {
  return (
    <div className={`ms-metric ${props.tone ? `ms-${props.tone}` : ''}`} title={props.hint}>
      <div className="ms-metric-label">{props.label}</div>
      <div className="ms-metric-value" data-testid={props.testId} data-value={props.value}>
        {props.display}
      </div>
    </div>
  );
}

const SEVERITY_ORDER = { hard: 0, warn: 1, info: 2 } as const;

/** The message in the UI language when the scoring or the extractor wrote one. */
function localized(item: { message: string; messageFr?: string }, locale: 'en' | 'fr'): string {
  return locale === 'fr' ? (item.messageFr ?? item.message) : item.message;
}

function scoreTone(value: number | undefined): string {
  if (value === undefined) return 'ms-none';
  return value >= 60 ? 'ms-good' : value >= 40 ? 'ms-warn' : 'ms-bad';
}

function SubScoreRow({
  sub,
  weight,
  t,
  locale,
}: {
  sub: SubScore;
  weight?: number;
  t: Translate;
  locale: 'en' | 'fr';
}) {
  const inputs = Object.entries(sub.inputs);
  return (
    <details
      className="ms-subscore"
      data-testid="microscope-subscore"
      data-key={sub.key}
      data-value={sub.value === undefined ? '' : sub.value.toFixed(0)}
      data-weight={weight === undefined ? '' : weight.toFixed(4)}
    >
      <summary>
        <span className="ms-sub-name">{t(`sub.${sub.key}` as MessageKey)}</span>
        <span className={`ms-bar ${scoreTone(sub.value)}`} aria-hidden="true">
          <span style={{ width: `${sub.value ?? 0}%` }} />
        </span>
        <span className="ms-sub-value">
          {sub.value === undefined ? t('card.noData') : Math.round(sub.value)}
        </span>
        <span className="ms-sub-weight">
          {weight === undefined ? '' : t('card.weight', { w: Math.round(weight * 100) })}
        </span>
      </summary>
      <p className="ms-explain">{sub.explanation[locale]}</p>
      {inputs.length > 0 ? (
        <dl className="ms-inputs">
          {inputs.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                {value === null
                  ? '—'
                  : typeof value === 'number'
                    ? Number(value.toFixed(3)).toString()
                    : String(value)}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {sub.used.length > 0 ? (
        <div className="ms-items">
          <strong>{t('card.used')}:</strong>{' '}
          {sub.used
            .slice(0, 12)
            .map((u) => (u.note ? `${u.id} (${u.note})` : u.id))
            .join(', ')}
          {sub.used.length > 12 ? ` … +${sub.used.length - 12}` : ''}
        </div>
      ) : null}
      {sub.excluded.length > 0 ? (
        <div className="ms-items">
          <strong>{t('card.excludedItems')}:</strong>{' '}
          {sub.excluded
            .slice(0, 12)
            .map((e) => `${e.id} (${e.reason})`)
            .join(', ')}
        </div>
      ) : null}
    </details>
  );
}

export function ScoreCard(props: ScoreCardProps) {
  const {
    report,
    t,
    fmt,
    added,
    addError,
    onAdd,
    onRescore,
    onClose,
    commentTexts,
    diagnostics,
    shortlistStatus,
  } = props;
  const locale = fmt.locale;
  const e = report.engagement;
  const unknown = t('card.unknown');
  const erTone = e.erMean === undefined ? undefined : e.erMean >= e.minimum ? 'good' : 'bad';
  const verdictKey = `verdict.${report.verdict}` as MessageKey;
  // The page-state banner already says the account is private.
  const reasons = report.reasons
    .filter((r) => !(report.pageState === 'private' && r.code === 'private-account'))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const counts = report.commentCounts;
  const judged = counts ? counts.spam + counts.generic + counts.substantive + counts.neutral : 0;
  const lowEffortTone =
    report.lowEffortBand === 'green'
      ? 'good'
      : report.lowEffortBand === 'amber'
        ? 'warn'
        : report.lowEffortBand === 'red'
          ? 'bad'
          : undefined;
  const sparkPoints = [...e.used]
    .filter((p) => p.erFollowers !== undefined || p.erViews !== undefined)
    .sort((a, b) => (a.takenAt ?? 0) - (b.takenAt ?? 0))
    .map((p) => ({
      id: p.postId,
      value: (report.platform === 'tiktok' ? p.erViews : p.erFollowers) ?? p.erFollowers ?? 0,
    }));

  return (
    <section
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
            {report.displayName ? <span className="ms-name"> · {report.displayName}</span> : null}
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
          {t(verdictKey)}
        </span>
        {onClose ? (
          <button type="button" className="ms-icon" aria-label={t('button.close')} onClick={onClose}>
            ×
          </button>
        ) : null}
      </header>

      {report.pageState !== 'ok' ? (
        <p
          className="ms-state"
          role="status"
          data-testid="microscope-page-state"
          data-value={report.pageState}
        >
          {t(`state.${report.pageState}` as MessageKey)}
        </p>
      ) : null}

      {reasons.some((r) => r.severity === 'hard') ? (
        <ul className="ms-reasons" aria-label={t('card.reasons')}>
          {reasons
            .filter((r) => r.severity === 'hard')
            .map((reason) => (
              <li key={reason.code} className="ms-reason ms-reason-hard" data-code={reason.code}>
                {localized(reason, locale)}
              </li>
            ))}
        </ul>
      ) : null}

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
          display={report.tier ? t(`tier.${report.tier}` as MessageKey) : unknown}
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
          hint={t(`card.confidence.${e.confidence}` as MessageKey)}
        />
        <Metric
          testId="microscope-comment-low-effort"
          label={t('card.lowEffort')}
          value={report.lowEffortShare === undefined ? '' : report.lowEffortShare.toFixed(1)}
          display={report.lowEffortShare === undefined ? unknown : `${report.lowEffortShare.toFixed(0)} %`}
          hint={counts ? t('card.lowEffortHint', { n: judged, posts: counts.posts }) : t('card.noComments')}
          tone={lowEffortTone}
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
          hint={report.priceBand?.source}
        />
      </div>
      <p className="ms-minimum">
        {t('card.minimum', { min: e.minimum })} · {t(`card.confidence.${e.confidence}` as MessageKey)}
      </p>
      {sparkPoints.length >= 2 ? <Sparkline points={sparkPoints} label={t('card.sparkline')} /> : null}

      {reasons.some((r) => r.severity !== 'hard') ? (
        <ul className="ms-reasons" aria-label={t('card.reasons')}>
          {reasons
            .filter((r) => r.severity !== 'hard')
            .map((reason) => (
              <li
                key={reason.code}
                className={`ms-reason ms-reason-${reason.severity}`}
                data-code={reason.code}
              >
                {localized(reason, locale)}
              </li>
            ))}
        </ul>
      ) : null}

      {report.subscores && report.subscores.length > 0 ? (
        <details className="ms-details" data-testid="microscope-subscores">
          <summary>{t('card.subscores')}</summary>
          {report.subscores.map((sub) => (
            <SubScoreRow
              key={sub.key}
              sub={sub}
              weight={report.weightsUsed?.[sub.key]}
              t={t}
              locale={locale}
            />
          ))}
          {report.subscoresWithoutData && report.subscoresWithoutData.length > 0 ? (
            <p className="ms-sub">
              {t('card.withoutData', {
                keys: report.subscoresWithoutData.map((k) => t(`sub.${k}` as MessageKey)).join(', '),
              })}
            </p>
          ) : null}
        </details>
      ) : null}

      <details className="ms-details" data-testid="microscope-comments">
        <summary>
          {t('card.lowEffort')}
          {counts ? <span className="ms-count">{judged}</span> : null}
        </summary>
        <p
          className="ms-sub"
          data-testid="microscope-comments-used"
          data-value={judged}
          data-posts={counts?.posts ?? 0}
        >
          {counts && judged > 0
            ? t('card.commentsUsed', { n: judged, posts: counts.posts })
            : t('card.noComments')}
        </p>
        {report.comments && report.comments.length > 0 ? (
          <ul className="ms-comments">
            {report.comments.slice(0, 40).map((c) => (
              <li key={c.commentId} className={`ms-comment ms-class-${c.class}`}>
                <span className="ms-class">{t(`class.${c.class}` as MessageKey)}</span>
                <span className="ms-comment-text">{commentTexts?.[c.commentId] ?? c.commentId}</span>
                <span className="ms-rule" data-rule={c.rule}>
                  {isCommentRule(c.rule) ? `${t(`rule.${c.rule}`)} · ` : ''}
                  <code>{c.rule}</code>
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </details>

      <details className="ms-details">
        <summary>{t('card.usedPosts')}</summary>
        <ol className="ms-posts">
          {e.used.map((post) => (
            <li key={post.postId} data-testid="microscope-used-post" data-post={post.postId}>
              <PostId id={post.postId} url={post.url} />
              <span>
                {t('card.likesN', { n: fmt.integer(post.likes) })} ·{' '}
                {t('card.commentsN', { n: fmt.integer(post.comments) })}
                {post.views !== undefined ? ` · ${t('card.viewsN', { n: fmt.integer(post.views) })}` : ''}
              </span>
              <span className="ms-post-er">
                {post.erFollowers === undefined ? '' : fmt.percent(post.erFollowers)}
              </span>
            </li>
          ))}
        </ol>
        {e.excluded.length > 0 ? (
          <>
            <div className="ms-subtitle">{t('card.excluded')}</div>
            <ul className="ms-posts">
              {e.excluded.map((post) => (
                <li key={post.postId} data-testid="microscope-excluded-post" data-reason={post.reason}>
                  <PostId id={post.postId} url={post.url} />
                  <span>{t(`reason.${post.reason}` as MessageKey)}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </details>

      <details className="ms-details" data-testid="microscope-data-quality">
        <summary>
          {t('card.dataQuality')}
          {report.problems.length > 0 ? <span className="ms-count">{report.problems.length}</span> : null}
        </summary>
        {report.problems.length === 0 ? <p>{t('card.noProblems')}</p> : null}
        <ul className="ms-problems">
          {report.problems.map((problem) => (
            <li
              key={`${problem.code}:${problem.field ?? ''}:${JSON.stringify(problem.params)}`}
              data-code={problem.code}
            >
              {problem.field ? <strong>{problem.field}: </strong> : null}
              {problemText(problem, report.platform, t, fmt)}
            </li>
          ))}
        </ul>
        <div className="ms-subtitle">{t('card.sources')}</div>
        <p className="ms-sources">
          {Object.entries(report.provenance)
            .map(([field, source]) => `${field}: ${source}`)
            .join(' · ')}
        </p>
        {diagnostics ? <CopyDiagnostics text={diagnostics} t={t} /> : null}
      </details>

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
            {t('card.inShortlist', { status: t(`status.${shortlistStatus}` as MessageKey) })}
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

/** A post's id, linked to the post when its address is known, so every number can be checked. */
function PostId({ id, url }: { id: string; url?: string }) {
  const safe = url && /^https:\/\/www\.(instagram|tiktok)\.com\//.test(url) ? url : undefined;
  return safe ? (
    <a className="ms-post-id" href={safe} target="_blank" rel="noopener noreferrer">
      {id}
    </a>
  ) : (
    <span className="ms-post-id">{id}</span>
  );
}

function CopyDiagnostics({ text, t }: { text: string; t: Translate }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="ms-diagnostics">
      <button type="button" className="ms-secondary" data-testid="microscope-copy-diagnostics" onClick={copy}>
        {t('card.copyDiagnostics')}
      </button>
      {state === 'copied' ? <span className="ms-sub"> {t('card.copied')}</span> : null}
      {state === 'failed' ? (
        <>
          <p className="ms-sub">{t('card.copyFailed')}</p>
          <textarea
            readOnly
            value={text}
            rows={8}
            data-testid="microscope-diagnostics-text"
            onFocus={(e) => e.target.select()}
          />
        </>
      ) : null}
    </div>
  );
}
