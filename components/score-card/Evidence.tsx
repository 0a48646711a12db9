import './Evidence.css';
import { countText } from '@/lib/i18n';
import { audienceCount, type ScoreReport } from '@/lib/model';
import { isCommentRule } from '@/lib/scoring/comment-rules';
import { useFormat, useT } from '../locale';

/** How many judged comments the card lists. */
const COMMENTS_SHOWN = 40;

/** The comments judged, each with its class and the rule that gave it. */
export function CommentsPanel({
  report,
  commentTexts,
}: {
  report: ScoreReport;
  commentTexts?: Readonly<Record<string, string>> | undefined;
}) {
  const t = useT();
  const counts = report.commentCounts;
  const judged = counts ? audienceCount(counts) : 0;
  return (
    <details className="ms-details" data-testid="microscope-comments">
      <summary>
        {t('card.lowEffort')}
        {/* No badge when none was read: a "0" would read as a measurement of low-effort comments. */}
        {judged > 0 ? <span className="ms-count">{judged}</span> : null}
      </summary>
      <p
        className="ms-sub"
        data-testid="microscope-comments-used"
        data-value={judged}
        data-posts={counts?.posts ?? 0}
      >
        {counts && judged > 0
          ? t('card.commentsUsed', {
              comments: countText(t, 'comments', judged),
              posts: countText(t, 'posts', counts.posts),
            })
          : t('card.noComments')}
      </p>
      {report.comments && report.comments.length > 0 ? (
        <ul className="ms-comments">
          {report.comments.slice(0, COMMENTS_SHOWN).map((c) => (
            <li key={c.commentId} className={`ms-comment ms-class-${c.class}`}>
              <span className="ms-class">{t(`class.${c.class}`)}</span>
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
  );
}

/** The posts behind the engagement rate, and those left out with the reason. */
export function PostsPanel({ report }: { report: ScoreReport }) {
  const t = useT();
  const fmt = useFormat();
  const e = report.engagement;
  return (
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
                <span>{t(`exclusion.${post.reason}`)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}

/** A post's id, linked to the post when its address is known, so every number can be checked. */
function PostId({ id, url }: { id: string; url?: string | undefined }) {
  const safe = url && /^https:\/\/www\.(instagram|tiktok)\.com\//.test(url) ? url : undefined;
  return safe ? (
    <a className="ms-post-id" href={safe} target="_blank" rel="noopener noreferrer">
      {id}
    </a>
  ) : (
    <span className="ms-post-id">{id}</span>
  );
}
