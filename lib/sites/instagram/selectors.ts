/**
 * Every Instagram selector, as ordered fallbacks, each with the variant it matches. They
 * anchor on links, attributes and ARIA labels; hashed class names change weekly and are
 * never used. `inside` / `around` name the group an element is looked for in or around;
 * `notInFixtures` marks a variant no saved fixture page has (tests/sites/selectors.test.ts).
 */
import type { SelectorChoice } from '../dom';

const FOLLOWERS_LINK = 'a[href$="/followers/"]';
const FOLLOWING_LINK = 'a[href$="/following/"]';

/** The profile header (the Score button goes right below it). */
const HEADER: SelectorChoice[] = [
  { selector: 'main header', note: 'both header variants, 2022–2025' },
  { selector: 'header', note: 'any header when main is missing (logged-out shell)' },
];

export const IG_SELECTORS = {
  header: HEADER,
  handle: [
    { selector: 'header h2', note: 'handle heading, both variants (seen 2023–2025)' },
    { selector: 'header a[href] h2, header h1', note: 'older 2022 layout where the handle was an h1' },
  ],
  followersExact: [
    {
      selector: 'a[href$="/followers/"] span[title]',
      note: 'title holds the exact count ("1,179,867") while the text is truncated (seen 2023–2025)',
    },
    {
      selector: 'a[href$="/followers"] span[title]',
      note: 'same without the trailing slash',
      notInFixtures: true,
    },
    {
      selector: 'header ul > li:nth-child(2) button span[title]',
      note: 'private profile: the counts are buttons, not links (seen 2025)',
    },
  ],
  followersText: [
    { selector: `${FOLLOWERS_LINK} span`, note: 'visible compact text of the followers link' },
    { selector: FOLLOWERS_LINK, note: 'whole link text ("1.1M followers")' },
    {
      selector: 'header section ul > li:nth-child(2)',
      note: 'older variant, logged-out: followers is not a link, second list item',
    },
  ],
  followingText: [
    { selector: `${FOLLOWING_LINK} span`, note: 'visible rounded text of the following link' },
    { selector: FOLLOWING_LINK, note: 'whole link text' },
    { selector: 'header section ul > li:nth-child(3)', note: 'older variant, logged-out: third list item' },
  ],
  postsText: [
    {
      selector: 'header section ul > li:first-child',
      note: 'older variant: first list item ("1,407 posts")',
    },
    {
      selector: 'header section > div:not(:has(h2)) > div:first-child',
      note: 'newer variant without ul (2024–2025): first count block',
    },
  ],
  /** The followers and following links together mark the row of the three counts. */
  followersLink: [{ selector: FOLLOWERS_LINK, note: 'followers link, both variants (seen 2022–2025)' }],
  followingLink: [{ selector: FOLLOWING_LINK, note: 'following link, both variants' }],
  countRowCandidates: [
    {
      selector: 'ul, div',
      note: 'without both links: the list or block whose three children all hold a digit',
      inside: 'header',
    },
  ],
  verifiedBadge: [
    {
      selector: 'header svg[aria-label]',
      note: 'labelled icons of the header; the verified badge is the one with a VERIFIED_LABELS label',
    },
  ],
  bio: [{ selector: 'header section h1[dir="auto"]', note: 'older variant: bio in an h1 (seen to 2024)' }],
  textBlocks: [
    { selector: 'header section [dir="auto"]', note: 'name, category and bio blocks in both variants' },
  ],
  /** A text block inside one of these is the handle, a link or a button, not name, category or bio. */
  textBlockSkip: [
    { selector: 'h2, a, button', note: 'handle heading, links, buttons', around: 'textBlocks' },
  ],
  /** A text block holding another one is a wrapper: only the innermost is read. */
  textBlockNested: [
    {
      selector: '[dir="auto"]',
      note: 'a nested text block (a guard: the saved pages have none)',
      inside: 'textBlocks',
      notInFixtures: true,
    },
  ],
  externalLink: [
    {
      selector: 'header a[href*="l.instagram.com/?u="]',
      note: 'link shim around the bio link (seen 2020–2025)',
    },
    { selector: 'header a[rel~="me"][href^="http"]', note: 'rel=me link in the bio' },
    { selector: 'header a[target="_blank"][href^="http"]', note: 'any external link in the header' },
  ],
  gridTiles: [
    {
      selector: 'main a[href*="/p/"], main a[href*="/reel/"]',
      note: 'grid tiles: /p/CODE/, /reel/CODE/, /HANDLE/p/CODE/',
    },
  ],
  tilePinned: [
    {
      selector: '[aria-label="Pinned post icon"]',
      note: 'pinned badge on a tile (seen 2023–2025)',
      inside: 'gridTiles',
    },
    {
      selector: 'svg[aria-label*="inned"], svg[aria-label*="pingl"]',
      note: 'localised pinned labels (en, fr)',
      inside: 'gridTiles',
    },
  ],
  tileCarousel: [
    {
      selector: 'svg[aria-label="Carousel"], svg[aria-label="Carrousel"]',
      note: 'carousel icon',
      inside: 'gridTiles',
    },
  ],
  tileClip: [
    {
      selector: 'svg[aria-label="Clip"], svg[aria-label="Reel"], svg[aria-label="Video"]',
      note: 'reel/video icon',
      inside: 'gridTiles',
    },
  ],
  loginForm: [
    { selector: 'form#loginForm', note: 'login page form (seen 2022–2025)' },
    { selector: 'input[name="password"][type="password"]', note: 'any password field' },
  ],
  postDataScripts: [
    {
      selector: 'script[type="application/json"][data-sjs]',
      note: 'server JSON on post pages (seen 2023–2025)',
    },
  ],
  embeddedJson: [
    {
      selector: 'script[type="application/json"]',
      note: 'JSON the server embedded (data-sjs and others); a profile’s first posts ride in one',
    },
  ],
  metaDescription: [
    {
      selector: 'meta[property="og:description"], meta[name="og:description"]',
      note: 'summary with rounded counts and the handle (seen 2019–2025)',
    },
    { selector: 'meta[name="description"], meta[property="description"]', note: 'the same summary' },
  ],
  metaTitle: [
    {
      selector: 'meta[property="og:title"], meta[name="og:title"]',
      note: '"Name (@handle) • Instagram photos and videos" (else the document title)',
    },
  ],
  commentAuthors: [
    {
      selector: '[role="dialog"] ul h3, article ul h3',
      note: 'comment author in h3, text in h3 + div (2024)',
    },
    { selector: 'ul h3', note: 'post page without dialog or article' },
  ],
  commentAuthorLink: [{ selector: 'a', note: 'the author’s link in the h3', inside: 'commentAuthors' }],
  commentContainer: [{ selector: 'li', note: 'one comment’s list item', around: 'commentAuthors' }],
  commentTime: [
    { selector: 'time[datetime]', note: 'when the comment was written', inside: 'commentContainer' },
  ],
  commentPermalink: [
    {
      selector: 'a[href*="/c/"]',
      note: 'permalink /p/CODE/c/ID/ carrying the site’s comment id',
      inside: 'commentContainer',
      notInFixtures: true,
    },
  ],
} satisfies Record<string, SelectorChoice[]>;

