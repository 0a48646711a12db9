import { DECISION_KEYS, DECISIONS, type QueueSpot } from '@/lib/queue/decisions';
import type { Decision } from '@/lib/queue/queue';
import { useLocale, useT } from '../locale';

/**
 * The review queue on the card, when Next opened this profile: the queue's name, this creator's
 * place ("3 / 40"), and the four decisions as buttons, each with its key (pressed anywhere in the
 * card). Shortlist, review later and reject save the score shown; skip only moves on.
 */
export function QueueBar(props: {
  spot: QueueSpot;
  /** Whether the score is ready (every decision but skip saves it). */
  scored: boolean;
  deciding: boolean;
  error?: string | undefined;
  onDecide(decision: Decision): void;
}) {
  const t = useT();
  const locale = useLocale();
  const keys = DECISION_KEYS[locale];
  const { spot } = props;
  return (
    <div className="ms-queue-bar" data-testid="microscope-card-queue" data-queue={spot.queueId}>
      <div className="ms-queue-bar-head">
        <span className="ms-queue-bar-name">{t('card.queue', { name: spot.name })}</span>
        <span
          className="ms-queue-bar-position"
          data-testid="microscope-card-queue-position"
          data-value={`${spot.position}/${spot.total}`}
        >
          <span aria-hidden="true">{t('queue.progress', { done: spot.position, total: spot.total })}</span>
          <span className="ms-visually-hidden">
            {t('card.queuePosition', { position: spot.position, total: spot.total })}
          </span>
        </span>
        {spot.decision ? (
          <span className="ms-pill" data-testid="microscope-card-queue-decision" data-value={spot.decision}>
            {t(`queue.decision.${spot.decision}`)}
          </span>
        ) : null}
      </div>
      <fieldset className="ms-queue-keys">
        <legend className="ms-visually-hidden">{t('card.queueKeys')}</legend>
        {DECISIONS.map((d) => (
          <button
            key={d}
            type="button"
            className={`ms-queue-key ms-queue-key-${d}`}
            data-testid={`microscope-decide-${d}`}
            aria-keyshortcuts={keys[d].toUpperCase()}
            disabled={props.deciding || (d !== 'skip' && !props.scored)}
            onClick={(e) => {
              if (e.isTrusted) props.onDecide(d);
            }}
          >
            <kbd>{keys[d].toUpperCase()}</kbd>
            {t(`card.decide.${d}`)}
          </button>
        ))}
      </fieldset>
      {props.error ? (
        <p className="ms-error" role="alert" data-testid="microscope-card-queue-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
