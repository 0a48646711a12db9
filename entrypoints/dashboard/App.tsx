import './dashboard.css';
import type { RowSelectionState, SortingState } from '@tanstack/react-table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CompareLauncher } from '@/components/compare/CompareLauncher';
import { CompareView } from '@/components/compare/CompareView';
import { BulkBar } from '@/components/dashboard/BulkBar';
import { CampaignSwitcher } from '@/components/dashboard/CampaignSwitcher';
import { CampaignView } from '@/components/dashboard/CampaignView';
import { ColumnsMenu } from '@/components/dashboard/ColumnsMenu';
import { DetailPanel } from '@/components/dashboard/DetailPanel';
import { DEFAULT_EXPORT, type ExportChoice, ExportDialog } from '@/components/dashboard/ExportDialog';
import { FilterBar } from '@/components/dashboard/FilterBar';
import { LanguageSelect } from '@/components/dashboard/LanguageSelect';
import { PanelBoundary } from '@/components/dashboard/PanelBoundary';
import { QuarantineNotice } from '@/components/dashboard/QuarantineNotice';
import { ShortlistTable } from '@/components/dashboard/ShortlistTable';
import { SyncPanelSlot } from '@/components/dashboard/SyncPanelSlot';
import { Toast, type ToastState } from '@/components/dashboard/Toast';
import { useCampaignSettings } from '@/components/dashboard/use-campaign-settings';
import { useColumnPrefs } from '@/components/dashboard/use-column-prefs';
import { downloadText } from '@/components/download';
import { MicroscopeIcon } from '@/components/MicroscopeIcon';
import { QueuePanel } from '@/components/queue/QueuePanel';
import { useUiLocale } from '@/components/use-ui-locale';
import { mainLanguagesOf } from '@/lib/audience/filter';
import { csvFileName, shortlistToCsv } from '@/lib/exchange/csv';
import type { Replica } from '@/lib/exchange/replica';
import { describeError, explain } from '@/lib/i18n';
import { DEFAULT_CAMPAIGN } from '@/lib/model';
import { getDb } from '@/lib/shortlist/db';
import {
  facetsOf,
  filterEntries,
  isFilterEmpty,
  type ShortlistFilter,
  SORT_KEYS,
  type SortKey,
  searchTextOf,
  sortEntries,
} from '@/lib/shortlist/filters';
import { firstShortlistPage } from '@/lib/shortlist/queries';
import {
  type EntryEdit,
  editEntries,
  getDevice,
  listShortlist,
  removeFromShortlist,
  restoreReplicas,
} from '@/lib/shortlist/repo';

type Tab = 'shortlist' | 'campaign' | 'queues';

/** Rows read first so the table shows at once, before the whole list has loaded. */
const FIRST_PAGE = 60;

