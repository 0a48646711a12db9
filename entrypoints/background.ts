import { browser } from 'wxt/browser';
import { registerBackgroundHandlers } from '@/lib/background/handlers';
import { createReportStore } from '@/lib/background/report-store';
import { requestCounter } from '@/lib/background/requests';
import { registerWarmUp } from '@/lib/background/warm-up';
import { registerBadgeHandlers } from '@/lib/badges/handlers';
import { watchShortlistWrites, writeStampIfStored } from '@/lib/badges/stamp-writer';
import { runCommand } from '@/lib/commands/score-command';
import { onMessage, sendMessage } from '@/lib/messaging';
import { storeAndSignal, watchPageRecords } from '@/lib/page-signal/browser-sync';
import { registerQueueHandlers } from '@/lib/queue/handlers';
import { queueStampWriter } from '@/lib/queue/stamp-writer';
import { activeCampaignOf } from '@/lib/settings/campaign-settings';
import { loadCampaignSettings } from '@/lib/settings/campaign-store';
import { loadPageSettings } from '@/lib/settings/page-settings-store';
import { getDb } from '@/lib/shortlist/db';

export default defineBackground(() => {
  // The user's requests, which the warm-up's ahead-of-time work steps aside for.
  const requests = requestCounter();
  const reports = createReportStore(browser.storage.session, { now: () => Date.now() });
  const activeCampaign = async () => activeCampaignOf((await loadCampaignSettings()).settings);
  registerBackgroundHandlers({ db: getDb(), now: () => Date.now(), activeCampaign, reports, requests });
  // The content script's warm-up ahead of a likely click (lib/content/warm-up.ts).
  registerWarmUp({ db: getDb(), now: () => Date.now(), activeCampaign, requests });
  // The review queue on the card, and the badges on links to shortlisted creators.
  registerQueueHandlers(onMessage, {
    db: getDb(),
    now: () => Date.now(),
    reports,
    autoScore: async () => (await loadPageSettings()).autoScore,
  });
  registerBadgeHandlers(onMessage, {
    db: getDb(),
    maxFakeShare: async () => (await activeCampaign()).thresholds.maxFakeShare,
  });
  // The pages read the records below only while one of them matters: a content script registered
  // then, kept in line at each start and after every change (lib/page-signal/registration.ts).
  watchPageRecords();
  // The tabs' signal that the shortlist changed (lib/badges/stamp.ts), after this worker's writes
  // and once at each start (a shortlist kept from an earlier version has no stamp yet).
  const store = storeAndSignal;
  watchShortlistWrites(getDb(), store);
  const listDatabases = typeof indexedDB.databases === 'function' ? () => indexedDB.databases() : undefined;
  void writeStampIfStored(getDb(), store, listDatabases).catch(() => undefined);
  // The tabs' signal of the queue's current item (lib/queue/stamp.ts): written before a decision
  // on the card is answered (the card then opens the next profile), after the pages' writes it
  // hears, and once at each start.
  const queueStamp = queueStampWriter(getDb(), store);
  queueStamp.watch({ others: true });
  void queueStamp.writeIfStored(listDatabases).catch(() => undefined);
  // The keyboard shortcut that scores the profile in view (lib/commands/score-command.ts).
  browser.commands?.onCommand.addListener((command, tab) => {
    void runCommand(command, tab?.id, {
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      scoreInTab: (tabId) => sendMessage('tab:getProfile', { score: true }, tabId),
    });
  });
});
