import { describe, expect, it } from 'vitest';
import { encodeHlc } from '@/lib/exchange/clock';
import { mergeReplicas, mergeShortlists, previewMerge } from '@/lib/exchange/merge';
import { addTag, applyLocalEdit, emptyReplica, setNote, tombstone } from '@/lib/exchange/replica';
import type { Replica } from '@/lib/exchange/replica-schema';
import { hlc } from './fixtures';

function withStatus(
  key: string,
  status: 'candidate' | 'contacted' | 'declined',
  at = hlc('dev-a', 0),
): Replica {
  return applyLocalEdit(emptyReplica(key), 'status', status, at);
}

describe('mergeReplicas', () => {
  it('refuses to merge two different creators', () => {
    expect(() => mergeReplicas(emptyReplica('instagram:a'), emptyReplica('instagram:b'))).toThrow(
      /different creators/,
    );
  });

  it('returns the local replica itself when the other side brings nothing new', () => {
    const local = withStatus('instagram:a', 'contacted', hlc('dev-a', 10));
    const stale = withStatus('instagram:a', 'candidate', hlc('dev-b', 1));
    expect(mergeReplicas(local, stale)).toBe(local);
  });
});

describe('mergeShortlists', () => {
  it('keeps creators from both sides, sorted by key, deleted ones as tombstones', () => {
    const mine = [
      withStatus('tiktok:z', 'candidate'),
      tombstone(withStatus('instagram:b', 'candidate'), hlc('dev-a', 5)),
    ];
    const theirs = new Map([['instagram:a', withStatus('instagram:a', 'contacted')]]);
    expect(mergeShortlists(mine, theirs).map((r) => r.key)).toEqual([
      'instagram:a',
      'instagram:b',
      'tiktok:z',
    ]);
  });
});

