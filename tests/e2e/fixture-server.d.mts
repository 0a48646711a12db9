/** Types for fixture-server.mjs (the fixture site). */
export const INSTAGRAM_HOST: 'www.instagram.com';
export const TIKTOK_HOST: 'www.tiktok.com';

export interface FixtureServer {
  /** TCP port on 127.0.0.1. */
  port: number;
  /** The fixed "now" (ms, whole seconds) that post ages are measured from. */
  now: number;
  nowSec: number;
  /** "METHOD host/path?query" of every request served, in order. */
  requests: string[];
  close(): Promise<void>;
}

export function startFixtureServer(options?: {
  port?: number;
  now?: number;
  log?: boolean;
}): Promise<FixtureServer>;
export function takenAt(nowSec: number, ageH: number): number;

/** Page data builders (used to render the fixture site's pages outside the server). */
export function instagramNode(
  creator: import('../fixtures/site/index.mjs').InstagramCreator,
  post: import('../fixtures/site/index.mjs').InstagramPost,
  index: number,
  nowSec: number,
): object;
export function instagramCommentNodes(
  post: import('../fixtures/site/index.mjs').InstagramPost,
  nowSec: number,
): object[];
export function tiktokItem(
  creator: import('../fixtures/site/index.mjs').TiktokCreator,
  video: unknown,
  index: number,
  nowSec: number,
): object;
