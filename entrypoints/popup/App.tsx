import './popup.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { CampaignSwitcher } from '@/components/dashboard/CampaignSwitcher';
import { LanguageSelect } from '@/components/dashboard/LanguageSelect';
import { useCampaignSettings } from '@/components/dashboard/use-campaign-settings';
import { LocaleProvider } from '@/components/locale';
import { MicroscopeIcon } from '@/components/MicroscopeIcon';
import { QuickAdd } from '@/components/popup/QuickAdd';
import { ShortlistedStatus } from '@/components/popup/ShortlistedStatus';
import { QueueStatus } from '@/components/queue/QueueStatus';
import { ScoreCard } from '@/components/ScoreCard';
import { useUiLocale } from '@/components/use-ui-locale';
import { describeError } from '@/lib/i18n';
import { sendMessage, type TabProfile } from '@/lib/messaging';
import type { Status } from '@/lib/model';
import { toAppError } from '@/lib/result';
import { getDb } from '@/lib/shortlist/db';
import { countByStatus, countShortlist, findEntry } from '@/lib/shortlist/queries';
import { editEntries } from '@/lib/shortlist/repo';

type TabState =
  | { kind: 'loading' }
  | { kind: 'none'; reason: 'off-profile' | 'no-content' }
  | { kind: 'profile'; tabId: number; profile: TabProfile };

/**
 * The popup opens fast: it counts the shortlist on its index and reads only this creator's
 * row with a keyed get, never the whole list.
 */
export function App() {
  const { t, fmt, locale, language } = useUiLocale();
  const db = getDb();
  const campaigns = useCampaignSettings();
  const count = useLiveQuery(() => countShortlist(db), [db]);
  const byStatus = useLiveQuery(() => countByStatus(db), [db]);
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [quickStatus, setQuickStatus] = useState<Status>('candidate');
  const [quickTag, setQuickTag] = useState('');

  const platform = tab.kind === 'profile' ? tab.profile.platform : undefined;
  const handle = tab.kind === 'profile' ? tab.profile.handle : undefined;
  // null: looked up and not shortlisted; undefined: still looking.
  const existing = useLiveQuery(
    async () => (platform && handle ? ((await findEntry(db, platform, handle)) ?? null) : null),
    [db, platform, handle],
  );

  // The texts of the moment, read by `ask` without making it change (and ask the tab again) with them.
  const tRef = useRef(t);
  tRef.current = t;
  const ask = useCallback(async (score: boolean) => {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    if (active?.id === undefined) return setTab({ kind: 'none', reason: 'off-profile' });
    try {
      const answer = await sendMessage('tab:getProfile', { score }, active.id);
      if (!answer.ok) {
        setTab({ kind: 'none', reason: 'off-profile' });
        return setError(describeError(answer.error, tRef.current));
      }
      const profile = answer.value;
      setTab(
        profile.onProfile
          ? { kind: 'profile', tabId: active.id, profile }
          : { kind: 'none', reason: 'off-profile' },
      );
      if (profile.error && profile.onProfile) setError(describeError(profile.error, tRef.current));
    } catch {
      // No content script answered: not one of our sites, or a tab opened before install.
      const url = active.url ?? '';
      const ours = /^https:\/\/www\.(instagram|tiktok)\.com\//.test(url);
      setTab({ kind: 'none', reason: ours ? 'no-content' : 'off-profile' });
    }
  }, []);

  useEffect(() => {
    // Lets the E2E tell the app's first render from the shell's first paint.
    performance.mark('microscope:popup-rendered');
    void ask(false);
  }, [ask]);

  const score = async () => {
    setBusy(true);
    setError(undefined);
    await ask(true);
    setBusy(false);
  };

  const add = async () => {
    const status = quickStatus;
    const tag = quickTag;
    if (tab.kind !== 'profile' || !tab.profile.reportId) return;
    try {
      // The background adds the report it scored, by id: the tab never hands over a report of its own.
      const added = await sendMessage('bg:addToShortlist', { reportId: tab.profile.reportId });
      if (!added.ok) return setError(describeError(added.error, t));
      const entry = added.value.entry;
      const clean = tag.trim();
      if (status !== 'candidate' || clean) {
        await editEntries(db, [entry.id], { status, addTags: clean ? [clean] : [] }, Date.now());
      }
    } catch (e) {
      setError(describeError(toAppError(e), t));
    }
  };

  const report = tab.kind === 'profile' ? tab.profile.report : undefined;
  return (
    <LocaleProvider value={{ locale, t, fmt }}>
      <main className="ms-popup ms-root">
        <header className="ms-page-head">
          <h1 className="ms-brand">
            <MicroscopeIcon size={15} /> {t('app.name')}
          </h1>
          <span className="ms-pill" data-testid="microscope-shortlist-count" data-value={count ?? ''}>
            {count === undefined ? '…' : t('popup.shortlistCount', { n: fmt.integer(count) })}
          </span>
        </header>
        {byStatus && count ? (
          <p className="ms-popup-counts" data-testid="microscope-popup-counts">
            {t('ws.popup.pipeline', {
              contacted: byStatus.contacted,
              brief: byStatus['brief-sent'],
              review: byStatus['in-review'],
              published: byStatus.published,
            })}
          </p>
        ) : null}
        <div className="ms-popup-campaign">
          <CampaignSwitcher t={t} campaigns={campaigns} />
        </div>
        {tab.kind === 'loading' ? <p className="ms-message ms-sub">{t('ws.loading')}</p> : null}
        {tab.kind === 'none' ? (
          <p className="ms-message" data-testid="microscope-popup-message">
            {tab.reason === 'no-content' ? t('popup.noContent') : t('popup.offProfile')}
          </p>
        ) : null}
        {tab.kind === 'profile' && existing ? (
          <ShortlistedStatus t={t} entry={existing} db={db} onError={setError} />
        ) : null}
        {tab.kind === 'profile' && !report ? (
          <div className="ms-popup-score">
            <div className="ms-handle">@{tab.profile.handle}</div>
            <button
              type="button"
              className="ms-primary"
              disabled={busy}
              onClick={score}
              data-testid="microscope-popup-score"
            >
              {busy ? t('button.scoring') : t('popup.score')}
            </button>
          </div>
        ) : null}
        {report ? (
          <>
            {existing === null ? (
              <QuickAdd
                t={t}
                status={quickStatus}
                tag={quickTag}
                onStatus={setQuickStatus}
                onTag={setQuickTag}
                onAdd={add}
              />
            ) : null}
            <ScoreCard
              report={report}
              added={!!existing}
              onAdd={existing === null ? () => void add() : undefined}
              onRescore={score}
            />
          </>
        ) : null}
        {error ? (
          <p className="ms-error" role="alert">
            {error}
          </p>
        ) : null}
        <QueueStatus db={db} t={t} />
        <footer className="ms-popup-foot">
          <LanguageSelect t={t} language={language} />
          <span className="ms-head-spacer" />
          <a
            href={browser.runtime.getURL('/options.html')}
            target="_blank"
            rel="noreferrer"
            data-testid="microscope-open-campaigns"
          >
            {t('link.campaigns')}
          </a>
          <a
            href={browser.runtime.getURL('/dashboard.html')}
            target="_blank"
            rel="noreferrer"
            data-testid="microscope-open-dashboard"
          >
            {t('popup.openDashboard')} →
          </a>
        </footer>
      </main>
    </LocaleProvider>
  );
}
