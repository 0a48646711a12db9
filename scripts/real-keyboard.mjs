/**
 * A real keyboard for the E2E tests: keys that reach the browser the way a user's do, so that
 * browser-level shortcuts (an extension's commands, `Alt+Shift+S`) fire. Headless Chromium never
 * delivers those, and keys sent through the DevTools protocol (Playwright's `keyboard.press`) go to
 * the page only, not to the browser's shortcut handling. So the browser runs headed on a virtual X
 * display of its own (Xvfb), and the keys are typed with `xdotool` through the X server's XTEST
 * extension: to Chromium they are key presses like any other.
 *
 * Linux only (X11). Order: `Xvfb` and `xdotool` on the PATH; when either is missing on a Debian
 * machine running as root (CI containers), Debian's `xvfb` and `xdotool` are installed with
 * apt-get; otherwise an error says what to install. On other systems `realKeyboardTools()`
 * returns why there is none, and the tests that need it say so and are skipped.
 */
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

function which(command) {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function tools() {
  const xvfb = which('Xvfb');
  const xdotool = which('xdotool');
  return xvfb && xdotool ? { xvfb, xdotool } : undefined;
}

/**
 * The virtual display and the key typist, installed if need be (see above).
 * @returns {{ xvfb: string, xdotool: string } | { unavailable: string }}
 */
export function realKeyboardTools() {
  if (process.platform !== 'linux') {
    return {
      unavailable: `a real keyboard needs X11 (Xvfb and xdotool); this system is ${process.platform}`,
    };
  }
  const found = tools();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (existsSync('/etc/debian_version') && isRoot) {
    console.error(
      '[real-keyboard] Xvfb or xdotool missing: installing Debian packages "xvfb xdotool" with apt-get…',
    );
    execSync('apt-get update && apt-get install -y xvfb xdotool', {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = tools();
    if (installed) return installed;
    throw new Error('apt-get install xvfb xdotool finished but Xvfb or xdotool is still not on the PATH.');
  }
  throw new Error(
    [
      'The keyboard-shortcut E2E test types real keys on a virtual display: it needs Xvfb and xdotool.',
      'Install them, e.g. on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y xvfb xdotool',
    ].join('\n'),
  );
}

/**
 * Starts a virtual X display of its own (the server picks a free display number and tells it).
 * @param {{ xvfb: string }} found
 * @returns {Promise<{ display: string, close(): Promise<void> }>}
 */
export function startVirtualDisplay(found) {
  return new Promise((resolve, reject) => {
    const server = spawn(found.xvfb, ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let told = '';
    let errors = '';
    const timer = setTimeout(() => {
      server.kill('SIGKILL');
      reject(new Error(`Xvfb did not start within 10 s: ${errors.trim()}`));
    }, 10_000);
    server.stderr.on('data', (chunk) => {
      errors += chunk;
    });
    server.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim()}`));
    });
    server.stdio[3].on('data', (chunk) => {
      told += chunk;
      if (!told.includes('\n')) return;
      clearTimeout(timer);
      server.removeAllListeners('exit');
      const display = `:${told.trim()}`;
      resolve({
        display,
        close: () =>
          new Promise((done) => {
            if (server.exitCode !== null) return done();
            server.once('exit', () => done());
            server.kill('SIGTERM');
          }),
      });
    });
  });
}

/**
 * Types `keys` (xdotool's names, e.g. `alt+shift+s`, `Escape`) into the browser window on
 * `display`: the window is given the keyboard focus first (the display has no window manager).
 * `windowClass` is a pattern of the browser windows' X class (`chromium`, `firefox`).
 * @param {{ xdotool: string }} found
 * @param {string} display
 * @param {string} keys
 * @param {string} [windowClass]
 */
export function typeKeys(found, display, keys, windowClass = 'chromium') {
  const env = { ...process.env, DISPLAY: display };
  const windows = execFileSync(found.xdotool, ['search', '--onlyvisible', '--class', windowClass], {
    env,
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .filter(Boolean);
  const window = windows.at(-1);
  if (!window) throw new Error(`No browser window on display ${display}.`);
  execFileSync(found.xdotool, ['windowfocus', '--sync', window], { env });
  execFileSync(found.xdotool, ['key', '--clearmodifiers', keys], { env });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    const found = realKeyboardTools();
    console.log(
      'unavailable' in found ? `no real keyboard: ${found.unavailable}` : `${found.xvfb} ${found.xdotool}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
