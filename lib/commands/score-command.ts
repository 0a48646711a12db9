/**
 * The browser command that scores the profile in view (manifest `commands`, default Alt+Shift+S,
 * Alt+Shift+I in Firefox: see SCORE_COMMAND_KEYS; changed in the browser's extension shortcuts page). The background receives it and asks the
 * content script of the active tab to score, as the popup's Score does; the card opens with the
 * keyboard focus in it.
 */
export const SCORE_COMMAND = 'score-profile';

/**
 * The command's default keys, by browser. Alt+Shift+S everywhere but Firefox: on Windows and Linux
 * Firefox reads Alt+Shift+<letter> as the access key of a menu of its menu bar, and S opens its
 * History menu, so the command never ran there (typed on a real keyboard: the History menu opened,
 * no card). Firefox gets Alt+Shift+I ("inspect"): not an access key of its English menu bar (F E V
 * S B P T H, read from Firefox ESR 140; P is the Profiles menu's, hidden until profiles are turned
 * on), nor of the French (F E A S M O D) or German (D B A C L X H) ones as we know them, and none of
 * Firefox's own shortcuts. Both are typed on a real keyboard in the E2E suites
 * (tests/e2e/queue-keys.e2e.ts, tests/e2e-firefox/shortcut.e2e.ts).
 */
export const SCORE_COMMAND_KEYS = { default: 'Alt+Shift+S', firefox: 'Alt+Shift+I' } as const;

/** The manifest's `commands` for `browser` (WXT's target name: chrome, firefox, edge…). */
export function scoreCommandManifest(
  browser: string,
): Record<typeof SCORE_COMMAND, { suggested_key: { default: string }; description: string }> {
  return {
    [SCORE_COMMAND]: {
      suggested_key: {
        default: browser === 'firefox' ? SCORE_COMMAND_KEYS.firefox : SCORE_COMMAND_KEYS.default,
      },
      description: 'Score the creator profile in view',
    },
  };
}

export interface CommandDeps {
  /** The id of the active tab of the focused window, when there is one. */
  activeTabId(): Promise<number | undefined>;
  /** Asks a tab's content script to score its profile (`tab:getProfile` with `score: true`). */
  scoreInTab(tabId: number): Promise<unknown>;
}

/**
 * What the command listener runs. `tabId` is the tab the browser passed with the command (Chrome
 * does); without it, the active tab. Other commands, and pages without Microscope's content script
 * (not Instagram or TikTok: the message finds nobody), are ignored.
 */
export async function runCommand(
  command: string,
  tabId: number | undefined,
  deps: CommandDeps,
): Promise<boolean> {
  if (command !== SCORE_COMMAND) return false;
  const id = tabId ?? (await deps.activeTabId());
  if (id === undefined) return false;
  try {
    await deps.scoreInTab(id);
    return true;
  } catch {
    // No content script in that tab: not an Instagram or TikTok page.
    return false;
  }
}
