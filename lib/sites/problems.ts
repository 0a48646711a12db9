/**
 * Everything an extractor can report about a page it read, as a code and typed parameters.
 * Nothing in lib/sites writes a sentence: the UI words each problem in its language
 * (`problemText` in lib/i18n/problem-text.ts, texts under `problem.*` in lib/i18n/en.ts and fr.ts).
 *
 * `code` is the stable name the data-quality panel exposes as `data-code` and Copy diagnostics
 * lists; where one code has several wordings, a parameter says which (`rounded` → `from`).
 */
import { z } from 'zod';

/** Profile counts whose value can be refused as unusable. */
export const CountFieldSchema = z.enum(['followers', 'following', 'postsCount', 'totalLikes']);
export type CountField = z.infer<typeof CountFieldSchema>;

/** Fields the extractors expect on every readable profile, and `posts`. */
export const MissingFieldSchema = z.enum([
  'followers',
  'following',
  'postsCount',
  'totalLikes',
  'displayName',
  'posts',
]);
export type MissingField = z.infer<typeof MissingFieldSchema>;

const handle = z.string();
const atHandle = z.object({ handle });
/** Shown handle vs the profile being read (stale data left from in-app navigation). */
const staleFor = z.object({ handle, shown: handle });

export const ExtractionProblemSchema = z.discriminatedUnion('code', [
  // Page states (the code is the page state).
  z.object({ code: z.literal('login-wall') }),
  z.object({ code: z.literal('not-profile') }),
  z.object({ code: z.literal('not-found'), params: atHandle }),
  z.object({ code: z.literal('private'), params: atHandle }),
  z.object({ code: z.literal('no-posts'), params: atHandle }),
  // Where the handle and the data came from.
  z.object({ code: z.literal('url-not-profile'), field: z.literal('handle') }),
  /** `shown` is absent when the header on screen names no handle that could be read. */
  z.object({ code: z.literal('stale-header'), params: z.object({ handle, shown: handle.optional() }) }),
  z.object({ code: z.literal('stale-meta'), params: staleFor }),
  z.object({ code: z.literal('stale-embedded'), params: staleFor }),
  z.object({ code: z.literal('no-embedded') }),
  z.object({ code: z.literal('meta-only') }),
  // Data that could not be used.
  z.object({
    code: z.literal('invalid-json'),
    field: z.literal('posts').optional(),
    params: z.object({ what: z.enum(['profile-response', 'embedded-profile', 'video-list']) }),
  }),
  z.object({
    code: z.literal('invalid-count'),
    field: CountFieldSchema,
    /** `value` is the refused value as the page data wrote it (JSON text). */
    params: z.object({ in: z.enum(['page-data', 'author-stats']), value: z.string() }),
  }),
  /** `detail` is technical (a post id and what did not fit), shown as is. */
  z.object({
    code: z.literal('invalid-post'),
    field: z.literal('posts'),
    params: z.object({ detail: z.string() }),
  }),
  z.object({
    code: z.literal('foreign-posts-ignored'),
    params: z.object({ count: z.number().int().positive() }),
  }),
  // Values that are there but weaker than wanted, or not there.
  z.object({
    code: z.literal('rounded'),
    field: z.literal('followers'),
    /** The rounded number shown on the page, put in the page data, or given by the page summary. */
    params: z.object({ from: z.enum(['page', 'page-data', 'summary']) }),
  }),
  z.object({ code: z.literal('missing'), field: MissingFieldSchema }),
  z.object({ code: z.literal('no-post-counts'), field: z.literal('posts') }),
]);
export type ExtractionProblem = z.output<typeof ExtractionProblemSchema>;

/** The problems that explain a page state: their code is the state. */
export type PageStateProblem = Extract<
  ExtractionProblem,
  { code: 'login-wall' | 'not-profile' | 'not-found' | 'private' | 'no-posts' }
>;
