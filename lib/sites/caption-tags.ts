/** Hashtags and @mentions written in a caption, lower-case, in order, without repeats. */
export function captionTags(caption: string | undefined): { hashtags: string[]; mentions: string[] } {
  if (!caption) return { hashtags: [], mentions: [] };
  const unique = (values: string[]) => [...new Set(values)];
  const hashtags = [...caption.matchAll(/(?:^|[^\p{L}\p{N}_&])[#＃]([\p{L}\p{N}_]+)/gu)].map((m) =>
    (m[1] as string).toLowerCase(),
  );
  const mentions = [...caption.matchAll(/(?:^|[^\p{L}\p{N}_.@])@([A-Za-z0-9._]{1,30})/gu)].map((m) =>
    (m[1] as string).replace(/\.+$/, '').toLowerCase(),
  );
  return { hashtags: unique(hashtags), mentions: unique(mentions.filter((m) => m.length > 0)) };
}

/** Disclosure hashtags that mark a paid partnership in the markets we serve. */
const DISCLOSURE_TAGS = new Set([
  'ad',
  'ads',
  'sponsored',
  'paidpartnership',
  'partner',
  'collab',
  'pub',
  'publicite',
  'publicité',
  'sponsorisé',
  'sponsorise',
  'partenariat',
  'werbung',
  'anzeige',
  'publi',
  'publicidad',
  'patrocinado',
  'publicidade',
  'adv',
  'advertising',
  'spon',
]);

/** Does the caption carry a disclosure hashtag (#ad, #sponsored, #partenariat, #werbung…)? */
export function hasDisclosureHashtag(hashtags: readonly string[]): boolean {
  return hashtags.some((tag) => DISCLOSURE_TAGS.has(tag));
}
