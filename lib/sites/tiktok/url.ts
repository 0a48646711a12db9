/** Which TikTok URLs are creator profiles, and which are videos. Pure functions of the URL. */

const TIKTOK_HOSTS = new Set(['www.tiktok.com', 'tiktok.com']);

const HANDLE_RE = /^@([a-z0-9._]{1,24})$/i;
const ID_RE = /^\d{6,25}$/;

function segments(url: string | URL): string[] | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol) || !TIKTOK_HOSTS.has(parsed.hostname)) return undefined;
  return parsed.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** `https://www.tiktok.com/@HANDLE` (handles may hold `.` and `_`). */
export function isTiktokProfileUrl(url: string | URL): boolean {
  return tiktokHandleFromUrl(url) !== undefined;
}

/** The lower-case handle of a profile URL, or undefined for any other page. */
export function tiktokHandleFromUrl(url: string | URL): string | undefined {
  const parts = segments(url);
  if (parts?.length !== 1) return undefined;
  return HANDLE_RE.exec(parts[0] as string)?.[1]?.toLowerCase();
}

export interface TiktokVideoRef {
  handle: string;
  id: string;
  kind: 'video' | 'photo';
}

/** `/@HANDLE/video/ID` or `/@HANDLE/photo/ID`. */
export function tiktokVideoFromUrl(url: string | URL): TiktokVideoRef | undefined {
  const parts = segments(url);
  if (parts?.length !== 3) return undefined;
  const [at, kind, id] = parts as [string, string, string];
  const handle = HANDLE_RE.exec(at)?.[1];
  if (!handle || !ID_RE.test(id) || (kind !== 'video' && kind !== 'photo')) return undefined;
  return { handle: handle.toLowerCase(), id, kind };
}