export function App() {
  const { t, fmt, locale, language } = useUiLocale();
  const db = getDb();
  // The newest rows first (an indexed, limited read: shown at once), then the whole list,
  // which filtering, sorting, selection and export work on.
  const firstPage = useLiveQuery(() => firstShortlistPage(db, FIRST_PAGE), [db]);
  const total = useLiveQuery(() => db.shortlist.count(), [db]);
  const fullReady = firstPage !== undefined;
  const entries = useLiveQuery(() => (fullReady ? listShortlist(db) : undefined), [db, fullReady]);
  const loadingAll = entries === undefined && firstPage !== undefined && firstPage.length > 0;
  const campaigns = useCampaignSettings();
  const campaign = campaigns.active ?? DEFAULT_CAMPAIGN;
  const maxFakeShare = campaign.thresholds.maxFakeShare;

  const [tab, setTab] = useState<Tab>('shortlist');
  const [filter, setFilter] = useState<ShortlistFilter>({});
  const [sorting, setSorting] = useState<SortingState>([]);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [openId, setOpenId] = useState<string>();
  const [deviceId, setDeviceId] = useState<string>();
  const [toast, setToast] = useState<ToastState>();
  const [exportChoice, setExportChoice] = useState<ExportChoice>(DEFAULT_EXPORT);
  const [exportOpen, setExportOpen] = useState(false);
  const [columnPrefs, setColumnPrefs] = useColumnPrefs();
  const [compareIds, setCompareIds] = useState<string[]>();

  useEffect(() => {
    void getDevice(db).then((d) => setDeviceId(d.id));
  }, [db]);

  // Fold every row's search text while the browser is idle, so the first keystroke is as fast as the next.
  useEffect(() => {
    if (!entries) return;
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
    const handle = idle(() => {
      for (const entry of entries) searchTextOf(entry);
    });
    return () => (globalThis.cancelIdleCallback ?? clearTimeout)(handle as number);
  }, [entries]);

  const filtered = useMemo(
    () => (entries ? filterEntries(entries, filter, { maxFakeShare }) : (firstPage ?? [])),
    [entries, firstPage, filter, maxFakeShare],
  );
  const sort = sorting[0];
  const rows = useMemo(
    () =>
      sort && (SORT_KEYS as readonly string[]).includes(sort.id)
        ? sortEntries(filtered, { key: sort.id as SortKey, desc: sort.desc }, { maxFakeShare })
        : filtered,
    [filtered, sort, maxFakeShare],
  );
  const facets = useMemo(() => facetsOf(entries ?? []), [entries]);
  const mainLanguages = useMemo(() => mainLanguagesOf((entries ?? []).map((e) => e.report)), [entries]);
  const campaignOptions = useMemo(() => {
    const names = new Map((campaigns.settings?.campaigns ?? []).map((c) => [c.id, c.name]));
    return facets.campaignIds.map((id) => ({ id, name: names.get(id) ?? id }));
  }, [facets, campaigns.settings]);
  const selectedIds = useMemo(
    () => (entries ? rows.filter((r) => rowSelection[r.id]).map((r) => r.id) : []),
    [entries, rows, rowSelection],
  );
  const toggleAll = useCallback(
    (select: boolean) => setRowSelection(select ? Object.fromEntries(rows.map((r) => [r.id, true])) : {}),
    [rows],
  );

  const closeToast = useCallback(() => setToast(undefined), []);
  const closeCompare = useCallback(() => setCompareIds(undefined), []);
  const fail = useCallback(
    (message: string) =>
      setToast({ id: Date.now(), message: t('ws.error', { error: message }), error: true }),
    [t],
  );
  const undoable = (message: string, previous: Replica[]) =>
    setToast({
      id: Date.now(),
      message,
      undo: async () => {
        try {
          await restoreReplicas(db, previous, Date.now());
          setToast({ id: Date.now(), message: t('ws.toast.undone') });
        } catch (e) {
          fail(explain(e, t));
        }
      },
    });

  const bulkEdit = async (edit: EntryEdit, label: string) => {
    try {
      undoable(label, await editEntries(db, selectedIds, edit, Date.now()));
    } catch (e) {
      fail(explain(e, t));
    }
  };
  const bulkRemove = async () => {
    try {
      const n = selectedIds.length;
      const previous = await removeFromShortlist(db, selectedIds, Date.now());
      setRowSelection({});
      if (openId && selectedIds.includes(openId)) setOpenId(undefined);
      undoable(t('ws.toast.removed', { n }), previous);
    } catch (e) {
      fail(explain(e, t));
    }
  };

  const exportCsv = (choice: ExportChoice) => {
    if (!entries) return;
    const chosen = choice.scope === 'filtered' ? rows : entries;
    const text = shortlistToCsv(chosen, {
      separator: choice.separator,
      decimalComma: choice.separator === ';' && choice.decimalComma,
      columns: choice.columns,
    });
    downloadText(csvFileName(Date.now()), text, 'text/csv;charset=utf-8');
    setToast({ id: Date.now(), message: t('ws.toast.exported', { n: chosen.length }) });
  };

  const count = entries?.length ?? total;
  return (
    <main className="ms-workspace ms-root">
      <header className="ms-page-head ms-workspace-head">
        <h1>
          <MicroscopeIcon size={20} /> {t('app.name')} · {t('dashboard.title')}
        </h1>
        <span className="ms-pill" data-testid="microscope-shortlist-count" data-value={count ?? ''}>
          {t('dashboard.count', { n: fmt.integer(count ?? 0) })}
        </span>
        <nav className="ms-tabs" aria-label={t('ws.views')}>
          <button
            type="button"
            data-testid="microscope-tab-shortlist"
            aria-pressed={tab === 'shortlist'}
            onClick={() => setTab('shortlist')}
          >
            {t('ws.tab.shortlist')}
          </button>
          <button
            type="button"
            data-testid="microscope-tab-campaign"
            aria-pressed={tab === 'campaign'}
            onClick={() => setTab('campaign')}
          >
            {t('ws.tab.campaign')}
          </button>
          <button
            type="button"
            data-testid="microscope-tab-queues"
            aria-pressed={tab === 'queues'}
            onClick={() => setTab('queues')}
          >
            {t('ws.tab.queues')}
          </button>
        </nav>
        <span className="ms-head-spacer" />
        <CampaignSwitcher t={t} campaigns={campaigns} />
        <a className="ms-head-link" href="/options.html" target="_blank" rel="noreferrer">
          {t('link.campaigns')}
        </a>
        <LanguageSelect t={t} language={language} />
        {/* Team sync (owned by the sync work) renders here. */}
        <PanelBoundary t={t} name="sync">
          <SyncPanelSlot locale={locale} />
        </PanelBoundary>
        <div className="ms-split">
          <button
            type="button"
            className="ms-primary"
            data-testid="microscope-export-csv"
            disabled={!entries || entries.length === 0}
            title={t('ws.export.quickHint')}
            onClick={() => exportCsv(exportChoice)}
          >
            {t('dashboard.exportCsv')}
          </button>
          <button
            type="button"
            className="ms-primary ms-split-more"
            data-testid="microscope-export-options"
            aria-label={t('ws.export.options')}
            title={t('ws.export.options')}
            disabled={!entries || entries.length === 0}
            onClick={() => setExportOpen(true)}
          >
            ▾
          </button>
        </div>
      </header>
      {campaigns.error ? <p className="ms-error">{describeError(campaigns.error, t)}</p> : null}
      <QuarantineNotice db={db} t={t} />

      {tab === 'shortlist' ? (
        <>
          <PanelBoundary t={t} name="filters">
            <FilterBar
              t={t}
              filter={filter}
              onChange={setFilter}
              tags={facets.tags}
              campaigns={campaignOptions}
              disabled={!entries}
              languages={mainLanguages}
              locale={locale}
            />
          </PanelBoundary>
          <div className="ms-table-meta">
            <span
              role="status"
              data-testid="microscope-filtered-count"
              data-value={entries ? rows.length : ''}
              data-query={filter.text ?? ''}
            >
              {loadingAll
                ? t('ws.loadingAll', { n: fmt.integer(total ?? 0) })
                : isFilterEmpty(filter)
                  ? t('ws.showingAll', { n: fmt.integer(rows.length) })
                  : t('ws.showingFiltered', { n: fmt.integer(rows.length), total: fmt.integer(count ?? 0) })}
            </span>
            <ColumnsMenu t={t} prefs={columnPrefs} onChange={setColumnPrefs} />
          </div>
          {selectedIds.length > 0 ? (
            <PanelBoundary t={t} name="bulk">
              <BulkBar
                t={t}
                count={selectedIds.length}
                onEdit={(edit, label) => void bulkEdit(edit, label)}
                onRemove={() => void bulkRemove()}
                onClear={() => setRowSelection({})}
              />
              <CompareLauncher t={t} count={selectedIds.length} onOpen={() => setCompareIds(selectedIds)} />
            </PanelBoundary>
          ) : null}
          {firstPage === undefined ? <p className="ms-message">{t('ws.loading')}</p> : null}
          {firstPage && firstPage.length === 0 ? <p className="ms-message">{t('dashboard.empty')}</p> : null}
          {entries && entries.length > 0 && rows.length === 0 ? (
            <p className="ms-message">{t('ws.noMatch')}</p>
          ) : null}
          {firstPage && firstPage.length > 0 ? (
            <PanelBoundary t={t} name="table">
              <ShortlistTable
                rows={rows}
                allSelected={rows.length > 0 && selectedIds.length === rows.length}
                someSelected={selectedIds.length > 0}
                onToggleAll={toggleAll}
                t={t}
                fmt={fmt}
                maxFakeShare={maxFakeShare}
                sorting={sorting}
                onSortingChange={entries ? setSorting : () => {}}
                rowSelection={rowSelection}
                onRowSelectionChange={setRowSelection}
                openId={openId}
                onOpen={setOpenId}
                columnPrefs={columnPrefs}
              />
            </PanelBoundary>
          ) : null}
        </>
      ) : tab === 'queues' ? (
        <PanelBoundary t={t} name="queues">
          <QueuePanel db={db} t={t} onError={fail} />
        </PanelBoundary>
      ) : (
        <PanelBoundary t={t} name="campaign">
          <CampaignView t={t} fmt={fmt} campaign={campaign} entries={entries ?? []} />
        </PanelBoundary>
      )}

      {openId ? (
        <PanelBoundary key={openId} t={t} name="detail">
          <DetailPanel
            key={openId}
            db={db}
            id={openId}
            deviceId={deviceId}
            t={t}
            fmt={fmt}
            locale={locale}
            campaign={campaign}
            onClose={() => setOpenId(undefined)}
            onError={fail}
          />
        </PanelBoundary>
      ) : null}
      {exportOpen && entries ? (
        <PanelBoundary t={t} name="export">
          <ExportDialog
            t={t}
            choice={exportChoice}
            filteredCount={rows.length}
            totalCount={entries.length}
            onChange={setExportChoice}
            onClose={() => setExportOpen(false)}
            onConfirm={() => {
              exportCsv(exportChoice);
              setExportOpen(false);
            }}
          />
        </PanelBoundary>
      ) : null}
      {compareIds && entries ? (
        <PanelBoundary t={t} name="compare">
          <CompareView
            entries={compareIds.flatMap((id) => entries.filter((e) => e.id === id))}
            maxFakeShare={maxFakeShare}
            t={t}
            fmt={fmt}
            locale={locale}
            onClose={closeCompare}
            onExported={(n) => setToast({ id: Date.now(), message: t('ws.compare.exported', { n }) })}
          />
        </PanelBoundary>
      ) : null}
      <Toast toast={toast} t={t} onDone={closeToast} />
    </main>
  );
}
