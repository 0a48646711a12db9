import type { Formatters, MessageKey, Translate } from '@/lib/i18n';
import type { ScoreReport } from '@/lib/model';

export interface ScoreCardProps {
  report: ScoreReport;
  t: Translate;
  fmt: Formatters;
  added: boolean;
  addError?: string;
  onAdd?: () => void;
  onRescore?: () => void;
  onClose?: () => void;
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

export function ScoreCard({ report, t, fmt, added, addError, onAdd, onRescore, onClose }: ScoreCardProps) {
  const e = report.engagement;
  const unknown = t('card.unknown');
  const erTone = e.erMean === undefined ? undefined : e.erMean >= e.minimum ? 'good' : 'bad';
  const verdictKey = `verdict.${report.verdict}` as MessageKey;
  return (
    <section
      className="ms-card"
      data-testid="microscope-card"
      data-platform={report.platform}
      data-handle={report.handle}
      aria-label={`${t('app.name')} — @${report.handle}`}
    >
      <header className="ms-card-head">
        <div>
          <div className="ms-brand">{t('app.name')}</div>
          <div className="ms-handle">
            @{report.handle}
            {report.displayName ? <span className="ms-name"> · {report.displayName}</span> : null}
          </div>
        </div>
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
      </div>
      <p className="ms-minimum">
        {t('card.minimum', { min: e.minimum })} · {t(`card.confidence.${e.confidence}` as MessageKey)}
      </p>

      {report.reasons.length > 0 ? (
        <ul className="ms-reasons" aria-label={t('card.reasons')}>
          {report.reasons.map((reason) => (
            <li
              key={reason.code}
              className={`ms-reason ms-reason-${reason.severity}`}
              data-code={reason.code}
            >
              {reason.message}
            </li>
          ))}
        </ul>
      ) : null}

      <details className="ms-details">
        <summary>{t('card.usedPosts')}</summary>
        <ol className="ms-posts">
          {e.used.map((post) => (
            <li key={post.postId} data-testid="microscope-used-post" data-post={post.postId}>
              <span className="ms-post-id">{post.postId}</span>
              <span>
                ♥ {fmt.integer(post.likes)} · 💬 {fmt.integer(post.comments)}
                {post.views !== undefined ? ` · ▶ ${fmt.integer(post.views)}` : ''}
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
                  <span className="ms-post-id">{post.postId}</span>
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
            <li key={`${problem.code}:${problem.field ?? ''}`} data-code={problem.code}>
              {problem.field ? <strong>{problem.field}: </strong> : null}
              {problem.message}
            </li>
          ))}
        </ul>
        <div className="ms-subtitle">{t('card.sources')}</div>
        <p className="ms-sources">
          {Object.entries(report.provenance)
            .map(([field, source]) => `${field}: ${source}`)
            .join(' · ')}
        </p>
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
          {added ? t('button.added') : t('button.add')}
        </button>
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
