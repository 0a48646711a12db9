import './Reasons.css';
import { reasonText } from '@/lib/i18n/score-text';
import type { Reason } from '@/lib/model';
import { useFormat, useT } from '../locale';

/** A mark per severity, so it never rests on the colour alone (screen readers get the word). */
const SEVERITY_MARK = { hard: '✕', warn: '!', info: 'i' } as const;

/** Reasons behind the verdict, each worded in the interface language, its code exposed as `data-code`. */
export function Reasons({ reasons }: { reasons: readonly Reason[] }) {
  const t = useT();
  const fmt = useFormat();
  if (reasons.length === 0) return null;
  return (
    <ul className="ms-reasons" aria-label={t('card.reasons')}>
      {reasons.map((reason) => (
        <li key={reason.code} className={`ms-reason ms-reason-${reason.severity}`} data-code={reason.code}>
          <span className="ms-reason-mark" aria-hidden="true">
            {SEVERITY_MARK[reason.severity]}
          </span>
          <span>
            <span className="ms-visually-hidden">{t(`card.severity.${reason.severity}`)} </span>
            {reasonText(reason, t, fmt)}
          </span>
        </li>
      ))}
    </ul>
  );
}
