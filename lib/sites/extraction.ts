import {
  type Extraction,
  type PageState,
  type Platform,
  type Post,
  type PostInput,
  PostSchema,
  type Problem,
  ProfileSnapshotSchema,
  type Provenance,
  type Source,
} from '../model';
import type { ExtractionProblem, MissingField, PageStateProblem } from './problems';

/** Profile fields an extractor fills, each from the best source that has it. */
export type ProfileField =
  | 'handle'
  | 'displayName'
  | 'bio'
  | 'verified'
  | 'isPrivate'
  | 'category'
  | 'externalUrl'
  | 'followers'
  | 'following'
  | 'postsCount'
  | 'totalLikes';

type FieldValue = string | number | boolean;

/**
 * Collects fields from sources tried best first: the first value set for a field wins and
 * its source goes into the provenance. Problems are gathered alongside.
 */
export class ExtractionDraft {
  private readonly values = new Map<ProfileField, FieldValue>();
  /** Counts set by `setCount` as rounded: an exact one may still replace them. */
  private readonly roundedFields = new Set<ProfileField>();
  readonly provenance: Provenance = {};
  readonly problems: Problem[] = [];
  pageState: PageState = 'ok';

  set(field: ProfileField, value: FieldValue | undefined, source: Source): boolean {
    if (value === undefined || this.values.has(field)) return false;
    if (typeof value === 'string' && value.trim() === '') return false;
    this.values.set(field, value);
    this.provenance[field] = source;
    return true;
  }

  /**
   * A count that its source says is exact or rounded (`rounded`): set as `set` does, except that
   * an exact count replaces a rounded one set before (from a source tried earlier that gives
   * only rounded figures), and the problem that said it was rounded goes with it.
   */
  setCount(field: ProfileField, value: number | undefined, source: Source, rounded: boolean): boolean {
    if (value === undefined) return false;
    if (this.values.has(field)) {
      if (rounded || !this.roundedFields.has(field)) return false;
      this.values.delete(field);
      this.roundedFields.delete(field);
      const i = this.problems.findIndex((p) => p.code === 'rounded' && p.field === field);
      if (i !== -1) this.problems.splice(i, 1);
    }
    const done = this.set(field, value, source);
    if (done && rounded) this.roundedFields.add(field);
    return done;
  }

  has(field: ProfileField): boolean {
    return this.values.has(field);
  }

  get(field: ProfileField): FieldValue | undefined {
    return this.values.get(field);
  }

  /** Record a problem; one per code and field (the first one found says it). */
  problem(problem: ExtractionProblem): void {
    const field = 'field' in problem ? problem.field : undefined;
    if (this.problems.some((p) => p.code === problem.code && p.field === field)) return;
    const params =
      'params' in problem
        ? Object.fromEntries(Object.entries(problem.params).filter(([, v]) => v !== undefined))
        : undefined;
    this.problems.push({
      code: problem.code,
      ...(field !== undefined ? { field } : {}),
      ...(params ? { params } : {}),
    });
  }

  /** A page state with its explaining problem; the first (most specific) state wins. */
  state(problem: PageStateProblem): void {
    if (this.pageState !== 'ok') return;
    this.pageState = problem.code;
    this.problem(problem);
  }

  finish(args: {
    platform: Platform;
    handle: string;
    url: string;
    now: number;
    locale: string | undefined;
    posts: Post[];
    postsSource: Source | undefined;
    /** Fields every readable profile of this site has; each one not found is reported `missing`. */
    expected: ReadonlyArray<ProfileField & MissingField>;
  }): Extraction {
    if (args.postsSource && args.posts.length > 0) this.provenance.posts = args.postsSource;
    if (this.pageState === 'ok' || this.pageState === 'no-posts') {
      for (const field of args.expected) {
        if (!this.values.has(field)) this.problem({ code: 'missing', field });
      }
    }
    const str = (f: ProfileField) => {
      const v = this.values.get(f);
      return typeof v === 'string' ? v : undefined;
    };
    const num = (f: ProfileField) => {
      const v = this.values.get(f);
      return typeof v === 'number' ? v : undefined;
    };
    const bool = (f: ProfileField) => {
      const v = this.values.get(f);
      return typeof v === 'boolean' ? v : undefined;
    };
    const snapshot = ProfileSnapshotSchema.parse({
      platform: args.platform,
      handle: args.handle,
      url: args.url,
      capturedAt: Math.max(0, Math.trunc(args.now)),
      pageState: this.pageState,
      locale: args.locale,
      displayName: str('displayName'),
      bio: str('bio'),
      verified: bool('verified'),
      isPrivate: bool('isPrivate'),
      category: str('category'),
      externalUrl: str('externalUrl'),
      followers: num('followers'),
      following: num('following'),
      postsCount: num('postsCount'),
      totalLikes: num('totalLikes'),
      posts: args.posts,
    });
    return { snapshot, provenance: this.provenance, problems: this.problems };
  }
}

