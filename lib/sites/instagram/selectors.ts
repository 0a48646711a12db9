/**
 * Instagram profile selectors, ordered fallbacks, each with the variant it matches. They
 * anchor on links, attributes and ARIA labels; hashed class names change weekly and are
 * never used.
 */
import type { SelectorChoice } from '../dom';

export const IG_SELECTORS = {
  header: [
    { selector: 'main header', note: 'both header variants, 2022–2025' },
    { selector: 'header', note: 'any header when main is missing (logged-out shell)' },
  ],
  handle: [
    { selector: 'header h2', note: 'handle heading, both variants (seen 2023–2025)' },
    { selector: 'header a[href] h2, header h1', note: 'older 2022 layout where the handle was an h1' },
  ],
  followersExact: [
    {
      selector: 'a[href$="/followers/"] span[title]',
      note: 'title holds the exact count ("1,179,867") while the text is truncated (seen 2023–2025)',
    },
    { selector: 'a[href$="/followers"] span[title]', note: 'same without the trailing slash' },
    {
      selector: 'header ul > li:nth-child(2) button span[title]',
      note: 'private profile: the counts are buttons, not links (seen 2025)',
    },
  ],
  followersText: [
    { selector: 'a[href$="/followers/"] span', note: 'visible compact text of the followers link' },
    { selector: 'a[href$="/followers/"]', note: 'whole link text ("1.1M followers")' },
    {
      selector: 'header section ul > li:nth-child(2)',
      note: 'older variant, logged-out: followers is not a link, second list item',
    },
  ],
  followingText: [
    { selector: 'a[href$="/following/"] span', note: 'visible rounded text of the following link' },
    { selector: 'a[href$="/following/"]', note: 'whole link text' },
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
  verifiedBadge: [
    { selector: 'header svg[aria-label]', note: 'verified badge next to the handle; label is localised' },
  ],
  bio: [{ selector: 'header section h1[dir="auto"]', note: 'older variant: bio in an h1 (seen to 2024)' }],
  textBlocks: [
    { selector: 'header section [dir="auto"]', note: 'name, category and bio blocks in both variants' },
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
    { selector: '[aria-label="Pinned post icon"]', note: 'pinned badge on a tile (seen 2023–2025)' },
    {
      selector: 'svg[aria-label*="inned"], svg[aria-label*="pingl"]',
      note: 'localised pinned labels (en, fr)',
    },
  ],
  tileCarousel: [
    { selector: 'svg[aria-label="Carousel"], svg[aria-label="Carrousel"]', note: 'carousel icon' },
  ],
  tileClip: [
    {
      selector: 'svg[aria-label="Clip"], svg[aria-label="Reel"], svg[aria-label="Video"]',
      note: 'reel/video icon',
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
  commentAuthors: [
    {
      selector: '[role="dialog"] ul h3, article ul h3',
      note: 'comment author in h3, text in h3 + div (2024)',
    },
    { selector: 'ul h3', note: 'post page without dialog or article' },
  ],
} satisfies Record<string, SelectorChoice[]>;

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
