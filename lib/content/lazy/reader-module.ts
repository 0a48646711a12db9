import type { Platform } from '../../model';
import { extractInstagramComments } from '../../sites/instagram/comments';
import { extractInstagramProfile } from '../../sites/instagram/extract';
import { IG_SELECTORS } from '../../sites/instagram/selectors';
import { extractTiktokComments } from '../../sites/tiktok/comments';
import { extractTiktokProfile } from '../../sites/tiktok/extract';
import { TT_SELECTORS } from '../../sites/tiktok/selectors';
import { buildDiagnostics, probeSelectors } from '../diagnostics';
import type { ReaderModule } from './modules';

const SELECTORS = { instagram: IG_SELECTORS, tiktok: TT_SELECTORS } as const;

/** The extractors of both sites behind one small interface (the `/site-readers.js` module). */
export function createReaderModule(): ReaderModule {
  return {
    readProfile: (platform: Platform, input) =>
      platform === 'instagram' ? extractInstagramProfile(input) : extractTiktokProfile(input),
    readComments: (platform: Platform, input) =>
      platform === 'instagram' ? extractInstagramComments(input) : extractTiktokComments(input),
    diagnostics: (request) =>
      buildDiagnostics({
        version: request.version,
        platform: request.platform,
        extraction: request.extraction,
        url: request.url,
        selectors: probeSelectors(request.doc, SELECTORS[request.platform]),
        captured: request.captured,
        userAgent: request.userAgent,
      }),
  };
}
