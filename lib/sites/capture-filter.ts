/**
 * The shape filter of the MAIN-world capture script. It is bundled into a tiny script that
 * runs in the page before the site's own code, so it must import nothing. It decides which
 * responses the page loaded are worth reading and keeps only the known root fields, so
 * nothing else ever leaves the page's world.
 */

export const CAPTURE_TAG = 'microscope:capture:v1';
/** What the content script posts to ask the MAIN-world capture for what it kept. */
export const PULL_TAG = 'microscope:pull:v1';
/**
 * What the content script posts to itself after a pull's short wait ran out (the capture ignores
 * it): messages to a window arrive in the order they were posted, so once two of these have come
 * back, an answer the capture gave the pull has arrived before them.
 */
export const SETTLE_TAG = 'microscope:pull-settle:v1';

/** Responses longer than this are not read (a profile page of posts is far below it). */
export const MAX_CAPTURE_CHARS = 8_000_000;

export const CAPTURE_KINDS = [
  'ig-timeline',
  'ig-clips',
  'ig-profile',
  'ig-post',
  'ig-comments',
  'tt-item-list',
  'tt-user-detail',
  'tt-comments',
] as const;
export type CaptureKind = (typeof CAPTURE_KINDS)[number];

export interface PickedPayload {
  kind: CaptureKind;
  data: unknown;
}

/**
 * Instagram endpoints whose answers hold a payload the extractors read: the GraphQL endpoints
 * (the query is named in the request body, not the URL) and the REST user lookups
 * (`web_profile_info`, `users/ID/info`). Anything else — messages, notifications, stories,
 * logging, other REST calls — is never cloned or read.
 */
const INSTAGRAM_PATHS = [
  /^\/graphql\/query\/?$/,
  /^\/api\/graphql\/?$/,
  /^\/api\/v1\/users\/web_profile_info\/?$/,
  /^\/api\/v1\/users\/\d+\/info\/?$/,
];
/**
 * TikTok's video lists, user details, and a video's comments with the replies the user opens
 * ("View N replies": `/api/comment/list/reply/`, comments of the same shape).
 */
const TIKTOK_PATHS = [
  /^\/api\/post\/item_list\/?$/,
  /^\/api\/user\/detail\/?$/,
  /^\/api\/comment\/list\/?$/,
  /^\/api\/comment\/list\/reply\/?$/,
];

function hostIs(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** Is this one of the requests whose JSON the extension reads? Relative URLs are judged by path. */
export function isCaptureUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  let parsed: URL;
  let relative = false;
  try {
    parsed = new URL(url);
  } catch {
    try {
      parsed = new URL(url, 'https://relative.invalid');
      relative = true;
    } catch {
      return false;
    }
  }
  const path = parsed.pathname;
  const host = parsed.hostname;
  if (relative) return [...INSTAGRAM_PATHS, ...TIKTOK_PATHS].some((re) => re.test(path));
  if (parsed.protocol !== 'https:') return false;
  if (hostIs(host, 'instagram.com')) return INSTAGRAM_PATHS.some((re) => re.test(path));
  if (hostIs(host, 'tiktok.com')) return TIKTOK_PATHS.some((re) => re.test(path));
  return false;
}

/**
 * The Instagram root fields (and the newer profile field) a body or a `JSON.parse` input must
 * mention to be worth parsing: one regular-expression pass over the text, which V8 runs well
 * below the cost of the parse itself.
 */
const INSTAGRAM_MARKERS =
  /xdt_api__v1__(?:feed__user_timeline_graphql_connection|clips__user__connection_v2|media__media_id__comments__(?:parent_comment_id__child_comments__)?connection|media__shortcode__web_info)|xdt_shortcode_media|follower_count|edge_followed_by/;

/**
 * Does this text mention one of the Instagram payloads the extractors read? With `within`,
 * only its first `within` characters are looked at.
 */
export function hasInstagramMarker(text: string, within?: number): boolean {
  return INSTAGRAM_MARKERS.test(within !== undefined && text.length > within ? text.slice(0, within) : text);
}

/** Instagram's endpoints answer every kind of query: only bodies that mention a known payload are parsed. */
export function isInstagramUrl(url: string): boolean {
  try {
    return hostIs(new URL(url).hostname, 'instagram.com');
  } catch {
    return false;
  }
}

const PREFIXES = ['for (;;);', 'for(;;);', ")]}'", 'while(1);'];

export function stripPrefix(text: string): string {
  let out = text.trimStart();
  for (const prefix of PREFIXES) {
    if (out.startsWith(prefix)) out = out.slice(prefix.length).trimStart();
  }
  return out;
}

/** Top-level JSON documents written one after another ("{…}{…}" or one per line). */
function splitConcatenated(text: string): string[] {
  const docs: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      if (start < 0) start = i;
    } else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0 && start >= 0) {
        docs.push(text.slice(start, i + 1));
        start = -1;
      }
      if (depth < 0) return docs;
    }
  }
  return docs;
}

/**
 * Every JSON document in a response body. Instagram may send several in one body
 * (incremental delivery, newline-separated or back to back) and may prefix `for (;;);`.
 * Parts that are not JSON are skipped.
 */
