import type { Thresholds } from '../model/campaign';
import type { Tier } from '../model/report';

/**
 * The guide's tier for a follower count: nano below `tierMicroMin` (5,000), micro up to
 * `tierMacroMin` − 1 (99,999), macro up to `tierMegaMin` − 1 (999,999), mega from there.
 */
export function tierOf(followers: number, thresholds: Thresholds): Tier {
  if (followers >= thresholds.tierMegaMin) return 'mega';
  if (followers >= thresholds.tierMacroMin) return 'macro';
  if (followers >= thresholds.tierMicroMin) return 'micro';
  return 'nano';
}
