import { useLiveQuery } from 'dexie-react-hooks';
import { downloadText } from '@/components/download';
import type { Translate } from '@/lib/i18n';
import type { MicroscopeDb } from '@/lib/shortlist/db';

/**
 * Tells the user when records were kept aside by a database upgrade (they could not be
 * converted or no longer fit the schema) and lets them download them, unchanged, as JSON.
 */
export function QuarantineNotice({ db, t }: { db: MicroscopeDb; t: Translate }) {
  const keys = useLiveQuery(
    async () => (await db.quarantine.toArray()).map((record) => record.key ?? record.source),
    [db],
  );
  const count = keys?.length ?? 0;
  if (!count) return null;
  const named = keys?.filter((key) => key.includes(':')).map((key) => `@${key.slice(key.indexOf(':') + 1)}`);
  const list = named?.length ? ` (${named.slice(0, 5).join(', ')}${named.length > 5 ? ', …' : ''})` : '';
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
      {t('ws.quarantine', { n: count })}
      {list}{' '}
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
