import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommentClass } from '@/lib/model/report';
import { classifyComments } from '@/lib/scoring/comment-classifier';
import { comment } from './builders';

interface Labelled {
  text: string;
  lang: string;
  label: CommentClass;
  note?: string;
}

const corpus = JSON.parse(
  readFileSync(new URL('../../fixtures/comments/corpus.json', import.meta.url), 'utf8'),
) as { comments: Labelled[] };
const CLASSES: readonly CommentClass[] = ['spam', 'generic', 'substantive', 'neutral'];

/** The corpus as one batch, each comment by a distinct author on its own post (no caption context). */
function classifyCorpus() {
  const comments = corpus.comments.map((row, i) =>
    comment(row.text, { id: `k${i}`, postId: `post${i}`, author: `a${i}` }),
  );
  return classifyComments(comments, []).judgements;
}

function precisionRecall(labels: readonly CommentClass[], predicted: readonly CommentClass[]) {
  return Object.fromEntries(
    CLASSES.map((cls) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      labels.forEach((label, i) => {
        const p = predicted[i];
        if (p === cls && label === cls) tp++;
        else if (p === cls) fp++;
        else if (label === cls) fn++;
      });
      return [cls, { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), support: tp + fn }];
    }),
  ) as Record<CommentClass, { precision: number; recall: number; support: number }>;
}

describe('comment classifier on the hand-labelled corpus', () => {
  const judgements = classifyCorpus();
  const labels = corpus.comments.map((c) => c.label);
  const predicted = judgements.map((j) => j.class);
  const scores = precisionRecall(labels, predicted);

  it('has at least 400 labelled comments in all six languages', () => {
    expect(corpus.comments.length).toBeGreaterThanOrEqual(400);
    expect(new Set(corpus.comments.map((c) => c.lang))).toEqual(
      new Set(['en', 'fr', 'es', 'de', 'pt', 'it']),
    );
  });

  it('reports precision and recall per class and meets the floors', () => {
    const table = CLASSES.map(
      (c) =>
        `${c.padEnd(12)} precision ${scores[c].precision.toFixed(3)}  recall ${scores[c].recall.toFixed(3)}  n=${scores[c].support}`,
    ).join('\n');
    const errors = corpus.comments
      .map((row, i) => ({ row, j: judgements[i] }))
      .filter(({ row, j }) => j && j.class !== row.label)
      .map(({ row, j }) => `  [${row.lang}] ${row.label} → ${j?.class} (${j?.rule}): ${row.text}`);
    console.log(
      `Comment classifier, ${corpus.comments.length} comments\n${table}\nMisclassified (${errors.length}):\n${errors.join('\n')}`,
    );
    // Floors set from the first measured run (spam 1.00/1.00, generic 0.95/1.00, substantive
    // 0.95/0.85, neutral 0.73/0.81), with margin; spam held at 0.95 / 0.95. The corpus and the
    // rules share an author: tests/real/comments.real.test.ts measures comments nobody here wrote.
    // Short genuine questions are classed neutral by design.
    expect(scores.spam.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.spam.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.generic.precision).toBeGreaterThanOrEqual(0.85);
    expect(scores.spam.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.generic.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.substantive.precision).toBeGreaterThanOrEqual(0.85);
    expect(scores.substantive.recall).toBeGreaterThanOrEqual(0.75);
    expect(scores.neutral.recall).toBeGreaterThanOrEqual(0.6);
  });

  it('records the rule that fired for every comment', () => {
    for (const j of judgements) expect(j.rule).toMatch(new RegExp(`^${j.class}:`));
  });
});
