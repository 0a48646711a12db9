import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SCORE_COMMAND } from '@/lib/commands/score-command';
import type { Translate } from '@/lib/i18n';
import { syncPageSignal } from '@/lib/page-signal/browser-sync';
import type { PageSettings } from '@/lib/settings/page-settings';
import { loadPageSettings, savePageSettings } from '@/lib/settings/page-settings-store';

/**
 * What Microscope does on Instagram and TikTok pages by itself: score each profile as it opens
 * (off by default) and mark links to shortlisted creators (on). Saved as soon as changed. Shows
 * the keyboard shortcut the browser has for scoring (the user sets it in the browser).
 */
export function PageSettingsPanel({ t }: { t: Translate }) {
  const [settings, setSettings] = useState<PageSettings>();
  const [shortcut, setShortcut] = useState<string | null>();
  const [saved, setSaved] = useState<string>();

  useEffect(() => {
    void loadPageSettings().then(setSettings);
    void browser.commands
      ?.getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === SCORE_COMMAND)?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);

  if (!settings) return null;
  const change = async (patch: Partial<PageSettings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    setSaved(undefined);
    try {
      await savePageSettings(next);
      // The open tabs and the next pages read the settings only while they matter.
      await syncPageSignal();
      setSaved(t('options.page.saved'));
    } catch (error) {
      setSaved(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="ms-panel ms-page-settings" data-testid="microscope-page-settings">
      <h2>{t('options.page.title')}</h2>
      <label className="ms-check">
        <input
          type="checkbox"
          data-testid="microscope-setting-auto-score"
          checked={settings.autoScore}
          onChange={(e) => void change({ autoScore: e.target.checked })}
        />
        <span>
          {t('options.page.autoScore')}
          <small className="ms-sub">{t('options.page.autoScoreHint')}</small>
        </span>
      </label>
      <label className="ms-check">
        <input
          type="checkbox"
          data-testid="microscope-setting-badges"
          checked={settings.badges}
          onChange={(e) => void change({ badges: e.target.checked })}
        />
        <span>
          {t('options.page.badges')}
          <small className="ms-sub">{t('options.page.badgesHint')}</small>
        </span>
      </label>
      {shortcut === undefined ? null : (
        <p className="ms-sub" data-testid="microscope-shortcut">
          {shortcut ? t('options.page.shortcut', { keys: shortcut }) : t('options.page.shortcutNone')}
        </p>
      )}
      <p className="ms-sub" role="status" data-testid="microscope-page-settings-notice">
        {saved ?? ''}
      </p>
    </section>
  );
}
