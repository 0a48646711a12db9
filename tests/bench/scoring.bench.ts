import { bench, describe } from 'vitest';
import { CampaignSchema } from '@/lib/model/campaign';
import { CommentSchema, PostSchema, ProfileSnapshotSchema } from '@/lib/model/profile';
import { scoreProfile } from '@/lib/scoring/score-profile';

const NOW = Date.UTC(2026, 2, 1, 12);
const DAY = 86_400_000;
const TEXTS = [
  'Magnifique 😍',
  '🔥🔥🔥',
  "J'ai testé la recette hier soir, j'ai remplacé la crème par du lait de coco",
  'Where did you get that jacket? I have been looking for one',
  'DM us to collab 💌',
  'Trop beau',
  'Ich habe das Rezept gestern ausprobiert, meine Kinder waren begeistert',
  '@friend look',
  'Che bello',
  'Haha this is me every morning',
];

const posts = Array.from({ length: 50 }, (_, i) =>
  PostSchema.parse({
    id: `p${i}`,
    type: i % 3 === 0 ? 'reel' : 'photo',
    takenAt: NOW - (2 + i * 3) * DAY,
    likes: 800 + ((i * 131) % 900),
    comments: 20 + ((i * 17) % 60),
    views: i % 3 === 0 ? 20_000 + i * 100 : undefined,
    caption: `Recette ${i % 5 === 0 ? 'végane' : 'maison'} du jour avec @brand${i % 4} ${i % 7 === 0 ? '#publicite' : ''} #food #recette`,
    hashtags: ['food', 'recette'],
    pinned: i === 0,
    paidPartnership: i % 7 === 0,
    source: 'json',
  }),
);
const comments = Array.from({ length: 500 }, (_, i) =>
  CommentSchema.parse({
    id: `c${i}`,
    postId: `p${i % 50}`,
    author: `user${i % 120}`,
    text: TEXTS[i % TEXTS.length],
    createdAt: NOW - (i % 50) * DAY + i,
    isCreatorReply: i % 25 === 0,
    source: 'json',
  }),
);
const extraction = {
  snapshot: ProfileSnapshotSchema.parse({
    platform: 'instagram',
    handle: 'bench.creator',
    url: 'https://www.instagram.com/bench.creator/',
    capturedAt: NOW,
    followers: 42_000,
    following: 610,
    bio: 'Cuisine végane et recettes maison',
    posts,
  }),
  provenance: {},
  problems: [],
};
const campaign = CampaignSchema.parse({
  id: 'bench',
  name: 'Bench',
  nicheKeywords: ['vegan', 'recette', 'cuisine'],
});

describe('scoreProfile', () => {
  bench('50 posts, 500 comments', () => {
    scoreProfile({ extraction, evidence: { comments }, campaign, now: NOW, quotedPrice: 400 });
  });
});
