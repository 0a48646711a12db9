import type { SubScore } from '../model/report';
import type { NoteCode } from './codes';
import { noData, type ScoringContext, type SubScoreResult, scoreValue } from './context';
import { fold, stem, words } from './normalise-text';

export interface KeywordMatch {
  keyword: string;
  bio: boolean;
  captions: string[];
  hashtags: string[];
}

function stems(text: string): string[] {
  return words(text).map(stem);
}

/** Whether the keyword's stemmed words appear consecutively in the text's stemmed words. */
function containsPhrase(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Campaign keywords (accent/case folded, simple plural stemming) matched in the bio, the
 * captions (as words) and the hashtags (as substrings: #veganrecipes matches "vegan").
 */
export function matchKeywords(ctx: ScoringContext): KeywordMatch[] {
  const bio = stems(ctx.snapshot.bio ?? '');
  const posts = ctx.selection.window.length > 0 ? ctx.selection.window : ctx.snapshot.posts;
  const captions = posts.map((p) => ({
    id: p.id,
    words: stems(p.caption ?? ''),
    tags: p.hashtags.map((h) => fold(h.replace(/^#/, ''))),
  }));
  return ctx.campaign.nicheKeywords.map((keyword) => {
    const needle = stems(keyword);
    const compact = needle.join('');
    return {
      keyword,
      bio: containsPhrase(bio, needle),
      captions: captions.filter((c) => containsPhrase(c.words, needle)).map((c) => c.id),
      hashtags: captions
        .filter((c) => compact.length >= 3 && c.tags.some((t) => t.includes(compact)))
        .map((c) => c.id),
    };
  });
}

/**
 * N: half keyword coverage (share of campaign keywords found anywhere), half post share
 * (share of window posts mentioning any keyword, full marks at half the posts).
 */
export function scoreNiche(ctx: ScoringContext): SubScoreResult {
  if (ctx.campaign.nicheKeywords.length === 0) {
    return {
      subscore: noData('niche', { code: 'niche.no-keywords' }),
      reasons: [],
    };
  }
  const matches = matchKeywords(ctx);
  const posts = ctx.selection.window.length > 0 ? ctx.selection.window : ctx.snapshot.posts;
  const found = matches.filter((m) => m.bio || m.captions.length > 0 || m.hashtags.length > 0);
  const onTopic = new Set(matches.flatMap((m) => [...m.captions, ...m.hashtags]));
  const coverage = found.length / matches.length;
  const postShare = posts.length === 0 ? 0 : onTopic.size / posts.length;
  const value = 100 * (0.5 * coverage + 0.5 * Math.min(1, postShare / 0.5));
  const inputs: SubScore['inputs'] = {
    keywords: matches.length,
    matched: found.length,
    postsOnTopic: onTopic.size,
    posts: posts.length,
  };
  // Per keyword: the posts that mention it in the caption or hashtags, and whether the bio does.
  for (const m of matches) {
    inputs[`kw:${m.keyword}`] = new Set([...m.captions, ...m.hashtags]).size;
    if (m.bio) inputs[`bio:${m.keyword}`] = true;
  }
  return {
    subscore: {
      key: 'niche',
      value: scoreValue(value),
      inputs,
      used: posts
        .filter((p) => onTopic.has(p.id))
        .map((p) => ({
          id: p.id,
          note: {
            code: 'keywords',
            params: {
              keywords: matches
                .filter((m) => m.captions.includes(p.id) || m.hashtags.includes(p.id))
                .map((m) => m.keyword),
            },
          } satisfies NoteCode,
        })),
      excluded: [],
      confidence: posts.length >= ctx.thresholds.lowConfidencePosts ? 'high' : 'low',
      explanation: {
        code: 'niche.scored',
        params: {
          found: found.map((m) => m.keyword),
          keywords: matches.length,
          onTopic: onTopic.size,
          posts: posts.length,
        },
      },
    },
    reasons: [],
  };
}
