import type { Platform } from '../../model';
import type { SelectorChoice } from '../../sites/dom';
import { buildDiagnostics, probeSelectors } from '../diagnostics';
import type { ExtractInput } from '../site-adapter';
import type { ReaderModule } from './modules';

/** One site's extractors, as its readers module needs them. */
export interface SiteExtractors {
  platform: Platform;
  extractProfile: ReaderModule['readProfile'] extends (p: Platform, i: ExtractInput) => infer R
    ? (input: ExtractInput) => R
    : never;
  extractComments: ReaderModule['readComments'] extends (p: Platform, i: infer I) => infer R
    ? (input: I) => R
    : never;
  selectors: Record<string, readonly SelectorChoice[]>;
}

/** A site's readers module (`/readers-instagram.js`, `/readers-tiktok.js`): its extractors only. */
export function createReaderModule(site: SiteExtractors): ReaderModule {
  const own = (platform: Platform) => {
    if (platform !== site.platform)
      throw new Error(`These readers are for ${site.platform}, not ${platform}`);
  };
  return {
    readProfile: (platform, input) => {
      own(platform);
      return site.extractProfile(input);
    },
    readComments: (platform, input) => {
      own(platform);
      return site.extractComments(input);
    },
    diagnostics: (request) =>
      buildDiagnostics({
        version: request.version,
        platform: request.platform,
        extraction: request.extraction,
        url: request.url,
        selectors: probeSelectors(request.doc, site.selectors),
        captured: request.captured,
        userAgent: request.userAgent,
      }),
  };
}