export function splitJsonPayloads(body: string, parse: (text: string) => unknown = JSON.parse): unknown[] {
  if (typeof body !== 'string' || body.length === 0 || body.length > MAX_CAPTURE_CHARS) return [];
  const text = stripPrefix(body);
  try {
    return [parse(text)];
  } catch {
    // several documents: fall through
  }
  const out: unknown[] = [];
  for (const chunk of splitConcatenated(text)) {
    try {
      out.push(parse(stripPrefix(chunk)));
    } catch {
      // not JSON: skipped
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ROOT_FIELDS: ReadonlyArray<[string, CaptureKind]> = [
  ['xdt_api__v1__feed__user_timeline_graphql_connection', 'ig-timeline'],
  ['xdt_api__v1__clips__user__connection_v2', 'ig-clips'],
  ['xdt_api__v1__media__shortcode__web_info', 'ig-post'],
  ['xdt_api__v1__media__media_id__comments__connection', 'ig-comments'],
  // The replies the user opens ("View all N replies"): comments of the same shape.
  ['xdt_api__v1__media__media_id__comments__parent_comment_id__child_comments__connection', 'ig-comments'],
];

function isInstagramUser(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.username === 'string' &&
    ('edge_followed_by' in value || 'follower_count' in value)
  );
}

function matchHere(node: Record<string, unknown>): PickedPayload[] {
  const found: PickedPayload[] = [];
  for (const [field, kind] of ROOT_FIELDS) {
    if (isRecord(node[field])) found.push({ kind, data: node[field] });
  }
  // The older post object some post pages load (`PolarisPostActionLoadPostQuery`): its
  // comments, in the comment nodes' older shape.
  const media = node.xdt_shortcode_media;
  if (isRecord(media) && isRecord(media.edge_media_to_parent_comment))
    found.push({ kind: 'ig-comments', data: media.edge_media_to_parent_comment });
  if (isInstagramUser(node.user)) found.push({ kind: 'ig-profile', data: node.user });
  if (Array.isArray(node.itemList)) found.push({ kind: 'tt-item-list', data: node });
  else if (isRecord(node.userInfo) && isRecord(node.userInfo.user))
    found.push({ kind: 'tt-user-detail', data: node });
  if (Array.isArray(node.comments) && node.comments.some((c) => isRecord(c) && 'cid' in c)) {
    found.push({ kind: 'tt-comments', data: node });
  }
  return found;
}

/**
 * The known payloads found by walking one parsed document: the items of arrays and the children
 * of objects that `descend` hands to `visit`, up to `maxDepth` levels and at most `budget`
 * objects; an object holding a payload is not walked further.
 */
function walkPayloads(
  json: unknown,
  maxDepth: number,
  budget: number,
  descend: (
    node: Record<string, unknown>,
    visit: (value: unknown, depth: number) => void,
    depth: number,
  ) => void,
): PickedPayload[] {
  const out: PickedPayload[] = [];
  let left = budget;
  const visit = (node: unknown, depth: number): void => {
    if (typeof node !== 'object' || node === null || left-- <= 0 || depth > maxDepth) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    const here = matchHere(node);
    if (here.length > 0) {
      out.push(...here);
      return;
    }
    descend(node, visit, depth + 1);
  };
  visit(json, 0);
  return out;
}

/**
 * The known payloads inside one parsed document, found by the names of their root fields
 * (Instagram's `xdt_api__…` connections, web_profile_info's `user`, TikTok's `itemList`,
 * `userInfo`, `comments[].cid`), searching nested wrappers (`data.…`) up to `maxDepth` levels.
 */
export function pickPayloads(json: unknown, maxDepth = 6): PickedPayload[] {
  return walkPayloads(json, maxDepth, 50_000, (node, visit, depth) => {
    for (const value of Object.values(node)) visit(value, depth);
  });
}

/**
 * Keys under which sites wrap their payloads: GraphQL's `data`, Instagram's server-side
 * `require` / `__bbox` / `result` (ScheduledServerJS → RelayPrefetchedStreamCache → …), and a
 * generic `payload`. The `JSON.parse` hook follows only these (and arrays), never the posts'
 * or comments' own fields, so its walk stays a few dozen nodes whatever the payload's size.
 */
const WRAPPER_KEYS = ['data', 'result', '__bbox', 'require', 'payload'] as const;

/**
 * The known payloads of one parsed document, looked for only along wrapper keys
 * ({@link WRAPPER_KEYS}) and arrays, up to `maxDepth` levels: the cheap walk of the
 * `JSON.parse` hook, which sees every document the page parses.
 */
export function pickWrappedPayloads(json: unknown, maxDepth = 32): PickedPayload[] {
  return walkPayloads(json, maxDepth, 2_000, (node, visit, depth) => {
    for (const key of WRAPPER_KEYS) visit(node[key], depth);
  });
}

/** Split a body and pick the known payloads of every document in it. */
export function payloadsFromBody(body: string): PickedPayload[] {
  return splitJsonPayloads(body).flatMap((doc) => pickPayloads(doc));
}
