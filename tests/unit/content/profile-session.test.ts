import { describe, expect, it } from 'vitest';
import { ProfileSession } from '@/lib/content/profile-session';
import { assignDomCommentIds } from '@/lib/model/comment-identity';
import { makeReport } from '@/tests/helpers/reports';

const comment = (id: string) => ({
  id,
  postId: 'p1',
  author: 'fan',
  text: 'Où as-tu acheté ce plat ?',
  isCreatorReply: false,
  source: 'json' as const,
});

describe('the content script profile session', () => {
  it('drops the card and the comments when the user moves to another creator', () => {
    const session = new ProfileSession('instagram');
    session.focus('lea.cuisine');
    session.addComments([comment('c1')]);
    session.update({ open: true, status: 'ready', report: makeReport() });
    expect(session.focus('other.creator')).toBe(true);
    expect(session.current).toEqual({ handle: 'other.creator', open: false, status: 'idle', added: false });
    expect(session.evidenceComments()).toEqual([]);
  });

  it('keeps everything when the same creator is focused again, whatever the case', () => {
    const session = new ProfileSession('instagram');
    session.focus('lea.cuisine');
    session.addComments([comment('c1'), comment('c1'), comment('c2')]);
    expect(session.focus('Lea.Cuisine')).toBe(false);
    expect(session.evidenceComments().map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('counts a comment once when its DOM copy was read before its JSON copy arrived', () => {
    const session = new ProfileSession('tiktok');
    session.focus('lou.paints');
    const texts = ['first', 'second one', 'third!'];
    // The post is read while the comments response is still on its way: DOM copies only.
    session.addComments(
      assignDomCommentIds(texts.map((text, i) => ({ postId: 'v1', author: `fan${i}`, text }))).map((c) => ({
        ...c,
        isCreatorReply: false,
        source: 'dom' as const,
      })),
    );
    // The next read has the captured JSON: the same comments with the site's ids.
    session.addComments(
      texts.map((text, i) => ({ ...comment(`cid${i}`), postId: 'v1', author: `fan${i}`, text })),
    );
    expect(session.evidenceComments().map((c) => c.id)).toEqual(['cid0', 'cid1', 'cid2']);
    expect(Object.keys(session.commentTexts())).toEqual(['cid0', 'cid1', 'cid2']);
  });

  it('notifies subscribers of every change', () => {
    const session = new ProfileSession('tiktok');
    let calls = 0;
    const stop = session.subscribe(() => calls++);
    session.focus('a');
    session.update({ open: true });
    stop();
    session.update({ open: false });
    expect(calls).toBe(2);
  });
});
