import './dashboard.css';
import type { RowSelectionState, SortingState } from '@tanstack/react-table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
import { useNewestRows } from '@/components/dashboard/use-newest-rows';
import {
  firstRowsShown,
  useShortlistModel,
  useShortlistView,
} from '@/components/dashboard/use-shortlist-model';
import { downloadBlob } from '@/components/download';
import { MicroscopeIcon } from '@/components/MicroscopeIcon';
import { QueuePanel } from '@/components/queue/QueuePanel';
import { JobProgress } from '@/components/sync/JobProgress';
import { useUiLocale } from '@/components/use-ui-locale';
import { csvFileName, shortlistToCsvParts } from '@/lib/exchange/csv';
import type { Replica } from '@/lib/exchange/replica-schema';
import { yieldToEventLoop } from '@/lib/exchange/sync-container';
import { describeError, explain } from '@/lib/i18n';
import { DEFAULT_CAMPAIGN, type ShortlistEntry } from '@/lib/model';
import { getDb } from '@/lib/shortlist/db';
import type { EarlyRead } from '@/lib/shortlist/early-read';
import {
  isFilterEmpty,
  type ShortlistFilter,
  SORT_KEYS,
  type SortKey,
  type SortSpec,
} from '@/lib/shortlist/filters';
import { countShortlist, getScoredEntries } from '@/lib/shortlist/queries';
import {
  type EntryEdit,
  editEntries,
  getDevice,
  removeFromShortlist,
  restoreReplicas,
} from '@/lib/shortlist/repo';
import type { Progress } from '@/lib/shortlist/sync';
import type { Facets } from '@/lib/shortlist/table-model';

/** The dashboard's views, in the order of their tabs. */
const DASHBOARD_TABS = ['shortlist', 'campaign', 'queues'] as const;
type Tab = (typeof DASHBOARD_TABS)[number];

const NO_ROWS: readonly ShortlistEntry[] = [];
const NO_FACETS: Facets = { tags: [], campaignIds: [], languages: [] };
/** Sorting waits for the whole list (a stable function, so the table is not drawn again for it). */
const ignoreSorting = () => {};

/** Rows read first so the table shows at once, before the whole list has loaded. */
const FIRST_PAGE = 60;

