import { describe, expect, it, vi } from 'vitest';
import { runCommand, SCORE_COMMAND } from '@/lib/commands/score-command';
import manifestConfig from '../../../wxt.config';

describe('the keyboard shortcut that scores the profile in view', () => {
  it('is declared in the manifest with Alt+Shift+S as its default, Alt+Shift+I in Firefox', () => {
    const commandsFor = (browser: string) =>
      (
        manifestConfig.manifest as (env: { browser: string }) => {
          commands: Record<string, { suggested_key: { default: string } }>;
        }
      )({ browser }).commands;
    expect(commandsFor('chrome')[SCORE_COMMAND]?.suggested_key.default).toBe('Alt+Shift+S');
    expect(commandsFor('edge')[SCORE_COMMAND]?.suggested_key.default).toBe('Alt+Shift+S');
    // In Firefox, Alt+Shift+S opens the History menu (its menu bar's access key S).
    expect(commandsFor('firefox')[SCORE_COMMAND]?.suggested_key.default).toBe('Alt+Shift+I');
  });

  it('asks the tab the command came from to score', async () => {
    const scoreInTab = vi.fn(async () => ({ onProfile: true }));
    const activeTabId = vi.fn(async () => 99);
    expect(await runCommand(SCORE_COMMAND, 7, { scoreInTab, activeTabId })).toBe(true);
    expect(scoreInTab).toHaveBeenCalledWith(7);
    expect(activeTabId).not.toHaveBeenCalled();
  });

  it('falls back on the active tab, and ignores other commands and tabs without Microscope', async () => {
    const scoreInTab = vi.fn(async (id: number) => {
      if (id === 5) throw new Error('Could not establish connection. Receiving end does not exist.');
      return {};
    });
    expect(await runCommand(SCORE_COMMAND, undefined, { scoreInTab, activeTabId: async () => 3 })).toBe(true);
    expect(scoreInTab).toHaveBeenLastCalledWith(3);
    expect(await runCommand('other', 3, { scoreInTab, activeTabId: async () => 3 })).toBe(false);
    expect(await runCommand(SCORE_COMMAND, 5, { scoreInTab, activeTabId: async () => 5 })).toBe(false);
    expect(
      await runCommand(SCORE_COMMAND, undefined, { scoreInTab, activeTabId: async () => undefined }),
    ).toBe(false);
    expect(scoreInTab).toHaveBeenCalledTimes(2);
  });
});
