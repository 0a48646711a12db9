import { useLiveQuery } from 'dexie-react-hooks';
import { downloadText } from '@/components/download';
import type { Translate } from '@/lib/i18n';
import type { MicroscopeDb } from '@/lib/shortlist/db';

/**
 * Tells the user when records were kept aside by a database upgrade (they could not be
 * converted or no longer fit the schema) and lets them download them, unchanged, as JSON.
 */
export function QuarantineNotice({ db, t }: { db: MicroscopeDb; t: Translate }) {
  const count = useLiveQuery(() => db.quarantine.count(), [db]);
  if (!count) return null;
  const download = async () => {
    const records = await db.quarantine.toArray();
    downloadText(
      `microscope-kept-aside-${new Date().toISOString().slice(0, 10)}.json`,
      JSON.stringify({ format: 'microscope-kept-aside', records }, null, 2),
      'application/json',
    );
  };
  return (
    <p className="ms-error" role="alert" data-testid="microscope-quarantine" data-value={count}>
      {t('ws.quarantine', { n: count })}{' '}
      <button
        type="button"
        className="ms-secondary"
        data-testid="microscope-quarantine-download"
        onClick={download}
      >
        {t('ws.quarantine.download')}
      </button>
    </p>
  );
}
