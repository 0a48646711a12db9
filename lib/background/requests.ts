/**
 * Counts what the user asks the background for (a shortlist status, a score, an add), so that
 * ahead-of-time work can step aside once the user is acting: the warm-up's primer is skipped when
 * such a request arrived after the warm-up that scheduled it (lib/background/warm-up.ts).
 */
export interface RequestCounter {
  /** A user's request arrived. */
  note(): void;
  /** How many have arrived so far. */
  count(): number;
}

export function requestCounter(): RequestCounter {
  let n = 0;
  return {
    note: () => {
      n += 1;
    },
    count: () => n,
  };
}
