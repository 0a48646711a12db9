import { extractTiktokComments } from '../../sites/tiktok/comments';
import { extractTiktokProfile } from '../../sites/tiktok/extract';
import { TT_SELECTORS } from '../../sites/tiktok/selectors';
import { createReaderModule } from './reader-module';

export const tiktokReaders = () =>
  createReaderModule({
    platform: 'tiktok',
    extractProfile: extractTiktokProfile,
    extractComments: extractTiktokComments,
    selectors: TT_SELECTORS,
  });
