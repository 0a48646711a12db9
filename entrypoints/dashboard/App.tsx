import { useLiveQuery } from 'dexie-react-hooks';
import { downloadText } from '@/components/download';
import { useUiLocale } from '@/components/use-ui-locale';
import { csvFileName, shortlistToCsv } from '@/lib/exchange/csv';
import type { MessageKey } from '@/lib/i18n';
import { getDb } from '@/lib/shortlist/db';
import { listShortlist, removeFromShortlist } from '@/lib/shortlist/repo';

export function App() {
  const { t, fmt } = useUiLocale();
  const db = getDb();
  const entries = useLiveQuery(() => listShortlist(db), [db]);

  const exportCsv = () => {
    if (!entries) return;
    const now = Date.now();
    downloadText(csvFileName(now), shortlistToCsv(entries), 'text/csv;charset=utf-8');
  };

  return (
    <main className="ms-dashboard ms-root">
      <header className="ms-page-head">
        <h1>
          🔬 {t('app.name')} · {t('dashboard.title')}
        </h1>
        <span className="ms-pill" data-testid="microscope-shortlist-count" data-value={entries?.length ?? ''}>
          {t('dashboard.count', { n: entries?.length ?? 0 })}
        </span>
        <button
          type="button"
          className="ms-primary"
          data-testid="microscope-export-csv"
          disabled={!entries || entries.length === 0}
          onClick={exportCsv}
        >
          {t('dashboard.exportCsv')}
        </button>
      </header>
      {entries && entries.length === 0 ? <p className="ms-message">{t('dashboard.empty')}</p> : null}
      {entries && entries.length > 0 ? (
        <table className="ms-table">
          <thead>
            <tr>
              <th>{t('col.handle')}</th>
              <th>{t('col.platform')}</th>
              <th className="ms-num">{t('col.followers')}</th>
              <th>{t('col.tier')}</th>
              <th className="ms-num">{t('col.er')}</th>
              <th>{t('col.verdict')}</th>
              <th>{t('col.added')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr
                key={entry.id}
                data-testid="microscope-row"
                data-handle={entry.handle}
                data-platform={entry.platform}
              >
                <td>
                  <a href={entry.url} target="_blank" rel="noreferrer">
                    @{entry.handle}
                  </a>
                  {entry.displayName ? <div className="ms-sub">{entry.displayName}</div> : null}
                </td>
                <td>{t(`platform.${entry.platform}` as MessageKey)}</td>
                <td className="ms-num">
                  {entry.followers === undefined ? '—' : fmt.integer(entry.followers)}
                </td>
                <td>{entry.tier ? t(`tier.${entry.tier}` as MessageKey) : '—'}</td>
                <td className="ms-num">{entry.erMean === undefined ? '—' : fmt.percent(entry.erMean)}</td>
                <td>
                  <span className={`ms-verdict ms-verdict-${entry.verdict}`}>
                    {t(`verdict.${entry.verdict}` as MessageKey)}
                  </span>
                </td>
                <td>{fmt.date(entry.addedAt)}</td>
                <td>
                  <button
                    type="button"
                    className="ms-secondary"
                    data-testid="microscope-remove"
                    onClick={() => void removeFromShortlist(db, [entry.id], Date.now())}
                  >
                    {t('dashboard.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}
