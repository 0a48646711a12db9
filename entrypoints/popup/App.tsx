import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ScoreCard } from '@/components/ScoreCard';
import { useUiLocale } from '@/components/use-ui-locale';
import { sendMessage, type TabProfile } from '@/lib/messaging';
import { getDb } from '@/lib/shortlist/db';
import { addToShortlist } from '@/lib/shortlist/repo';

type TabState =
  | { kind: 'loading' }
  | { kind: 'none'; reason: 'off-profile' | 'no-content' }
  | { kind: 'profile'; tabId: number; profile: TabProfile };

export function App() {
  const { t, fmt } = useUiLocale();
  const db = getDb();
  const count = useLiveQuery(() => db.shortlist.count(), [db]);
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(false);
  const [error, setError] = useState<string>();

  const ask = useCallback(async (score: boolean) => {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    if (active?.id === undefined) return setTab({ kind: 'none', reason: 'off-profile' });
    try {
      const profile = await sendMessage('tab:getProfile', { score }, active.id);
      setTab(
        profile.onProfile
          ? { kind: 'profile', tabId: active.id, profile }
          : { kind: 'none', reason: 'off-profile' },
      );
      if (profile.message && profile.onProfile) setError(profile.message);
    } catch {
      // No content script answered: not one of our sites, or a tab opened before install.
      const url = active.url ?? '';
      const ours = /^https:\/\/www\.(instagram|tiktok)\.com\//.test(url);
      setTab({ kind: 'none', reason: ours ? 'no-content' : 'off-profile' });
    }
  }, []);

  useEffect(() => {
    void ask(false);
  }, [ask]);

  const score = async () => {
    setBusy(true);
    setError(undefined);
    await ask(true);
    setBusy(false);
  };

  const add = async () => {
    if (tab.kind !== 'profile' || !tab.profile.report) return;
    try {
      await addToShortlist(db, tab.profile.report, Date.now());
      setAdded(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main className="ms-popup ms-root">
      <header className="ms-page-head">
        <strong className="ms-brand">🔬 {t('app.name')}</strong>
        <span className="ms-pill" data-testid="microscope-shortlist-count" data-value={count ?? ''}>
          {count === undefined ? '…' : t('popup.shortlistCount', { n: count })}
        </span>
      </header>
      {tab.kind === 'none' ? (
        <p className="ms-message" data-testid="microscope-popup-message">
          {tab.reason === 'no-content' ? t('popup.noContent') : t('popup.offProfile')}
        </p>
      ) : null}
      {tab.kind === 'profile' && !tab.profile.report ? (
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
      {tab.kind === 'profile' && tab.profile.report ? (
        <ScoreCard report={tab.profile.report} t={t} fmt={fmt} added={added} onAdd={add} onRescore={score} />
      ) : null}
      {error ? <p className="ms-error">{error}</p> : null}
      <footer className="ms-popup-foot">
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
  );
}
