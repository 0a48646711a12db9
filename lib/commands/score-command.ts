/**
 * The browser command that scores the profile in view (manifest `commands`, default Alt+Shift+S,
 * changed in the browser's extension shortcuts page). The background receives it and asks the
 * content script of the active tab to score, as the popup's Score does; the card opens with the
 * keyboard focus in it.
 */
export const SCORE_COMMAND = 'score-profile';

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
