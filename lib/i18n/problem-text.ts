/**
 * An extraction problem in the UI language. Problems carry a code and parameters
 * (lib/sites/problems.ts); reports stored before codes carry their sentence, shown as stored.
 */
import type { Platform, Problem } from '../model';
import {
  type CountField,
  CountFieldSchema,
  ExtractionProblemSchema,
  type MissingField,
} from '../sites/problems';
import type { Formatters, MessageKey, Translate } from './index';

const FIELD_LABEL: Record<CountField, MessageKey> = {
  followers: 'problem.field.followers',
  following: 'problem.field.following',
  postsCount: 'problem.field.postsCount',
  totalLikes: 'problem.field.totalLikes',
};

/** Where each site looked for a field it expects; the text says so. */
const MISSING: Record<Platform, Partial<Record<MissingField, MessageKey>>> = {
  instagram: {
    followers: 'problem.missing.instagram.followers',
    following: 'problem.missing.instagram.following',
    postsCount: 'problem.missing.instagram.postsCount',
    displayName: 'problem.missing.displayName',
    posts: 'problem.missing.instagram.posts',
  },
  tiktok: {
    followers: 'problem.missing.tiktok.followers',
    following: 'problem.missing.tiktok.following',
    totalLikes: 'problem.missing.tiktok.totalLikes',
    postsCount: 'problem.missing.tiktok.postsCount',
    displayName: 'problem.missing.displayName',
    posts: 'problem.missing.tiktok.posts',
  },
};

function byPlatform<K extends MessageKey>(platform: Platform, keys: Record<Platform, K>): K {
  return keys[platform];
}

/**
 * The sentence for one problem of a `platform` report: its stored sentence when it has one
 * (reports stored before codes, in French when there is one), else its code's text with the
 * parameters in the user's number format; the bare code when this version does not know it.
 */
export function problemText(problem: Problem, platform: Platform, t: Translate, fmt: Formatters): string {
  if (problem.message !== undefined) {
    return fmt.locale === 'fr' ? (problem.messageFr ?? problem.message) : problem.message;
  }
  const parsed = ExtractionProblemSchema.safeParse(problem);
  if (!parsed.success) return problem.code;
  const p = parsed.data;
  switch (p.code) {
    case 'login-wall':
      return t('problem.login-wall');
    case 'not-profile':
      return t(
        byPlatform(platform, {
          instagram: 'problem.not-profile.instagram',
          tiktok: 'problem.not-profile.tiktok',
        }),
      );
    case 'not-found':
      return t(
        byPlatform(platform, {
          instagram: 'problem.not-found.instagram',
          tiktok: 'problem.not-found.tiktok',
        }),
        p.params,
      );
    case 'private':
      return t(
        byPlatform(platform, { instagram: 'problem.private.instagram', tiktok: 'problem.private.tiktok' }),
        p.params,
      );
    case 'no-posts':
      return t(
        byPlatform(platform, { instagram: 'problem.no-posts.instagram', tiktok: 'problem.no-posts.tiktok' }),
        p.params,
      );
    case 'url-not-profile':
      return t('problem.url-not-profile');
    case 'stale-header':
      return p.params.shown === undefined
        ? t('problem.stale-header', { handle: p.params.handle })
        : t('problem.stale-header.shown', { handle: p.params.handle, shown: p.params.shown });
    case 'stale-meta':
      return t('problem.stale-meta', p.params);
    case 'stale-embedded':
      return t('problem.stale-embedded', p.params);
    case 'no-embedded':
      return t('problem.no-embedded');
    case 'meta-only':
      return t('problem.meta-only');
    case 'invalid-json':
      return t(`problem.invalid-json.${p.params.what}`);
    case 'invalid-count':
      return t(`problem.invalid-count.${p.params.in}`, {
        field: t(FIELD_LABEL[p.field]),
        value: p.params.value,
      });
    case 'invalid-post':
      return t(
        byPlatform(platform, {
          instagram: 'problem.invalid-post.instagram',
          tiktok: 'problem.invalid-post.tiktok',
        }),
        p.params,
      );
    case 'foreign-posts-ignored': {
      const many = p.params.count > 1;
      const key = byPlatform(platform, {
        instagram: many
          ? 'problem.foreign-posts-ignored.instagram.other'
          : 'problem.foreign-posts-ignored.instagram.one',
        tiktok: many
          ? 'problem.foreign-posts-ignored.tiktok.other'
          : 'problem.foreign-posts-ignored.tiktok.one',
      });
      return t(key, { count: fmt.integer(p.params.count) });
    }
    case 'rounded':
      return t(`problem.rounded.${p.params.from}`);
    case 'missing': {
      const key = MISSING[platform][p.field];
      if (key) return t(key);
      const count = CountFieldSchema.safeParse(p.field);
      return t('problem.missing', { field: count.success ? t(FIELD_LABEL[count.data]) : p.field });
    }
    case 'no-post-counts':
      return t(
        byPlatform(platform, {
          instagram: 'problem.no-post-counts.instagram',
          tiktok: 'problem.no-post-counts.tiktok',
        }),
      );
  }
}
