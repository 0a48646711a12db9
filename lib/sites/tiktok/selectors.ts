/**
 * Every TikTok selector, as ordered fallbacks. `data-e2e` attributes have been stable for years;
 * class names are generated (`css-1x2y3z-DivUserInfo`) and never used. `inside` / `around` name
 * the group an element is looked for in or around; `notInFixtures` marks a variant no saved
 * fixture page has (tests/sites/selectors.test.ts).
 */
import type { SelectorChoice } from '../dom';

// The heading tags have varied (h1 title + h2 subtitle in 2024–2026, h2 title + h1 subtitle in
// 2023), so headings are matched by data-e2e alone.
const TITLE: SelectorChoice[] = [
  {
    selector: '[data-e2e="user-title"]',
    note: 'handle or name heading (which one, and its tag, has varied)',
  },
];
const SUBTITLE: SelectorChoice[] = [
  { selector: '[data-e2e="user-subtitle"]', note: 'the other of handle / name' },
];
const BIO: SelectorChoice[] = [
  { selector: '[data-e2e="user-bio"]', note: 'bio (seen 2020–2026, an h2 so far)' },
];

export const TT_SELECTORS = {
  rehydration: [
    {
      selector: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
      note: 'embedded state (seen 2023–2026), stale after navigation',
    },
  ],
  sigiState: [
    {
      selector: 'script#SIGI_STATE',
      note: 'older embedded state (seen to 2023): UserModule, ItemModule, ItemList["user-post"]',
    },
  ],
  title: TITLE,
  subtitle: SUBTITLE,
  bio: BIO,
  followers: [
    { selector: 'strong[data-e2e="followers-count"]', note: 'rounded text; title is only a label' },
  ],
  following: [{ selector: 'strong[data-e2e="following-count"]', note: 'rounded text' }],
  likes: [{ selector: 'strong[data-e2e="likes-count"]', note: 'rounded text' }],
  link: [{ selector: 'a[data-e2e="user-link"]', note: 'bio link' }],
  verified: [
    { selector: '[data-e2e="user-verified"]', note: 'likely: verified badge' },
    { selector: '[data-e2e="user-title"] svg', note: 'badge icon inside the title' },
  ],
  postItems: [{ selector: '[data-e2e="user-post-item"]', note: 'grid item (seen 2020–2026)' }],
  postLink: [
    {
      selector: 'a[href*="/video/"], a[href*="/photo/"]',
      note: 'link to the video inside the item',
      inside: 'postItems',
    },
  ],
  postViews: [
    {
      selector: 'strong[data-e2e="video-views"]',
      note: 'rounded view count on the tile',
      inside: 'postItems',
    },
  ],
  pinnedBadge: [
    { selector: '[data-e2e="video-card-badge"]', note: 'Pinned badge on the tile', inside: 'postItems' },
  ],
  commentText: [
    { selector: '[data-e2e="comment-level-1"]', note: 'top-level comment text (seen 2022–2026)' },
  ],
  commentUser: [{ selector: '[data-e2e="comment-username-1"]', note: 'top-level comment author' }],
  commentUserLink: [
    {
      selector: 'a[href*="/@"]',
      note: 'profile link inside the author block',
      inside: 'commentUser',
      notInFixtures: true,
    },
  ],
  commentUserLinkAround: [
    { selector: 'a', note: 'profile link wrapped around the author block (2024)', around: 'commentUser' },
  ],
  metaDescription: [
    {
      selector: 'meta[name="description"], meta[property="description"]',
      note: '"Name (@handle) on TikTok | 7.8M Likes. 2.3M Followers. …" (seen 2021–2026)',
    },
    {
      selector: 'meta[property="og:description"], meta[name="og:description"]',
      note: 'the same summary',
    },
  ],
} satisfies Record<string, SelectorChoice[]>;

/**
 * Where the Score button goes, tried in order: below the bio when there is one, else below the
 * title block (heading tags have varied: h1/h2 and h2/h1).
 */
// From the consts, not TT_SELECTORS: the always-on content script imports this and nothing else here.
export const TT_SCORE_ANCHORS: readonly string[] = [...BIO, ...SUBTITLE, ...TITLE].map(
  (choice) => choice.selector,
);

/**
 * TikTok's texts for a private profile, a missing one and an empty grid. They are looked for in
 * the visible text only: every real page also carries them in its translation dictionary inside
 * the JSON scripts, and the site's own status fields (statusCode, privateAccount) come first.
 */
/** TikTok's texts for a private profile. */
export const TT_PRIVATE_TEXTS = [
  'this account is private',
  'ce compte est privé',
  'dieses konto ist privat',
  'esta cuenta es privada',
];
/** TikTok's texts for a missing profile. */
export const TT_NOT_FOUND_TEXTS = [
  "couldn't find this account",
  'couldn’t find this account',
  'impossible de trouver ce compte',
  'konto nicht gefunden',
  'no se pudo encontrar esta cuenta',
];
export const TT_NO_POSTS_TEXTS = ['no content', 'aucun contenu', 'no videos yet', 'keine inhalte'];
