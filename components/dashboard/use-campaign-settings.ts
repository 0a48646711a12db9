import { useCallback, useEffect, useState } from 'react';
import type { Campaign } from '@/lib/model';
import type { AppError } from '@/lib/result';
import { activeCampaignOf, type CampaignSettings } from '@/lib/settings/campaign-settings';
import {
  loadCampaignSettings,
  saveCampaignSettings,
  watchCampaignSettings,
} from '@/lib/settings/campaign-store';

export interface CampaignState {
  settings?: CampaignSettings;
  active?: Campaign;
  error?: AppError;
  /** Makes another campaign the active one (validated, saved to extension storage). */
  setActive(id: string): Promise<void>;
}

/** The campaign settings, loaded once and kept live when the options page (or the popup) changes them. */
export function useCampaignSettings(): CampaignState {
  const [state, setState] = useState<{ settings?: CampaignSettings; error?: AppError }>({});
  useEffect(() => {
    let alive = true;
    void loadCampaignSettings().then((result) => {
      if (alive) setState({ settings: result.settings, error: result.error });
    });
    const stop = watchCampaignSettings((result) =>
      setState({ settings: result.settings, error: result.error }),
    );
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const setActive = useCallback(
    async (id: string) => {
      if (!state.settings) return;
      const next = { ...state.settings, activeId: id };
      const saved = await saveCampaignSettings(next);
      if (saved.ok) setState({ settings: next });
      else setState((s) => ({ ...s, error: saved.error }));
    },
    [state.settings],
  );
  return {
    settings: state.settings,
    active: state.settings ? activeCampaignOf(state.settings) : undefined,
    error: state.error,
    setActive,
  };
}
