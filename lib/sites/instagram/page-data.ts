/**
 * Instagram's own profile data: the JSON the server embedded in the HTML and the profile
 * responses the page loaded. Only the profile of this handle sets fields; other profiles'
 * account ids are kept to tell their posts apart.
 */
import type { CapturedPayload } from '../capture';
import { pickPayloads } from '../capture-filter';
import { cleanText, lower, queryAllFirst } from '../dom';
import { type ExtractionDraft, jsonCount } from '../extraction';
import type { CountField } from '../problems';
import { type IgProfileUser, IgProfileUserSchema } from './json';
import { IG_SELECTORS } from './selectors';

/** Root fields worth parsing an embedded script for (a cheap substring test comes first). */
const EMBEDDED_PROFILE_MARKERS = [
  'xdt_api__v1__feed__user_timeline_graphql_connection',
  'xdt_api__v1__clips__user__connection_v2',
  'edge_owner_to_timeline_media',
];

/**
 * Profile JSON the server embedded in the HTML (`<script type="application/json">`, e.g. the
 * prefetched first page of posts deep inside data-sjs). It goes stale after in-app
 * navigation, which the owner check on every post takes care of.
 */
export function embeddedInstagramProfilePayloads(doc: Document): CapturedPayload[] {
  const out: CapturedPayload[] = [];
  for (const script of queryAllFirst(doc, IG_SELECTORS.embeddedJson)) {
    const text = script.textContent ?? '';
    if (!EMBEDDED_PROFILE_MARKERS.some((marker) => text.includes(marker))) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      continue;
    }
    for (const p of pickPayloads(json, 32)) {
      if (p.kind === 'ig-timeline' || p.kind === 'ig-clips' || p.kind === 'ig-profile') {
        out.push({ kind: p.kind, url: 'embedded:script', data: p.data });
      }
    }
  }
  return out;
}

/** A profile user's account id (`id` in web_profile_info, `pk` in newer payloads). */
function profileId(user: IgProfileUser): string | undefined {
  const raw = (user as Record<string, unknown>).id ?? (user as Record<string, unknown>).pk;
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
}

export interface ProfileData {
  /** Profile payloads for this handle, oldest first (their timeline edges hold posts too). */
  profiles: IgProfileUser[];
  /** The creator's account id, when the profile data gives it. */
  creatorId: string | undefined;
  /** Account ids of other profiles the page loaded. */
  otherIds: Set<string>;
}

/** Sets the fields the newest profile payload for `handle` gives; reports unreadable ones. */
export function readProfileData(
  draft: ExtractionDraft,
  captured: readonly CapturedPayload[],
  handle: string,
): ProfileData {
  const profiles: IgProfileUser[] = [];
  const otherIds = new Set<string>();
  for (const payload of captured) {
    if (payload.kind !== 'ig-profile') continue;
    const user = IgProfileUserSchema.safeParse(payload.data);
    if (!user.success) {
      draft.problem({ code: 'invalid-json', params: { what: 'profile-response' } });
      continue;
    }
    if (lower(user.data.username) === handle) profiles.push(user.data);
    else {
      const otherId = profileId(user.data);
      if (otherId) otherIds.add(otherId);
    }
  }
  const p = profiles[profiles.length - 1];
  let creatorId: string | undefined;
  if (p) {
    const bad = (field: CountField) => (_detail: string, value: unknown) =>
      draft.problem({
        code: 'invalid-count',
        field,
        params: { in: 'page-data', value: JSON.stringify(value) },
      });
    draft.set(
      'followers',
      jsonCount(p.edge_followed_by?.count ?? p.follower_count, bad('followers')),
      'json',
    );
    draft.set('following', jsonCount(p.edge_follow?.count ?? p.following_count, bad('following')), 'json');
    draft.set(
      'postsCount',
      jsonCount(p.edge_owner_to_timeline_media?.count ?? p.media_count, bad('postsCount')),
      'json',
    );
    draft.set('displayName', cleanText(p.full_name), 'json');
    draft.set('bio', p.biography?.trim() || undefined, 'json');
    draft.set('verified', p.is_verified ?? undefined, 'json');
    draft.set('isPrivate', p.is_private ?? undefined, 'json');
    draft.set('category', cleanText(p.category_name ?? p.category), 'json');
    draft.set('externalUrl', cleanText(p.external_url), 'json');
    creatorId = profileId(p);
  }
  if (creatorId) otherIds.delete(creatorId);
  return { profiles, creatorId, otherIds };
}
