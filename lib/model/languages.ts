import { z } from 'zod';

/**
 * The languages Microscope recognises in comments (ISO 639-1, see lib/audience/languages.ts): the
 * six campaign languages first, then languages with a script of their own. Campaigns target
 * some of them.
 */
export const AUDIENCE_LANGUAGES = [
  'en',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'ru',
  'el',
  'he',
  'ar',
  'hi',
  'bn',
  'th',
  'zh',
  'ja',
  'ko',
] as const;
export const AudienceLanguageSchema = z.enum(AUDIENCE_LANGUAGES);
export type AudienceLanguage = z.infer<typeof AudienceLanguageSchema>;

/** Under this many comments in a recognised language, the language mix is marked low confidence. */
export const LANGUAGE_HIGH_CONFIDENCE = 30;
