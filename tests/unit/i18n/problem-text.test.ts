import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFormatters, createTranslator, type Translate } from '@/lib/i18n';
import { en as EN } from '@/lib/i18n/en';
import { problemText } from '@/lib/i18n/problem-text';
import { type Platform, type Problem, ProblemSchema } from '@/lib/model';
import { type ExtractionProblem, ExtractionProblemSchema } from '@/lib/sites/problems';

const FMT = { en: createFormatters('en'), fr: createFormatters('fr') };

/** A translator that also records the keys it was asked for. */
function recording(locale: 'en' | 'fr', used: Set<string>): Translate {
  const t = createTranslator(locale);
  return (key, params) => {
    used.add(key);
    return t(key, params);
  };
}

/** One problem per code and wording: every branch of every code's parameters. */
const SAMPLES: ExtractionProblem[] = [
  { code: 'login-wall' },
  { code: 'not-profile' },
  { code: 'not-found', params: { handle: 'ghost.account' } },
  { code: 'private', params: { handle: 'secret.garden' } },
  { code: 'no-posts', params: { handle: 'new.here' } },
  { code: 'url-not-profile', field: 'handle' },
  { code: 'stale-header', params: { handle: 'lea.cuisine', shown: 'tom.trails' } },
  { code: 'stale-header', params: { handle: 'lea.cuisine' } },
  { code: 'stale-meta', params: { handle: 'lea.cuisine', shown: 'tom.trails' } },
  { code: 'stale-embedded', params: { handle: 'nina.moves', shown: 'theo.builds' } },
  { code: 'no-embedded' },
  { code: 'meta-only' },
  { code: 'invalid-json', params: { what: 'profile-response' } },
  { code: 'invalid-json', params: { what: 'embedded-profile' } },
  { code: 'invalid-json', field: 'posts', params: { what: 'video-list' } },
  ...(['followers', 'following', 'postsCount', 'totalLikes'] as const).flatMap((field) =>
    (['page-data', 'author-stats'] as const).map(
      (where): ExtractionProblem => ({ code: 'invalid-count', field, params: { in: where, value: '-5' } }),
    ),
  ),
  { code: 'invalid-post', field: 'posts', params: { detail: 'C1: likes: Too small' } },
  { code: 'foreign-posts-ignored', params: { count: 1 } },
  { code: 'foreign-posts-ignored', params: { count: 12_345 } },
  ...(['page', 'page-data', 'summary'] as const).map(
    (from): ExtractionProblem => ({ code: 'rounded', field: 'followers', params: { from } }),
  ),
  ...(['followers', 'following', 'postsCount', 'totalLikes', 'displayName', 'posts'] as const).map(
    (field): ExtractionProblem => ({ code: 'missing', field }),
  ),
  { code: 'no-post-counts', field: 'posts' },
];

/** The problem as an extraction stores it (what ExtractionDraft.problem writes). */
function stored(p: ExtractionProblem): Problem {
  return ProblemSchema.parse(JSON.parse(JSON.stringify(p)));
}

describe('extraction problems worded by the UI', () => {
  it('every sample is a valid code with its parameters', () => {
    for (const p of SAMPLES) expect(ExtractionProblemSchema.safeParse(stored(p)).success, p.code).toBe(true);
  });

  it('words every code in English and French, with every parameter filled in, for both sites', () => {
    const used = new Set<string>();
    for (const platform of ['instagram', 'tiktok'] as Platform[]) {
      for (const p of SAMPLES) {
        const en = problemText(stored(p), platform, recording('en', used), FMT.en);
        const fr = problemText(stored(p), platform, recording('fr', used), FMT.fr);
        for (const text of [en, fr]) {
          expect(text, p.code).not.toBe(p.code);
          expect(text, p.code).not.toMatch(/\{\w+\}/);
        }
        expect(fr, p.code).not.toBe(en);
        if ('params' in p && 'handle' in p.params) {
          expect(en).toContain(`@${p.params.handle}`);
          expect(fr).toContain(`@${p.params.handle}`);
        }
      }
    }
    // Every text of the problem table is reachable from some code: none is dead.
    expect([...used].filter((k) => k.startsWith('problem.')).sort()).toEqual(
      Object.keys(EN)
        .filter((k) => k.startsWith('problem.'))
        .sort(),
    );
  });

  it('writes numbers in the user’s format and picks the singular or plural', () => {
    const many = stored({ code: 'foreign-posts-ignored', params: { count: 12_345 } });
    const one = stored({ code: 'foreign-posts-ignored', params: { count: 1 } });
    const [en, fr] = [createTranslator('en'), createTranslator('fr')];
    expect(problemText(many, 'instagram', en, FMT.en)).toBe(
      '12,345 posts from another profile in the page data were ignored.',
    );
    expect(problemText(many, 'tiktok', fr, FMT.fr)).toBe(
      '12\u202f345 vidéos d’un autre compte présentes dans les données de la page ont été ignorées.',
    );
    expect(problemText(one, 'instagram', fr, FMT.fr)).toBe(
      '1 publication d’un autre profil présente dans les données de la page a été ignorée.',
    );
  });

  it('names count fields as people read them', () => {
    const p = stored({
      code: 'invalid-count',
      field: 'totalLikes',
      params: { in: 'author-stats', value: '-5' },
    });
    expect(problemText(p, 'tiktok', createTranslator('en'), FMT.en)).toBe(
      "A video's author stats had an unusable value for the total likes (-5); it was ignored.",
    );
    expect(problemText(p, 'tiktok', createTranslator('fr'), FMT.fr)).toContain('le total des j’aime (-5)');
  });

  it('shows the sentence a report stored before codes carries, in French when it has one', () => {
    const old = ProblemSchema.parse({
      code: 'missing',
      field: 'followers',
      message: 'The follower count was not found.',
      messageFr: 'Le nombre d’abonnés est introuvable.',
    });
    const older = ProblemSchema.parse({ code: 'rounded', field: 'followers', message: 'Rounded.' });
    expect(problemText(old, 'instagram', createTranslator('en'), FMT.en)).toBe(
      'The follower count was not found.',
    );
    expect(problemText(old, 'instagram', createTranslator('fr'), FMT.fr)).toBe(
      'Le nombre d’abonnés est introuvable.',
    );
    expect(problemText(older, 'instagram', createTranslator('fr'), FMT.fr)).toBe('Rounded.');
  });

  it('shows the bare code of a problem this version does not know, or whose parameters do not fit', () => {
    const t = createTranslator('en');
    expect(problemText({ code: 'from-a-newer-version' }, 'instagram', t, FMT.en)).toBe(
      'from-a-newer-version',
    );
    expect(
      problemText({ code: 'rounded', field: 'followers', params: { from: 'x' } }, 'tiktok', t, FMT.en),
    ).toBe('rounded');
  });
});

describe('lib/sites writes no sentences', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });

  it('has no English/French text pairs', () => {
    for (const file of files(join(__dirname, '..', '..', '..', 'lib', 'sites'))) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\b(en|fr|messageFr):\s*[`'"]/);
    }
  });
});
