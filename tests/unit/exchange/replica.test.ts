import { describe, expect, it } from 'vitest';
import { mergeReplicas } from '@/lib/exchange/merge';
import {
  addTag,
  applyLocalEdit,
  applyReport,
  emptyReplica,
  isDeleted,
  removeTag,
  replicaFromEntry,
  setNote,
  tombstone,
} from '@/lib/exchange/replica';
import { normalizeTag } from '@/lib/exchange/replica-order';
import { materialize } from '@/lib/exchange/replica-view';
import { ShortlistEntryV1Schema } from '@/lib/model';
import { hlc, makeReport, T0 } from './fixtures';

const KEY = 'instagram:alice';

describe('fields', () => {
  it('keep the later of two edits, whichever arrives first', () => {
    const base = emptyReplica(KEY);
    const later = applyLocalEdit(base, 'status', 'contacted', hlc('dev-b', 2000));
    const earlier = applyLocalEdit(base, 'status', 'declined', hlc('dev-a', 1000));
    expect(materialize(applyLocalEdit(later, 'status', 'declined', hlc('dev-a', 1000))).status).toBe(
      'contacted',
    );
    expect(materialize(mergeReplicas(earlier, later)).status).toBe('contacted');
  });

  it('break a tie in the same millisecond by device id', () => {
    const a = applyLocalEdit(emptyReplica(KEY), 'assignee', 'ana', hlc('dev-a', 1000));
    const b = applyLocalEdit(emptyReplica(KEY), 'assignee', 'ben', hlc('dev-b', 1000));
    expect(materialize(mergeReplicas(a, b)).assignee).toBe('ben');
    expect(materialize(mergeReplicas(b, a)).assignee).toBe('ben');
  });

  it('can be cleared, and a cleared field is absent from the view', () => {
    let replica = applyLocalEdit(emptyReplica(KEY), 'quotedPrice', 300, hlc('dev-a', 1));
    replica = applyLocalEdit(replica, 'quotedPrice', null, hlc('dev-a', 2));
    expect(materialize(replica)).not.toHaveProperty('quotedPrice');
  });

  it('refuse a value of the wrong shape and a handle of another creator', () => {
    expect(() => applyLocalEdit(emptyReplica(KEY), 'auditFakeShare', 140, hlc('dev-a'))).toThrow(
      /auditFakeShare/,
    );
    expect(() => applyLocalEdit(emptyReplica(KEY), 'dueDate', '31/03/2025', hlc('dev-a'))).toThrow(/dueDate/);
    expect(() => applyLocalEdit(emptyReplica(KEY), 'handle', 'bob', hlc('dev-a'))).toThrow(/does not belong/);
  });

  it('default the status to candidate and the handle to the key', () => {
    const view = materialize(emptyReplica('tiktok:carol_c'));
    expect(view).toMatchObject({
      id: 'tiktok:carol_c',
      platform: 'tiktok',
      handle: 'carol_c',
      status: 'candidate',
    });
    expect(view.deleted).toBe(false);
  });

  it('refuse a key that is not platform:handle in lower case', () => {
    expect(() => emptyReplica('youtube:alice')).toThrow(/shortlist key/);
    expect(() => emptyReplica('instagram:Alice')).toThrow(/shortlist key/);
  });
});

describe('notes', () => {
  it('are kept per author: a later note by one author never overwrites another author’s', () => {
    const ana = setNote(emptyReplica(KEY), 'dev-a', 'Great fit', hlc('dev-a', 1000), 'Ana');
    const ben = setNote(emptyReplica(KEY), 'dev-b', 'Too expensive', hlc('dev-b', 5000), 'Ben');
    const anaAgain = setNote(ana, 'dev-a', 'Great fit, ask rates', hlc('dev-a', 9000), 'Ana');
    const merged = mergeReplicas(mergeReplicas(ana, ben), anaAgain);
    expect(materialize(merged).notes).toEqual([
      { author: 'dev-a', authorName: 'Ana', text: 'Great fit, ask rates' },
      { author: 'dev-b', authorName: 'Ben', text: 'Too expensive' },
    ]);
  });

  it('disappear from the view when their author clears them', () => {
    const written = setNote(emptyReplica(KEY), 'dev-a', 'Great fit', hlc('dev-a', 1));
    expect(materialize(setNote(written, 'dev-a', '', hlc('dev-a', 2))).notes).toEqual([]);
  });
});

