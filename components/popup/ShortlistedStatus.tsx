import './ShortlistedStatus.css';
import type { Translate } from '@/lib/i18n';
import { type ShortlistEntry, type Status, StatusSchema } from '@/lib/model';
import type { MicroscopeDb } from '@/lib/shortlist/db';
import { editEntries } from '@/lib/shortlist/repo';

/** This creator is already shortlisted: its status, changeable in place, and its tags. */
export function ShortlistedStatus(props: {
  t: Translate;
  entry: ShortlistEntry;
  db: MicroscopeDb;
  onError(message: string): void;
}) {
  const { t, entry } = props;
  return (
    <div className="ms-popup-status" data-testid="microscope-popup-shortlisted" data-status={entry.status}>
      <span>✓ {t('ws.popup.inShortlist')}</span>
      <select
        aria-label={t('col.status')}
        data-testid="microscope-popup-status"
        value={entry.status}
        onChange={(e) =>
          void editEntries(props.db, [entry.id], { status: e.target.value as Status }, Date.now()).catch(
            (err) => props.onError(err instanceof Error ? err.message : String(err)),
          )
        }
      >
        {StatusSchema.options.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      {entry.tags.length > 0 ? (
        <span className="ms-tags-cell">
          {entry.tags.map((tag) => (
            <span key={tag} className="ms-tag">
              {tag}
            </span>
          ))}
        </span>
      ) : null}
    </div>
  );
}
