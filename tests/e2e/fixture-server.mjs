/**
 * The fixture site: a local HTTPS server that plays www.instagram.com and www.tiktok.com
 * for the E2E tests and `npm run demo`. Chromium reaches it through
 * `--host-resolver-rules=MAP www.instagram.com 127.0.0.1:PORT,…` (see tests/e2e/harness.ts),
 * so the extension's content scripts inject exactly as on the real sites.
 *
 * Responses are chosen by Host header and path. Creators are data in tests/fixtures/site/.
 * "now" is fixed when the server starts: every post's timestamp is `now - ageH hours`.
 *
 * The TLS certificate is self-signed and generated with openssl at start into a temp dir
 * (test-only; Chromium runs with --ignore-certificate-errors).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instagramCreators, tiktokCreators } from '../fixtures/site/index.mjs';
import {
  renderInstagramNotFound,
  renderInstagramPost,
  renderInstagramProfile,
} from '../fixtures/site/instagram-page.mjs';
import { renderInstagramSearch, renderTikTokSearch } from '../fixtures/site/search-page.mjs';
import {
  renderTikTokNotFound,
  renderTikTokProfile,
  renderTikTokVideo,
  userDetail,
  userStats,
} from '../fixtures/site/tiktok-page.mjs';

export const INSTAGRAM_HOST = 'www.instagram.com';
export const TIKTOK_HOST = 'www.tiktok.com';

/** Self-signed certificate for both hosts, generated once per process. */
let cachedCert;
function certificate() {
  if (cachedCert) return cachedCert;
  const dir = mkdtempSync(join(tmpdir(), 'microscope-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-subj',
        `/CN=${INSTAGRAM_HOST}`,
        '-addext',
        `subjectAltName=DNS:${INSTAGRAM_HOST},DNS:${TIKTOK_HOST}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    cachedCert = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
    return cachedCert;
  } catch (error) {
    throw new Error(`The fixture site needs openssl to make its test certificate: ${error.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Unix seconds `ageH` hours before `nowSec`. */
export const takenAt = (nowSec, ageH) => nowSec - Math.round(ageH * 3600);

const MEDIA = { photo: [1, 'feed'], carousel: [8, 'carousel_container'], reel: [2, 'clips'] };

/** One Instagram timeline node, in the web app's `xdt_api__v1__feed__user_timeline_graphql_connection` shape. */
export function instagramNode(creator, post, index, nowSec) {
  const [mediaType, productType] = MEDIA[post.type];
  const pk = `3${creator.id.slice(-4)}${String(index + 1).padStart(14, '0')}`;
  const t = takenAt(nowSec, post.ageH);
  const user = {
    pk: creator.id,
    id: creator.id,
    username: creator.handle,
    full_name: creator.fullName,
    is_verified: creator.verified,
    profile_pic_url: '',
    __typename: 'XDTUserDict',
  };
  return {
    code: post.code,
    pk,
    id: `${pk}_${creator.id}`,
    taken_at: t,
    caption: { pk: `1${pk}`, text: post.caption, created_at: t, has_translation: null },
    like_count: post.likes,
    comment_count: post.comments,
    media_type: mediaType,
    product_type: productType,
    view_count: null,
    play_count: post.type === 'reel' ? (post.views ?? null) : null,
    ig_play_count: post.type === 'reel' ? (post.views ?? null) : null,
    carousel_media_count: post.type === 'carousel' ? 3 : null,
    timeline_pinned_user_ids: post.pinned ? [creator.id] : [],
    clips_tab_pinned_user_ids: [],
    like_and_view_counts_disabled: Boolean(post.likesHidden),
    coauthor_producers: (post.coauthors ?? []).map((username, i) => ({
      pk: `77${i}${creator.id.slice(-6)}`,
      id: `77${i}${creator.id.slice(-6)}`,
      username,
      full_name: username,
      is_verified: false,
      profile_pic_url: '',
    })),
    invited_coauthor_producers: [],
    is_paid_partnership: false,
    sponsor_tags: null,
    usertags: null,
    has_liked: false,
    user,
    owner: user,
    image_versions2: { candidates: [{ url: '', width: 1080, height: 1350 }] },
    original_width: 1080,
    original_height: 1350,
    __typename: 'XDTMediaDict',
  };
}

/** One comment of an opened Instagram post, as `xdt_api__v1__media__media_id__comments__connection` nodes carry it. */
export function instagramCommentNode(post, comment, index, nowSec) {
  const pk = `18${post.code.replace(/\D/g, '').padStart(8, '0')}${String(index + 1).padStart(6, '0')}`;
  return {
    pk,
    text: comment.text,
    created_at: takenAt(nowSec, comment.ageH),
    comment_like_count: comment.likes,
    child_comment_count: 0,
    has_liked_comment: false,
    is_covered: false,
    user: {
      pk: `9${pk.slice(-9)}`,
      id: `9${pk.slice(-9)}`,
      username: comment.user,
      is_verified: false,
      profile_pic_url: '',
    },
    __typename: 'XDTCommentDict',
  };
}

/** The comment nodes of a post (empty when the fixture gives none). */
export function instagramCommentNodes(post, nowSec) {
  return (post.commentList ?? []).map((c, i) => instagramCommentNode(post, c, i, nowSec));
}

/**
 * `POST /graphql/query` answers for an opened post: `PolarisPostRootQuery` (variables
 * `{shortcode}`) gives the media in `xdt_api__v1__media__shortcode__web_info`; for a post whose
 * comments the fixture keeps out of the JSON (`commentsIn: 'dom'`) they ride along as
 * `preview_comments`, a field the extension does not read, so only the DOM shows them.
 * `PolarisPostCommentsContainerQuery` (variables `{media_id}`) gives the comments connection.
 */
export function instagramPostRootBody(creator, post, index, nowSec) {
  const node = instagramNode(creator, post, index, nowSec);
  if (post.commentsIn === 'dom') node.preview_comments = instagramCommentNodes(post, nowSec);
  return {
    data: { xdt_api__v1__media__shortcode__web_info: { items: [node] } },
    extensions: { is_final: true },
  };
}
export function instagramCommentsBody(post, nowSec) {
  const nodes = post.commentsIn === 'dom' ? [] : instagramCommentNodes(post, nowSec);
  return {
    data: {
      xdt_api__v1__media__media_id__comments__connection: {
        edges: nodes.map((node) => ({ node, cursor: '' })),
        page_info: { end_cursor: null, has_next_page: false, has_previous_page: false, start_cursor: null },
      },
    },
    extensions: { is_final: true },
  };
}

/** The whole `POST /graphql/query` body for a creator's first timeline page (≤ 12 posts). */
export function instagramTimelineBody(creator, nowSec) {
  const posts = creator.posts.slice(0, 12);
  const connection = {
    edges: posts.map((post, i) => ({ node: instagramNode(creator, post, i, nowSec), cursor: '' })),
    page_info: {
      end_cursor: posts.length ? `${posts.at(-1).code}_${creator.id}` : null,
      has_next_page: creator.mediaCount > posts.length,
      has_previous_page: false,
      start_cursor: null,
    },
  };
  const first = JSON.stringify({
    data: { xdt_api__v1__feed__user_timeline_graphql_connection: connection },
    extensions: { is_final: !creator.multiPayload },
  });
  if (!creator.multiPayload) return first;
  // Incremental delivery: a deferred payload follows on the next line.
  const second = JSON.stringify({
    label: 'PolarisProfilePostsQuery$defer$PolarisProfilePostsTabContentQuery_connection',
    path: ['xdt_api__v1__feed__user_timeline_graphql_connection'],
    data: { viewer: null },
    extensions: { is_final: true },
  });
  return `${first}\r\n${second}`;
}

/** Video id whose top 32 bits are its creation time, as on the real site. */
const videoId = (createTime, index) => ((BigInt(createTime) << 32n) | BigInt(7919 * (index + 1))).toString();

export function tiktokItem(creator, video, index, nowSec) {
  const createTime = takenAt(nowSec, video.ageH);
  const id = videoId(createTime, index);
  const stats = {
    playCount: video.play,
    diggCount: video.digg,
    commentCount: video.comment,
    shareCount: video.share,
    collectCount: video.collect,
  };
  const hashtags = [...video.desc.matchAll(/#(\w+)/g)].map((m) => m[1]);
  return {
    id,
    desc: video.desc,
    createTime,
    scheduleTime: 0,
    video: { id, height: 1024, width: 576, duration: 30, ratio: '540p', cover: '', format: 'mp4' },
    author: {
      id: creator.id,
      uniqueId: creator.handle,
      nickname: creator.nickname,
      secUid: creator.secUid,
      verified: creator.verified,
      privateAccount: false,
      avatarThumb: '',
    },
    authorStats: userStats(creator),
    stats,
    statsV2: {
      ...Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, String(v)])),
      repostCount: '0',
    },
    textExtra: hashtags.map((hashtagName) => ({
      hashtagName,
      type: 1,
      start: 0,
      end: 0,
      hashtagId: '',
      isCommerce: false,
    })),
    challenges: hashtags.map((title, i) => ({ id: String(1000 + i), title, desc: '' })),
    ...(video.pinned ? { isPinnedItem: true } : {}),
    isAd: false,
    duetEnabled: true,
    stitchEnabled: true,
    shareEnabled: true,
    privateItem: false,
    secret: false,
    itemCommentStatus: 0,
  };
}

/** `GET /api/comment/list/?aweme_id=ID` body for one video (20 per page, one page here). */
export function tiktokCommentListBody(creator, video, videoId, nowSec) {
  const comments = (video.commentList ?? []).map((c, i) => ({
    cid: `73${videoId.slice(-8)}${String(i + 1).padStart(6, '0')}`,
    aweme_id: videoId,
    text: c.text,
    create_time: takenAt(nowSec, c.ageH),
    digg_count: c.likes,
    reply_comment_total: 0,
    comment_language: /[àéèçêô]/.test(c.text) ? 'fr' : 'en',
    is_author_digged: false,
    author_pin: false,
    status: 1,
    user: {
      uid: `68${i}${creator.id.slice(-8)}`,
      unique_id: c.user,
      nickname: c.user,
      avatar_thumb: { url_list: [] },
    },
  }));
  return {
    alias_comment_deleted: false,
    comments,
    cursor: comments.length,
    extra: { now: nowSec * 1000, fatal_item_ids: null },
    has_filtered_comments: 0,
    has_more: 0,
    log_pb: { impr_id: 'fixture' },
    reply_style: 2,
    status_code: 0,
    status_msg: '',
    top_gifts: [],
    total: comments.length,
  };
}

/** `GET /api/post/item_list/` body. */
export function tiktokItemListBody(creator, nowSec) {
  const itemList = creator.videos.map((v, i) => tiktokItem(creator, v, i, nowSec));
  const oldest = Math.min(...itemList.map((i) => i.createTime));
  return {
    cursor: String(oldest * 1000),
    extra: { fatal_item_ids: [], logid: 'fixture', now: nowSec * 1000 },
    hasMore: false,
    hasMorePrevious: false,
    itemList,
    log_pb: { impr_id: 'fixture' },
    statusCode: 0,
    status_code: 0,
    status_msg: '',
  };
}

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}
const html = (res, status, body) => send(res, status, 'text/html; charset=utf-8', body);
const json = (res, body) => send(res, 200, 'application/json; charset=utf-8', JSON.stringify(body));

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Starts the fixture site. `now` (ms) fixes the clock the post ages are measured from.
 * Returns the port, `now`, `nowSec`, the request log and `close()`.
 */
export async function startFixtureServer({ port = 0, now = Date.now(), log = false } = {}) {
  const nowSec = Math.floor(now / 1000);
  const igByHandle = new Map(instagramCreators.map((c) => [c.handle, c]));
  const ttByHandle = new Map(tiktokCreators.map((c) => [c.handle, c]));
  const ttBySecUid = new Map(tiktokCreators.map((c) => [c.secUid, c]));
  /** Instagram posts by shortcode and by media pk; TikTok videos by id (ids depend on "now"). */
  const igByCode = new Map();
  const igByPk = new Map();
  for (const creator of instagramCreators) {
    creator.posts.forEach((post, index) => {
      const entry = { creator, post, index };
      igByCode.set(post.code, entry);
      igByPk.set(instagramNode(creator, post, index, nowSec).pk, entry);
    });
  }
  const ttByVideoId = new Map();
  for (const creator of tiktokCreators) {
    creator.videos.forEach((video, index) => {
      const item = tiktokItem(creator, video, index, nowSec);
      ttByVideoId.set(item.id, { creator, video, index, item });
    });
  }
  /** @type {string[]} */
  const requests = [];

  async function instagram(req, res, url) {
    const path = url.pathname;
    if (req.method === 'POST' && (path === '/graphql/query' || path === '/api/graphql')) {
      const form = new URLSearchParams(await readBody(req));
      let username = null;
      try {
        username = JSON.parse(form.get('variables') ?? '{}').username ?? null;
      } catch {}
      let variables = {};
      try {
        variables = JSON.parse(form.get('variables') ?? '{}') ?? {};
      } catch {}
      if (typeof variables.shortcode === 'string') {
        const found = igByCode.get(variables.shortcode);
        if (!found) return send(res, 200, 'text/javascript; charset=utf-8', JSON.stringify({ data: null }));
        return send(
          res,
          200,
          'text/javascript; charset=utf-8',
          JSON.stringify(instagramPostRootBody(found.creator, found.post, found.index, nowSec)),
        );
      }
      if (typeof variables.media_id === 'string') {
        const found = igByPk.get(variables.media_id);
        if (!found) return send(res, 200, 'text/javascript; charset=utf-8', JSON.stringify({ data: null }));
        return send(
          res,
          200,
          'text/javascript; charset=utf-8',
          JSON.stringify(instagramCommentsBody(found.post, nowSec)),
        );
      }
      const creator = username ? igByHandle.get(username) : undefined;
      if (!creator)
        return send(res, 200, 'text/javascript; charset=utf-8', JSON.stringify({ data: { user: null } }));
      // The real endpoint answers with text/javascript, not application/json.
      return send(res, 200, 'text/javascript; charset=utf-8', instagramTimelineBody(creator, nowSec));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return html(res, 405, renderInstagramNotFound());
    if (path === '/') {
      const links = instagramCreators.map((c) => `<li><a href="/${c.handle}/">${c.handle}</a></li>`).join('');
      return html(
        res,
        200,
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Instagram</title></head><body><main role="main"><h1>Instagram (fixture)</h1><ul>${links}</ul></main></body></html>`,
      );
    }
    if (path === '/explore/search/keyword/')
      return html(res, 200, renderInstagramSearch(instagramCreators, url.searchParams.get('q') ?? ''));
    const postMatch = /^\/(p|reel)\/([A-Za-z0-9_-]+)\/?$/.exec(path);
    if (postMatch) {
      const found = igByCode.get(postMatch[2]);
      if (!found) return html(res, 404, renderInstagramNotFound());
      const node = instagramNode(found.creator, found.post, found.index, nowSec);
      return html(
        res,
        200,
        renderInstagramPost(found.creator, node, instagramCommentNodes(found.post, nowSec)),
      );
    }
    const m = /^\/([A-Za-z0-9._]+)(\/(reels\/|tagged\/)?)?$/.exec(path);
    const creator = m ? igByHandle.get(m[1]) : undefined;
    if (creator && !m[2]) return send(res, 301, 'text/plain', '', { Location: `/${creator.handle}/` });
    if (creator) return html(res, 200, renderInstagramProfile(creator));
    return html(res, 404, renderInstagramNotFound());
  }

  async function tiktok(req, res, url) {
    const path = url.pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return html(res, 405, renderTikTokNotFound());
    if (path === '/api/post/item_list/') {
      const creator = ttBySecUid.get(url.searchParams.get('secUid') ?? '');
      if (!creator) return json(res, { itemList: [], hasMore: false, cursor: '0', statusCode: 0 });
      return json(res, tiktokItemListBody(creator, nowSec));
    }
    if (path === '/api/comment/list/') {
      const found = ttByVideoId.get(url.searchParams.get('aweme_id') ?? '');
      if (!found) return json(res, { comments: null, cursor: 0, has_more: 0, total: 0, status_code: 0 });
      return json(res, tiktokCommentListBody(found.creator, found.video, found.item.id, nowSec));
    }
    if (path === '/search/user')
      return html(res, 200, renderTikTokSearch(tiktokCreators, url.searchParams.get('q') ?? ''));
    const videoMatch = /^\/@([A-Za-z0-9._]+)\/video\/(\d+)\/?$/.exec(path);
    if (videoMatch) {
      const found = ttByVideoId.get(videoMatch[2]);
      if (!found || found.creator.handle !== videoMatch[1]) return html(res, 404, renderTikTokNotFound());
      return html(res, 200, renderTikTokVideo(found.creator, found.item));
    }
    if (path === '/api/user/detail/') {
      const creator =
        ttByHandle.get(url.searchParams.get('uniqueId') ?? '') ??
        ttBySecUid.get(url.searchParams.get('secUid') ?? '');
      if (!creator) return json(res, { userInfo: {}, statusCode: 10221, statusMsg: 'user not exist' });
      return json(res, userDetail(creator));
    }
    const m = /^\/@([A-Za-z0-9._]+)\/?$/.exec(path);
    const creator = m ? ttByHandle.get(m[1]) : undefined;
    if (creator) return html(res, 200, renderTikTokProfile(creator));
    return html(res, 404, renderTikTokNotFound());
  }

  const server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
    requests.push(`${req.method} ${host}${url.pathname}${url.search}`);
    if (url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (log) console.log(`[fixture] ${req.method} ${host}${req.url}`);
    const handler = host === INSTAGRAM_HOST ? instagram : host === TIKTOK_HOST ? tiktok : null;
    if (!handler) return send(res, 421, 'text/plain; charset=utf-8', `Misdirected request: ${host}`);
    handler(req, res, url).catch((error) => {
      console.error('[fixture] handler failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain', String(error));
      else res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    now: nowSec * 1000,
    nowSec,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// `node tests/e2e/fixture-server.mjs [port]` serves the site until Ctrl-C (for manual poking with curl --resolve).
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startFixtureServer({ port: Number(process.argv[2] ?? 8443), log: true });
  console.log(`Fixture site on https://127.0.0.1:${server.port} (Host: ${INSTAGRAM_HOST} | ${TIKTOK_HOST})`);
}
