import { extractInstagramComments } from '../../sites/instagram/comments';
import { extractInstagramProfile } from '../../sites/instagram/extract';
import { IG_SELECTORS } from '../../sites/instagram/selectors';
import { createReaderModule } from './reader-module';

export const instagramReaders = () =>
  createReaderModule({
    platform: 'instagram',
    extractProfile: extractInstagramProfile,
    extractComments: extractInstagramComments,
    selectors: IG_SELECTORS,
  });