describe('previewMerge', () => {
  it('lists new creators as added and counts untouched ones as unchanged', () => {
    const local = [withStatus('instagram:a', 'candidate')];
    const incoming = [withStatus('instagram:a', 'candidate'), withStatus('instagram:new', 'contacted')];
    expect(previewMerge(local, incoming)).toEqual({
      added: ['instagram:new'],
      updated: [],
      removed: [],
      unchanged: 1,
    });
  });

  it('reports the fields that change and the conflicts with the side that wins and why', () => {
    let local = withStatus('instagram:a', 'contacted', hlc('dev-a', 1000));
    local = applyLocalEdit(local, 'assignee', 'ana', hlc('dev-a', 5000));
    let incoming = withStatus('instagram:a', 'declined', hlc('dev-b', 2000));
    incoming = applyLocalEdit(incoming, 'assignee', 'ben', hlc('dev-b', 3000));
    incoming = setNote(incoming, 'dev-b', 'Too expensive', hlc('dev-b', 2000), 'Ben');

    const preview = previewMerge([local], [incoming]);
    expect(preview.added).toEqual([]);
    expect(preview.removed).toEqual([]);
    expect(preview.updated).toEqual([
      {
        key: 'instagram:a',
        fields: ['status', 'notes'],
        conflicts: [
          {
            field: 'status',
            local: 'contacted',
            incoming: 'declined',
            winner: 'incoming',
            why: {
              rule: 'later',
              winnerHlc: encodeHlc(hlc('dev-b', 2000)),
              loserHlc: encodeHlc(hlc('dev-a', 1000)),
            },
          },
          {
            field: 'assignee',
            local: 'ana',
            incoming: 'ben',
            winner: 'local',
            why: {
              rule: 'later',
              winnerHlc: encodeHlc(hlc('dev-a', 5000)),
              loserHlc: encodeHlc(hlc('dev-b', 3000)),
            },
          },
        ],
      },
    ]);
  });

  it('explains a same-millisecond conflict by the device-id tie-break', () => {
    const local = withStatus('instagram:a', 'contacted', hlc('dev-a', 1000));
    const incoming = withStatus('instagram:a', 'declined', hlc('dev-b', 1000));
    const [update] = previewMerge([local], [incoming]).updated;
    expect(update?.conflicts[0]).toMatchObject({
      winner: 'incoming',
      why: expect.objectContaining({ rule: 'device' }),
    });
  });

  it('explains a same-millisecond conflict decided by the logical counter', () => {
    const local = withStatus('instagram:a', 'contacted', hlc('dev-b', 1000, 0));
    const incoming = withStatus('instagram:a', 'declined', hlc('dev-a', 1000, 1));
    const [update] = previewMerge([local], [incoming]).updated;
    expect(update?.conflicts[0]).toMatchObject({
      winner: 'incoming',
      why: expect.objectContaining({ rule: 'counter' }),
    });
  });

  it('decides identical clock values (a forged file) by value, the same way on every device', () => {
    const local = withStatus('instagram:a', 'contacted', hlc('dev-a', 1000));
    const incoming = withStatus('instagram:a', 'declined', hlc('dev-a', 1000));
    expect(previewMerge([local], [incoming]).updated[0]?.conflicts[0]).toMatchObject({
      winner: 'incoming',
      why: expect.objectContaining({ rule: 'value' }),
    });
    expect(previewMerge([incoming], [local]).updated).toEqual([]);
  });

  it('reports conflicting notes of the same author and tags added on one side and removed on the other', () => {
    const local = addTag(
      setNote(emptyReplica('instagram:a'), 'ana', 'v1', hlc('dev-a', 1)),
      'food',
      hlc('dev-a', 1),
    );
    const incoming = setNote(
      addTag(emptyReplica('instagram:a'), 'food', hlc('dev-b', 0)),
      'ana',
      'v2',
      hlc('dev-b', 2),
    );
    const removed = { ...incoming, tags: [{ tag: 'food', present: false, hlc: incoming.tags[0]!.hlc }] };
    const [update] = previewMerge([local], [removed]).updated;
    expect(update?.fields).toEqual(['notes']);
    expect(update?.conflicts).toEqual([
      expect.objectContaining({
        field: 'notes',
        item: 'ana',
        local: 'v1',
        incoming: 'v2',
        winner: 'incoming',
      }),
      expect.objectContaining({ field: 'tags', item: 'food', local: true, incoming: false, winner: 'local' }),
    ]);
  });

  it('lists creators the file deletes after their last local edit as removed, and older deletions as unchanged', () => {
    const local = [
      withStatus('instagram:a', 'contacted', hlc('dev-a', 1000)),
      withStatus('instagram:b', 'contacted', hlc('dev-a', 9000)),
    ];
    const incoming = [
      tombstone(emptyReplica('instagram:a'), hlc('dev-b', 2000)),
      tombstone(emptyReplica('instagram:b'), hlc('dev-b', 2000)),
    ];
    expect(previewMerge(local, incoming)).toEqual({
      added: [],
      updated: [],
      removed: ['instagram:a'],
      unchanged: 1,
    });
  });

  it('lists a creator deleted here and edited later there as added, and an unknown deletion as unchanged', () => {
    const local = [tombstone(withStatus('instagram:a', 'contacted', hlc('dev-a', 1000)), hlc('dev-a', 2000))];
    const incoming = [
      withStatus('instagram:a', 'declined', hlc('dev-b', 3000)),
      tombstone(emptyReplica('instagram:gone'), hlc('dev-b', 3000)),
    ];
    expect(previewMerge(local, incoming)).toEqual({
      added: ['instagram:a'],
      updated: [],
      removed: [],
      unchanged: 1,
    });
  });

  it('does not modify either side', () => {
    const local = [withStatus('instagram:a', 'contacted', hlc('dev-a', 1000))];
    const incoming = [withStatus('instagram:a', 'declined', hlc('dev-b', 2000))];
    const before = structuredClone([local, incoming]);
    previewMerge(local, incoming);
    expect([local, incoming]).toEqual(before);
  });
});
