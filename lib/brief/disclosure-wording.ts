import type { Jurisdiction } from '../model';

/**
 * The wording a sponsored post must carry, per disclosure jurisdiction (docs/scoring.md, H),
 * as the brief asks the creator to write it. The sentence around it is in the i18n tables
 * (`brief.disclosure.<J>`); this table is the legal minimum, kept here so the brief and its
 * tests agree on it. (lib/scoring/disclosure.ts holds the matching patterns for detection.)
 */
export const DISCLOSURE_WORDING: Readonly<
  Record<Jurisdiction, { words: readonly string[]; upFront: boolean; source: string }>
> = {
  FR: {
    words: ['publicité', 'collaboration commerciale'],
    upFront: true,
    source: 'loi n° 2023-451 du 9 juin 2023',
  },
  UK: { words: ['#ad', 'Ad'], upFront: true, source: 'ASA / CMA' },
  US: { words: ['#ad', '#sponsored'], upFront: true, source: 'FTC Endorsement Guides' },
  DE: { words: ['Werbung', 'Anzeige'], upFront: true, source: 'UWG / MStV' },
  ES: { words: ['publicidad', 'publi'], upFront: false, source: 'Código de conducta (Autocontrol)' },
  IT: { words: ['pubblicità', 'advertising'], upFront: false, source: 'IAP Digital Chart' },
  BR: { words: ['publicidade', 'publi'], upFront: false, source: 'CONAR' },
};
