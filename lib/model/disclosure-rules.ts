/**
 * The disclosure rule of each jurisdiction, defined once: the words a sponsored post must carry,
 * where they must stand, and the source. The creator brief (lib/brief) asks for exactly this and
 * the disclosure check (lib/scoring/disclosure.ts) tests captions against exactly this.
 *
 * What a caption check can see: Microscope reads captions and hashtags, never what is written
 * on an image or inside a video. `caption: 'up-front'` means the words must be in the part of
 * the caption shown before "more" (the first EARLY_CHARS characters); `'anywhere'` means
 * anywhere in the caption or its hashtags. `onContent` means the law also wants the mention on
 * the image or video itself, which the brief asks for and the check cannot verify.
 */
import type { Jurisdiction } from './campaign';

/** The caption length Instagram shows before "more": wording needed "up front" must be in it. */
export const EARLY_CHARS = 125;

export interface DisclosureRule {
  /** The words as the brief writes them. */
  words: readonly string[];
  /** The same words as patterns over folded caption text (lower case, accents removed). */
  patterns: readonly RegExp[];
  /** Where in the caption the words must stand. */
  caption: 'up-front' | 'anywhere';
  /** The mention must also be on the image or video itself, for the whole content. */
  onContent: boolean;
  /** The law, and the regulator's or self-regulator's guidance that sets the placement. */
  source: string;
  /** Why this placement, in our words. */
  decision: string;
  /** The requirement as the disclosure check words it when a post lacks it. */
  requirement: { en: string; fr: string };
}

const word = (w: string) => new RegExp(`(?:^|[^\\p{L}\\p{N}])#?${w}(?![\\p{L}\\p{N}])`, 'u');

export const DISCLOSURE_RULES: Readonly<Record<Jurisdiction, DisclosureRule>> = {
  FR: {
    words: ['publicité', 'collaboration commerciale'],
    patterns: [/publicite/u, /collaboration ?commerciale/u],
    caption: 'anywhere',
    onContent: true,
    source:
      'Loi n° 2023-451 du 9 juin 2023, art. 5 (rewritten as art. 5-2 by ordonnance n° 2024-978 of 6 November 2024)',
    decision:
      'The law puts the mention on the content itself: clear, legible and identifiable on the image or video, ' +
      'whatever the format, for the whole promotion (2023 text; the 2024 text keeps "clear, legible, ' +
      'understandable on every medium used"). It sets no place in the caption, so the check accepts the words ' +
      'anywhere in the caption or its hashtags, and the brief asks for them on the image or video throughout and ' +
      'in the caption. Since 2024 an equivalent mention is allowed; the check only recognises the two words the ' +
      'law names.',
    requirement: {
      en: '"publicité" or "collaboration commerciale" (law 2023-451)',
      fr: '« publicité » ou « collaboration commerciale » (loi 2023-451)',
    },
  },
  UK: {
    words: ['#ad', 'Ad'],
    patterns: [word('(?:ad|advert|advertisement)')],
    caption: 'up-front',
    onContent: false,
    source:
      'CAP Code rules 2.1 and 2.4; consumer protection law enforced by the CMA; CAP/CMA "Influencers’ guide to making clear that ads are ads" (3rd ed., 2023)',
    decision:
      'The guide wants the label up front and prominent, before people engage with the post: "#ad", "Ad" or ' +
      '"Advert" at the start; "#sp", "#spon", "gifted" or "collab" are not enough.',
    requirement: {
      en: '#ad, "Ad" or "Advert" up front (#sp, #spon, gifted, collab are not enough)',
      fr: '#ad, « Ad » ou « Advert » en tête de légende (#sp, #spon, gifted, collab ne suffisent pas)',
    },
  },
  US: {
    words: ['#ad', '#sponsored'],
    patterns: [
      /#ad(?![\p{L}\p{N}])/u,
      /#?sponsored(?![\p{L}\p{N}])/u,
      /(?:^|[^\p{L}\p{N}])advertisement(?![\p{L}\p{N}])/u,
    ],
    caption: 'up-front',
    onContent: false,
    source:
      'FTC Act §5; 16 CFR Part 255 (Endorsement Guides, 2023), "clearly and conspicuously"; FTC "Disclosures 101 for Social Media Influencers"',
    decision:
      'A disclosure must be hard to miss: with the endorsement itself, not only behind "more" or among a ' +
      'block of hashtags at the end.',
    requirement: {
      en: '#ad or #sponsored up front in the caption',
      fr: '#ad ou #sponsored en tête de légende',
    },
  },
  DE: {
    words: ['Werbung', 'Anzeige'],
    patterns: [/werbung/u, /anzeige/u],
    caption: 'up-front',
    onContent: false,
    source:
      'UWG §5a (4); Medienstaatsvertrag §22 (1); Die Medienanstalten, "Leitfaden Werbekennzeichnung bei Online-Medien"',
    decision:
      'Advertising must be clearly recognisable as such; the media authorities read this as "Werbung" or ' +
      '"Anzeige" standing at the start of a text or image post, visible at first glance.',
    requirement: {
      en: '"Werbung" or "Anzeige" up front',
      fr: '« Werbung » ou « Anzeige » en tête de légende',
    },
  },
  ES: {
    words: ['publicidad', 'publi'],
    patterns: [/publicidad/u, word('publi')],
    caption: 'up-front',
    onContent: false,
    source:
      'Ley 34/1988 General de Publicidad; Ley 13/2022 General de Comunicación Audiovisual and Real Decreto 444/2024; Autocontrol / AEA / IAB Spain "Código de Conducta de Publicidad a través de Influencers" (2020, revised 2025)',
    decision:
      'The code wants a clear indication that needs no action from the user to be seen (no click, no "more"), ' +
      'so the words must be in the visible start of the caption.',
    requirement: {
      en: '"publicidad" or "publi" up front',
      fr: '« publicidad » ou « publi » en tête de légende',
    },
  },
  IT: {
    words: ['pubblicità', 'advertising'],
    patterns: [/pubblicita/u, /advertising/u],
    caption: 'up-front',
    onContent: false,
    source:
      'Codice del Consumo (d.lgs. 206/2005) art. 22–23; Codice di Autodisciplina art. 7 and IAP "Digital Chart" regulation (2019, updated since); AGCOM influencer guidelines (delibera 7/24/CONS)',
    decision:
      'The Digital Chart wants the mention in the opening part of the post (or among its first three hashtags), ' +
      'immediately visible without any further action: the check takes the visible start of the caption.',
    requirement: {
      en: '"pubblicità" or "advertising" up front',
      fr: '« pubblicità » ou « advertising » en tête de légende',
    },
  },
  BR: {
    words: ['publicidade', 'publi'],
    patterns: [/publicidade/u, word('publi')],
    caption: 'up-front',
    onContent: false,
    source:
      'Código de Defesa do Consumidor (Lei 8.078/1990) art. 36; CONAR "Guia de Publicidade por Influenciadores Digitais" (2020)',
    decision:
      'Advertising must be identifiable as such "easily and immediately" (art. 36): a label buried at the end ' +
      'of the caption is not immediate, so the words must be in the visible start.',
    requirement: {
      en: '"publicidade" or "publi" up front',
      fr: '« publicidade » ou « publi » en tête de légende',
    },
  },
};
