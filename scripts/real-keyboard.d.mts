/** What real key presses need (see real-keyboard.mjs), or why this system has none. */
export type RealKeyboardTools = { xvfb: string; xdotool: string } | { unavailable: string };

/** Finds (on a Debian machine as root, installs) Xvfb and xdotool; throws with instructions when missing. */
export function realKeyboardTools(): RealKeyboardTools;

/** A virtual X display of its own; `close` stops its server. */
export function startVirtualDisplay(found: {
  xvfb: string;
}): Promise<{ display: string; close(): Promise<void> }>;

/**
 * Types `keys` (xdotool's names, e.g. `alt+shift+s`) into the browser window on `display` whose X
 * class matches `windowClass` (default `chromium`; `firefox` for Firefox).
 */
export function typeKeys(
  found: { xdotool: string },
  display: string,
  keys: string,
  windowClass?: string,
): void;
