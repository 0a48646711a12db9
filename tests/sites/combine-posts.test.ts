import { describe, expect, it } from 'vitest';
import { type Post, PostSchema } from '@/lib/model';
import { combinePosts, mergePosts } from '@/lib/sites/extraction';

const post = (fields: Partial<Post> & { id: string }): Post =>
  PostSchema.parse({ type: 'reel', source: 'json', ...fields });

describe('two copies of one post, combined', () => {
  it('takes the later copy’s counts, and what it lacks from the earlier one', () => {
    const earlier = post({ id: 'A', likes: 10, comments: 2, views: 100, shares: 1, caption: 'Hi #ad' });
    const later = post({ id: 'A', likes: 12, views: 130 });
    expect(combinePosts(earlier, later)).toMatchObject({
      likes: 12,
      views: 130,
      comments: 2,
      shares: 1,
      caption: 'Hi #ad',
    });
  });

  it('hidden likes: hidden in the later copy hides both counts; a later copy showing them un-hides', () => {
    const shown = post({ id: 'A', likes: 10, views: 100 });
    const hidden = post({ id: 'A', likesHidden: true, comments: 3 });
    const hiddenNow = combinePosts(shown, hidden);
    expect([hiddenNow.likesHidden, hiddenNow.likes, hiddenNow.views]).toEqual([true, undefined, undefined]);
    // The later copy carries no like count: the earlier "hidden" stands.
    const silent = post({ id: 'A', comments: 4 });
    expect(combinePosts(hidden, silent).likesHidden).toBe(true);
    // The later copy shows likes: the creator made them visible again.
    const back = combinePosts(hidden, shown);
    expect([back.likesHidden, back.likes]).toEqual([false, 10]);
  });

  it('keeps a caption with the tags read from it, sponsorship from either, named co-authors over ids', () => {
    const grid = post({
      id: 'A',
      caption: 'With @brand #ad',
      hashtags: ['ad'],
      mentions: ['brand'],
      paidPartnership: true,
      sponsorTags: ['brand'],
      coauthors: ['guest.chef'],
      pinned: true,
    });
    const reels = post({ id: 'A', coauthors: ['id:7300000003'], sponsorTags: ['other'] });
    expect(combinePosts(grid, reels)).toMatchObject({
      caption: 'With @brand #ad',
      hashtags: ['ad'],
      mentions: ['brand'],
      paidPartnership: true,
      sponsorTags: ['other', 'brand'],
      coauthors: ['guest.chef'],
      pinned: true,
    });
    // A later copy that names its co-authors is taken as it is.
    expect(combinePosts(reels, grid).coauthors).toEqual(['guest.chef']);
  });

  it('merges several payloads: a weaker source adds nothing, an undated copy fills gaps only', () => {
    const dated = post({ id: 'A', takenAt: 2_000, likes: 5 });
    const undated = post({ id: 'A', likes: 9, caption: 'late' });
    const dom = post({ id: 'A', source: 'dom', likes: 1000, caption: 'dom' });
    const [merged] = mergePosts([dated, undated, dom]);
    expect(merged).toMatchObject({ likes: 5, caption: 'late', takenAt: 2_000, source: 'json' });
  });
});