/** Validate a post built from page data; undefined (and the reason) when it does not fit the model. */
export function toPost(input: PostInput): { post: Post } | { error: string } {
  const parsed = PostSchema.safeParse(input);
  if (parsed.success) return { post: parsed.data };
  return { error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}

/**
 * Merge posts from several payloads: one per id, newest first; undated posts keep their page
 * order after dated ones. Copies of one post are combined field by field (`combinePosts`): a
 * later copy from a source as good (or a better one) gives the counts, and what it does not carry
 * (an Instagram Reels-tab copy has no caption, no sponsorship fields and names co-authors by id)
 * is kept from the earlier one. A copy from a weaker source adds nothing to one from a better.
 */
export function mergePosts(posts: readonly Post[]): Post[] {
  const rank: Record<Source, number> = { json: 3, embedded: 2, dom: 1, meta: 0 };
  const byId = new Map<string, { post: Post; order: number }>();
  posts.forEach((post, order) => {
    const seen = byId.get(post.id);
    if (!seen) byId.set(post.id, { post, order });
    else if (rank[post.source] > rank[seen.post.source]) seen.post = combinePosts(seen.post, post);
    else if (rank[post.source] === rank[seen.post.source])
      // Of two copies from sources alike, a dated one is the fuller: it leads.
      seen.post = post.takenAt !== undefined ? combinePosts(seen.post, post) : combinePosts(post, seen.post);
  });
  return [...byId.values()]
    .sort((a, b) => {
      const ta = a.post.takenAt;
      const tb = b.post.takenAt;
      if (ta !== undefined && tb !== undefined) return tb - ta || a.order - b.order;
      if (ta !== undefined) return -1;
      if (tb !== undefined) return 1;
      return a.order - b.order;
    })
    .map((entry) => entry.post);
}

/**
 * One post from two copies of it: `lead`'s figures, and what `lead` does not carry from `other`.
 * Hidden likes hide the views too (as the site does); a caption comes with the tags read from it;
 * a paid partnership or a pin seen in either copy stays; co-authors named by account beat the
 * same co-authors named by id only.
 */
export function combinePosts(other: Post, lead: Post): Post {
  const hidden = lead.likesHidden || (lead.likes === undefined && other.likesHidden);
  const captionFrom = lead.caption !== undefined || other.caption === undefined ? lead : other;
  const named = (list: readonly string[]) => list.some((c) => !c.startsWith('id:'));
  const coauthors =
    lead.coauthors.length === 0 || (!named(lead.coauthors) && named(other.coauthors))
      ? other.coauthors
      : lead.coauthors;
  return {
    ...lead,
    shortcode: lead.shortcode ?? other.shortcode,
    url: lead.url ?? other.url,
    takenAt: lead.takenAt ?? other.takenAt,
    likes: hidden ? undefined : (lead.likes ?? other.likes),
    views: hidden ? undefined : (lead.views ?? other.views),
    comments: lead.comments ?? other.comments,
    shares: lead.shares ?? other.shares,
    saves: lead.saves ?? other.saves,
    likesHidden: hidden,
    pinned: lead.pinned || other.pinned,
    caption: captionFrom.caption,
    hashtags: captionFrom.hashtags,
    mentions: captionFrom.mentions,
    paidPartnership: lead.paidPartnership || other.paidPartnership,
    sponsorTags: [...new Set([...lead.sponsorTags, ...other.sponsorTags])],
    coauthors,
  };
}

/**
 * Count readers over JSON values: a missing count stays undefined, a negative one is refused.
 * `onBad` gets a technical detail (for invalid-post problems) and the refused value.
 */
export function jsonCount(
  value: unknown,
  onBad?: (reason: string, value: unknown) => void,
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d{1,16}$/.test(value.trim())) {
    const n = Number(value.trim());
    if (Number.isSafeInteger(n)) return n;
  }
  onBad?.(`unusable count ${JSON.stringify(value)}`, value);
  return undefined;
}
