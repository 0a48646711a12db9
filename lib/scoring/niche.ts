import type { LanguageFit, LanguageMix } from '../audience/languages';
import { LANGUAGE_HIGH_CONFIDENCE } from '../model/languages';
import type { Reason, SubScore } from '../model/report';
import { type NoteCode, reason } from './codes';
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

/** The audience's languages against the campaign's target languages (lib/audience/languages.ts). */
export interface NicheLanguages {
  mix: LanguageMix;
  fit: LanguageFit;
}

/**
 * The language part of the niche fit, 0–100: full marks when the share of recognised comments in
 * a target language reaches the match minimum, proportionally less below it.
 */
export function languagePart(share: number, matchMin: number): number {
  return matchMin <= 0 ? 100 : 100 * Math.min(1, share / matchMin);
}

/** The keyword part: half keyword coverage, half post share (full marks at half the posts). */
function keywordPart(ctx: ScoringContext) {
  const matches = matchKeywords(ctx);
  const posts = ctx.selection.window.length > 0 ? ctx.selection.window : ctx.snapshot.posts;
  const found = matches.filter((m) => m.bio || m.captions.length > 0 || m.hashtags.length > 0);
  const onTopic = new Set(matches.flatMap((m) => [...m.captions, ...m.hashtags]));
  const coverage = found.length / matches.length;
  const postShare = posts.length === 0 ? 0 : onTopic.size / posts.length;
  const value = 100 * (0.5 * coverage + 0.5 * Math.min(1, postShare / 0.5));
  return { matches, posts, found, onTopic, value };
}

/**
 * N: the campaign keywords (half keyword coverage, half post share), and, when the campaign
 * targets languages and enough of the audience's comments are in a recognised language, the
 * share of them in a target language: keywords ⅔, languages ⅓; languages alone without keywords.
 * A mismatch (share under `languageMatchMin`) is a warning on the card.
 */
export function scoreNiche(ctx: ScoringContext, languages?: NicheLanguages): SubScoreResult {
  const { thresholds } = ctx;
  const lang = languages?.fit;
  const judged = lang !== undefined && lang.fit !== 'unsure' && lang.share !== undefined ? lang : undefined;
  const L = judged?.share === undefined ? undefined : languagePart(judged.share, thresholds.languageMatchMin);
  const reasons: Reason[] = [];
  if (
    languages &&
    lang?.share !== undefined &&
    lang.fit !== 'match' &&
    lang.share < thresholds.languageMatchMin
  ) {
    const main = languages.mix.languages[0]?.language;
    const determined = languages.mix.determined;
    // Judged: a warning; too few comments to judge: a note, so the card still says what it saw.
    reasons.push(
      reason(lang.fit === 'mismatch' ? 'warn' : 'info', {
        code: 'audience-language-mismatch',
        params: {
          share: lang.share,
          min: thresholds.languageMatchMin,
          targets: lang.targets,
          comments: determined,
          ...(main === undefined ? {} : { main }),
          highFrom: LANGUAGE_HIGH_CONFIDENCE,
        },
      }),
    );
  }
  const languageInputs: SubScore['inputs'] = {};
  if (languages && lang) {
    languageInputs.languageComments = languages.mix.determined;
    languageInputs.languageUndetermined = languages.mix.undetermined;
    if (lang.share !== undefined) languageInputs.languageShare = lang.share;
    for (const l of languages.mix.languages) languageInputs[`lang:${l.language}`] = l.count;
  }
  const languageConfidence = languages?.mix.confidence === 'high' ? 'high' : 'low';

  if (ctx.campaign.nicheKeywords.length === 0) {
    if (lang && L !== undefined && judged?.share !== undefined) {
      return {
        subscore: {
          key: 'niche',
          value: scoreValue(L),
          inputs: languageInputs,
          used: [],
          excluded: [],
          confidence: languageConfidence,
          explanation: {
            code: 'niche.languages',
            params: {
              languageShare: judged.share,
              languageComments: languages?.mix.determined ?? 0,
              targets: lang.targets,
            },
          },
        },
        reasons,
      };
    }
    return {
      subscore: noData(
        'niche',
        lang
          ? {
              code: 'niche.too-few-comments',
              params: {
                comments: languages?.mix.determined ?? 0,
                min: thresholds.languageMinComments,
                targets: lang.targets,
              },
            }
          : { code: 'niche.no-keywords' },
        languageInputs,
      ),
      reasons,
    };
  }
  const { matches, posts, found, onTopic, value: K } = keywordPart(ctx);
  const value = L === undefined ? K : (2 * K + L) / 3;
  const inputs: SubScore['inputs'] = {
    keywords: matches.length,
    matched: found.length,
    postsOnTopic: onTopic.size,
    posts: posts.length,
    ...languageInputs,
  };
  // Per keyword: the posts that mention it in the caption or hashtags, and whether the bio does.
  for (const m of matches) {
    inputs[`kw:${m.keyword}`] = new Set([...m.captions, ...m.hashtags]).size;
    if (m.bio) inputs[`bio:${m.keyword}`] = true;
  }
  const postsConfident = posts.length >= thresholds.lowConfidencePosts;
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
      confidence: postsConfident && (L === undefined || languageConfidence === 'high') ? 'high' : 'low',
      explanation: {
        code: 'niche.scored',
        params: {
          found: found.map((m) => m.keyword),
          keywords: matches.length,
          onTopic: onTopic.size,
          posts: posts.length,
          ...(judged?.share === undefined
            ? {}
            : {
                languageShare: judged.share,
                languageComments: languages?.mix.determined ?? 0,
                targets: judged.targets,
              }),
        },
      },
    },
    reasons,
  };
}
