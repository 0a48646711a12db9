import './Reasons.css';
import { reasonText } from '@/lib/i18n/score-text';
import type { Reason } from '@/lib/model';
import { useFormat, useT } from '../locale';

/** Reasons behind the verdict, each worded in the interface language, its code exposed as `data-code`. */
export function Reasons({ reasons }: { reasons: readonly Reason[] }) {
  const t = useT();
  const fmt = useFormat();
  if (reasons.length === 0) return null;
  return (
    <ul className="ms-reasons" aria-label={t('card.reasons')}>
      {reasons.map((reason) => (
        // The severity never rests on the colour alone: Reasons.css marks it (✕ ! i) and gives
        // screen readers its word from data-severity-label; the item's text is the reason alone.
        <li
          key={reason.code}
          className={`ms-reason ms-reason-${reason.severity}`}
          data-code={reason.code}
          data-severity-label={t(`card.severity.${reason.severity}`)}
        >
          {reasonText(reason, t, fmt)}
        </li>
      ))}
    </ul>
  );
}