/** Where the Score button goes, tried in order: right below the profile header of both layouts. */
// From HEADER, not IG_SELECTORS: the always-on content script imports this and nothing else here.
export const IG_SCORE_ANCHORS: readonly string[] = HEADER.map((choice) => choice.selector);

/** The localised label of the verified badge. */
export const VERIFIED_LABELS = new Set(
  [
    'Verified',
    'Vérifié',
    'Verifiziert',
    'Verificado',
    'Verificada',
    'Verificato',
    'Geverifieerd',
    'Подтвержденный',
    'Подтверждённый',
    'Zweryfikowany',
    'Zweryfikowane',
    'Doğrulanmış',
    'Onaylanmış',
    'Terverifikasi',
    '認証済み',
    '已验证',
    '已驗證',
    '인증됨',
    'Verifierad',
    'Bekræftet',
    'Verifisert',
    'Vahvistettu',
  ].map((label) => label.toLowerCase()),
);

/** Text Instagram shows instead of the grid of a private account. */
export const PRIVATE_TEXTS = [
  'this account is private',
  'ce compte est privé',
  'dieses konto ist privat',
  'esta cuenta es privada',
  'esta conta é privada',
  'questo account è privato',
  'dit account is privé',
  'это закрытый аккаунт',
  'to konto jest prywatne',
  'bu hesap gizli',
  'akun ini privat',
];

/** Text of the "page isn't available" page. */
export const NOT_FOUND_TEXTS = [
  "sorry, this page isn't available",
  'sorry, this page isn’t available',
  "cette page n'est pas disponible",
  'cette page n’est pas disponible',
  'diese seite ist leider nicht verfügbar',
  'esta página no está disponible',
  'esta página não está disponível',
  'questa pagina non è disponibile',
  'page not found',
];

/** Text shown on a profile without posts. */
export const NO_POSTS_TEXTS = [
  'no posts yet',
  'aucune publication',
  'noch keine beiträge',
  'aún no hay publicaciones',
  'ainda não há publicações',
  'nessun post',
];