export function App({ early }: { early?: EarlyRead } = {}) {
  const { t, fmt, locale, language } = useUiLocale();
  const db = getDb();
  // The whole list in memory, loaded page by page and then kept current row by row
  // (use-shortlist-model.ts); until it has loaded, the newest rows (one small record).
  const shortlist = useShortlistModel(db);
  const entries = shortlist.entries;
  const firstPage = useNewestRows(db, early, FIRST_PAGE, entries === undefined);
  // Once the newest rows are drawn (or there are none), the whole list's parsing may take the page.
  const firstPageRead = firstPage !== undefined;
  useEffect(() => {
    if (firstPageRead) firstRowsShown();
  }, [firstPageRead]);
  const total = useLiveQuery(() => countShortlist(db), [db]);
  const loadingAll =
    entries === undefined && firstPage !== undefined && firstPage !== null && firstPage.length > 0;
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
  const [exporting, setExporting] = useState<Progress>();
  const exportCancelled = useRef(false);
  const [compareIds, setCompareIds] = useState<string[]>();
  // The compared creators with their whole latest report (rows keep a summary of it).
  const compared = useLiveQuery(
    () => (compareIds ? getScoredEntries(db, compareIds) : undefined),
    [db, compareIds],
  );

  useEffect(() => {
    void getDevice(db).then((d) => setDeviceId(d.id));
  }, [db]);

  const sort = sorting[0];
  const sortSpec = useMemo<SortSpec | undefined>(
    () =>
      sort && (SORT_KEYS as readonly string[]).includes(sort.id)
        ? { key: sort.id as SortKey, desc: sort.desc }
        : undefined,
    [sort],
  );
  const view = useShortlistView(shortlist, sortSpec, filter, maxFakeShare);
  const rows = view ?? firstPage ?? NO_ROWS;
  // Tags and campaigns for the filter menus, counted as rows change (never a pass over every row).
  const facets = useMemo(() => (entries ? shortlist.model.facets() : NO_FACETS), [entries, shortlist.model]);
  const campaignOptions = useMemo(() => {
    const names = new Map((campaigns.settings?.campaigns ?? []).map((c) => [c.id, c.name]));
    return facets.campaignIds.map((id) => ({ id, name: names.get(id) ?? id }));
  }, [facets, campaigns.settings]);
  const selectedIds = useMemo(
    () =>
      entries && Object.keys(rowSelection).length > 0
        ? rows.filter((r) => rowSelection[r.id]).map((r) => r.id)
        : [],
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
          fail(explain(e, t, fmt));
        }
      },
    });

  const bulkEdit = async (edit: EntryEdit, label: string) => {
    try {
      undoable(label, await editEntries(db, selectedIds, edit, Date.now()));
    } catch (e) {
      fail(explain(e, t, fmt));
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
      fail(explain(e, t, fmt));
    }
  };

  /**
   * The CSV, written a slice of rows at a time with its progress (the page stays responsive); Cancel
   * stops it. Each slice becomes a Blob as it is written, so its text is encoded in its own step:
   * the file is then a Blob of those Blobs, made without copying (one Blob of all the text, made at
   * the end, froze the page 250–350 ms at 50,000 creators).
   */
  const exportCsv = async (choice: ExportChoice) => {
    if (!entries || exporting) return;
    const chosen = choice.scope === 'filtered' ? rows : entries;
    const parts: Blob[] = [];
    exportCancelled.current = false;
    setExporting({ phase: 'csvWriting', done: 0, total: chosen.length });
    try {
      const steps = shortlistToCsvParts(
        chosen,
        {
          separator: choice.separator,
          decimalComma: choice.separator === ';' && choice.decimalComma,
          columns: choice.columns,
        },
        2_500,
      );
      let shown = performance.now();
      for (const step of steps) {
        parts.push(new Blob([step.part]));
        if (step.done < step.total) {
          // The bar moves at most every 100 ms (each move redraws the page).
          if (performance.now() - shown > 100) {
            shown = performance.now();
            setExporting({ phase: 'csvWriting', done: step.done, total: step.total });
          }
          await yieldToEventLoop();
        }
        if (exportCancelled.current) return setToast({ id: Date.now(), message: t('progress.cancelled') });
      }
      downloadBlob(csvFileName(Date.now()), new Blob(parts, { type: 'text/csv;charset=utf-8' }));
      setToast({ id: Date.now(), message: t('ws.toast.exported', { n: chosen.length }) });
    } catch (e) {
      fail(explain(e, t, fmt));
    } finally {
      setExporting(undefined);
    }
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
          {DASHBOARD_TABS.map((name) => (
            <button
              key={name}
              type="button"
              data-testid={`microscope-tab-${name}`}
              aria-pressed={tab === name}
              onClick={() => setTab(name)}
            >
              {t(`ws.tab.${name}`)}
            </button>
          ))}
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
            disabled={!entries || entries.length === 0 || exporting !== undefined}
            title={t('ws.export.quickHint')}
            onClick={() => void exportCsv(exportChoice)}
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
      {exporting ? (
        <div className="ms-export-progress" data-testid="microscope-export-progress">
          <JobProgress
            t={t}
            progress={exporting}
            integer={fmt.integer}
            onCancel={() => {
              exportCancelled.current = true;
            }}
          />
        </div>
      ) : null}
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
              languages={facets.languages}
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
          {firstPage === undefined && !entries ? <p className="ms-message">{t('ws.loading')}</p> : null}
          {(entries ?? firstPage)?.length === 0 ? <p className="ms-message">{t('dashboard.empty')}</p> : null}
          {entries && entries.length > 0 && rows.length === 0 ? (
            <p className="ms-message">{t('ws.noMatch')}</p>
          ) : null}
          {(entries ?? firstPage ?? []).length > 0 ? (
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
                onSortingChange={entries ? setSorting : ignoreSorting}
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
            echo={shortlist.echo}
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
              void exportCsv(exportChoice);
              setExportOpen(false);
            }}
          />
        </PanelBoundary>
      ) : null}
      {compareIds && compared ? (
        <PanelBoundary t={t} name="compare">
          <CompareView
            entries={compared}
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