describe('tags', () => {
  it('follow the later of add and remove for each tag', () => {
    let replica = addTag(emptyReplica(KEY), 'beauty', hlc('dev-a', 1));
    replica = addTag(replica, 'food', hlc('dev-a', 2));
    const removedElsewhere = removeTag(emptyReplica(KEY), 'beauty', hlc('dev-b', 3));
    const removedEarlier = removeTag(emptyReplica(KEY), 'food', hlc('dev-b', 0));
    const merged = mergeReplicas(mergeReplicas(replica, removedElsewhere), removedEarlier);
    expect(materialize(merged).tags).toEqual(['food']);
  });

  it('compare after trimming and Unicode normalization, keeping case', () => {
    expect(normalizeTag('  Pâtisserie \t fine ')).toBe('Pâtisserie fine');
    expect(normalizeTag('Pa\u0302tisserie')).toBe('Pâtisserie');
    const replica = addTag(addTag(emptyReplica(KEY), ' Paris', hlc('dev-a', 1)), 'Paris ', hlc('dev-b', 2));
    expect(materialize(replica).tags).toEqual(['Paris']);
    expect(() => addTag(emptyReplica(KEY), '   ', hlc('dev-a'))).toThrow(/empty/);
  });
});

describe('deletion', () => {
  it('hides the entry until someone edits it later, and an edit after it brings everything back', () => {
    let replica = applyLocalEdit(emptyReplica(KEY), 'status', 'contacted', hlc('dev-a', 1));
    replica = setNote(replica, 'dev-a', 'Keep me', hlc('dev-a', 2));
    const deleted = tombstone(replica, hlc('dev-b', 3));
    expect(isDeleted(deleted)).toBe(true);
    const revived = addTag(deleted, 'back', hlc('dev-c', 4));
    expect(materialize(revived)).toMatchObject({ deleted: false, status: 'contacted', tags: ['back'] });
    expect(materialize(revived).notes.map((n) => n.text)).toEqual(['Keep me']);
  });

  it('keeps the later of two tombstones', () => {
    const replica = tombstone(tombstone(emptyReplica(KEY), hlc('dev-a', 5)), hlc('dev-b', 1));
    expect(replica.tombstone).toBe(tombstone(emptyReplica(KEY), hlc('dev-a', 5)).tombstone);
  });
});

describe('score history', () => {
  it('applyReport adds the report and sets the score fields from it', () => {
    const report = makeReport(KEY, T0 + 5000, 'c1', 45_000);
    const view = materialize(applyReport(emptyReplica(KEY), report, hlc('dev-a', 5000)));
    expect(view).toMatchObject({
      followers: 45_000,
      tier: 'micro',
      erMean: 4.2,
      erMedian: 3.9,
      verdict: 'shortlist',
    });
    expect(view.history).toEqual([report]);
    expect(view.report).toEqual(report);
  });

  it('shows the latest report and keeps one copy of each scoring', () => {
    const first = makeReport(KEY, T0);
    const second = makeReport(KEY, T0 + 60_000);
    const a = applyReport(
      applyReport(emptyReplica(KEY), first, hlc('dev-a', 0)),
      second,
      hlc('dev-a', 60_000),
    );
    const b = applyReport(emptyReplica(KEY), structuredClone(first), hlc('dev-b', 0));
    const view = materialize(mergeReplicas(a, b));
    expect(view.history.map((r) => r.scoredAt)).toEqual([T0, T0 + 60_000]);
    expect(view.report?.scoredAt).toBe(T0 + 60_000);
  });
});

describe('replicaFromEntry', () => {
  it('turns a shortlist row from before sync into a replica with the same view', () => {
    const entry = ShortlistEntryV1Schema.parse({
      id: KEY,
      platform: 'instagram',
      handle: 'Alice',
      url: 'https://www.instagram.com/alice/',
      followers: 12_000,
      tier: 'micro',
      erMean: 4.2,
      erMedian: 3.9,
      verdict: 'shortlist',
      addedAt: T0,
      updatedAt: T0,
      status: 'contacted',
      notes: 'Met at the salon',
      tags: ['beauty', ' beauty '],
      report: makeReport(KEY, T0),
    });
    const view = materialize(replicaFromEntry(entry, hlc('dev-a', 10), 'dev-a', 'Ana'));
    expect(view).toMatchObject({
      id: KEY,
      handle: 'Alice',
      url: 'https://www.instagram.com/alice/',
      followers: 12_000,
      status: 'contacted',
      addedAt: T0,
      tags: ['beauty'],
      notes: [{ author: 'dev-a', authorName: 'Ana', text: 'Met at the salon' }],
      updatedAt: T0 + 10,
      deleted: false,
    });
  });
});
