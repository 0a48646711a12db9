/**
 * Side-by-side comparison of two to four shortlisted creators: one row per figure (fit, each
 * sub-score with its weight, engagement, tier, reach, media value, price band against the quote,
 * comment quality, authenticity signals, disclosure findings, audience languages), the creators
 * in columns, and for each row whose figures can be ranked the creator(s) with the better value.
 *
 * Pure: reads the stored rows and their reports, nothing else. A figure that was not measured is
 * missing (`value` undefined), never 0, and never marked better; a row is marked only when at
 * least two creators have a value and they differ.
 */
import type { Explanation, ScoredEntry, ShortlistEntry, SubScoreKey, Tier, Verdict } from '../model';
import { audienceCount, SubScoreKeySchema } from '../model/report';
import { type ErBasis, erSeries as postSeries } from '../scoring/er-series';
import { effectiveVerdictOf } from '../shortlist/effective-verdict';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** Which way a row's values are better; `none`: shown side by side, not ranked. */
export type Better = 'higher' | 'lower' | 'none';

export type CompareRowKey =
  | 'verdict'
  | 'fit'
  | `sub:${SubScoreKey}`
  | 'followers'
  | 'tier'
  | 'er'
  | 'erMedian'
  | 'erViews'
  | 'reach'
  | 'emv'
  | 'priceBand'
  | 'quote'
  | 'lowEffort'
  | 'comments'
  | 'signals'
  | 'auditFakeShare'
  | 'disclosure'
  | 'sponsoredShare'
  | 'languages'
  | 'languageTarget';

export type CompareGroup = 'overview' | 'subscores' | 'audience' | 'money' | 'risk';

/** One creator's figure in one row. Which fields are set depends on the row. */
export interface CompareCell {
  /** The number the row ranks on; undefined when it was not measured. */
  value?: number;
  /** Sub-scores: the weight the sub-score had in the fit (0–1); absent when it had no data. */
  weight?: number;
  /** A code to word: a tier, a verdict, a language fit. */
  code?: string;
  /** Money: the currency of `value`, `min` and `max`. */
  currency?: string;
  /** Price band. */
  min?: number;
  max?: number;
  /** The quote compared with the band (row `quote`: `value` is quote ÷ band midpoint). */
  amount?: number;
  /** Counts behind the value: signals fired of `total` checked; non-compliant posts of `total` sponsored. */
  count?: number;
  total?: number;
  /** Codes behind the value: the signals that fired; the languages as `code:count`, most first. */
  list?: string[];
  /**
   * Why the figure is missing or empty, in the report's own words: a sub-score's explanation when
   * it had no data (no comments read, no niche keywords in the campaign), on the comment rows when
   * no comment was read, `no-languages` when no comment could tell its language (as the card
   * says it), and `no-quote` when the team has recorded no quote for the creator.
   */
  why?: Explanation | 'no-languages' | 'no-quote';
}

/** Why a cell is empty (`CompareCell.why`). */
export type MissingWhy = NonNullable<CompareCell['why']>;

/**
 * Why a row's figures are missing, as text (`text` words each reason): `shared` when every creator
 * compared has the same reason (said once for the row), and per creator otherwise (undefined
 * where the creator has the figure).
 */
export function missingReasons(
  row: CompareRow,
  text: (why: MissingWhy) => string,
): { shared?: string; cells: Array<string | undefined> } {
  const cells = row.cells.map((cell) => (cell.why === undefined ? undefined : text(cell.why)));
  const first = cells[0];
  if (first !== undefined && cells.every((reason) => reason === first)) return { shared: first, cells };
  return { cells };
}

export interface CompareRow {
  key: CompareRowKey;
  group: CompareGroup;
  better: Better;
  cells: CompareCell[];
  /** Per creator: has the better value of the row (ties all marked). */
  best: boolean[];
}

/** One post's engagement rate, for the chart of ER per post over time. */
export interface ErPoint {
  postId: string;
  takenAt: number;
  /** Percent, on the creator's `basis`. */
  er: number;
}

export interface CompareCreator {
  id: string;
  platform: ShortlistEntry['platform'];
  handle: string;
  displayName?: string;
  scoredAt: number;
  campaignId: string;
  /** Dated posts of the ER window with an ER, oldest first, all on one basis. */
  series: ErPoint[];
  /** Which ER the series is (absent when it is empty). */
  basis?: ErBasis;
}

export interface Comparison {
  creators: CompareCreator[];
  rows: CompareRow[];
}

const VERDICT_RANK: Record<Verdict, number> = { shortlist: 0, review: 1, reject: 2, 'insufficient-data': 3 };
const TIER_RANK: Record<Tier, number> = { nano: 0, micro: 1, macro: 2, mega: 3 };

/**
 * The creators with the better value, when at least two have one and they are not all equal.
 * Values are compared as shown (`digits` decimals): two fits both shown as 74 are a tie.
 */
export function bestOf(values: ReadonlyArray<number | undefined>, better: Better, digits = 2): boolean[] {
  const scale = 10 ** digits;
  const shown = values.map((v) =>
    v === undefined || !Number.isFinite(v) ? undefined : Math.round(v * scale) / scale,
  );
  values = shown;
  const known = values.filter((v): v is number => v !== undefined);
  if (better === 'none' || known.length < 2) return values.map(() => false);
  const target = better === 'higher' ? Math.max(...known) : Math.min(...known);
  if (known.every((v) => v === target)) return values.map(() => false);
  return values.map((v) => v === target);
}

function row(
  key: CompareRowKey,
  group: CompareGroup,
  better: Better,
  cells: CompareCell[],
  /** Money rows rank only when every value is in one currency. */
  sameCurrency = false,
): CompareRow {
  const currencies = new Set(cells.filter((c) => c.value !== undefined).map((c) => c.currency));
  const rankable = !sameCurrency || currencies.size <= 1;
  const digits = DIGITS_SHOWN[key.startsWith('sub:') ? 'sub' : key] ?? 2;
  const best = bestOf(
    cells.map((c) => c.value),
    rankable ? better : 'none',
    digits,
  );
  return { key, group, better, cells, best };
}

/** Decimals each row is shown with, hence compared at (2 when not listed). */
const DIGITS_SHOWN: Record<string, number> = {
  verdict: 0,
  fit: 0,
  sub: 0,
  followers: 0,
  reach: 0,
  emv: 0,
  lowEffort: 1,
  auditFakeShare: 1,
  languageTarget: 0,
  signals: 0,
  disclosure: 0,
};

/**
 * The report's reason when no comment of the audience was read (its comment-quality sub-score had
 * no data): the comment rows say why they are empty, as the card does.
 */
function noCommentsRead(report: ScoredEntry['report']): Explanation | undefined {
  const quality = report.subscores?.find((s) => s.key === 'commentQuality');
  if (quality === undefined || quality.value !== undefined) return undefined;
  const c = report.commentCounts;
  if (c && audienceCount(c) > 0) return undefined;
  return quality.explanation;
}

const defined = <T extends object>(cell: T): T =>
  Object.fromEntries(Object.entries(cell).filter(([, v]) => v !== undefined)) as T;

/**
 * ER per post over time from the report's window: dated posts, oldest first, all on one basis
 * (lib/scoring/er-series.ts, as on the card), with the basis named.
 */
export function erSeries(entry: ScoredEntry): Pick<CompareCreator, 'series' | 'basis'> {
  const dated = entry.report.engagement.used.filter((p) => p.takenAt !== undefined);
  const drawn = postSeries(entry.platform, dated);
  if (drawn === undefined) return { series: [] };
  return {
    basis: drawn.basis,
    series: drawn.points.map((p) => ({ postId: p.id, takenAt: p.takenAt as number, er: p.value })),
  };
}

/** The quote and the currency it is in, when it can be set against the band (same currency). */
function quoteOf(entry: ScoredEntry): { amount: number; currency: string } | undefined {
  const band = entry.report.priceBand;
  if (entry.quotedPrice !== undefined) {
    const currency = entry.currency ?? band?.currency;
    if (currency !== undefined) return { amount: entry.quotedPrice, currency };
  }
  return entry.report.quotedPrice;
}

/**
 * Compares two to four creators; throws on fewer or more (the dashboard offers it only for 2–4).
 * `maxFakeShare` (the active campaign's) makes the verdict the one the table shows.
 */
export function compareEntries(
  entries: readonly ScoredEntry[],
  { maxFakeShare }: { maxFakeShare?: number } = {},
): Comparison {
  if (entries.length < COMPARE_MIN || entries.length > COMPARE_MAX)
    throw new RangeError(`Compare ${COMPARE_MIN} to ${COMPARE_MAX} creators, not ${entries.length}.`);
  const reports = entries.map((e) => e.report);
  const rows: CompareRow[] = [];

  rows.push(
    row(
      'verdict',
      'overview',
      'lower',
      entries.map((e) => {
        const verdict = effectiveVerdictOf(e, maxFakeShare).verdict;
        return { value: VERDICT_RANK[verdict], code: verdict };
      }),
    ),
  );
  rows.push(
    row(
      'fit',
      'overview',
      'higher',
      reports.map((r) => defined({ value: r.fit })),
    ),
  );
  rows.push(
    row(
      'tier',
      'overview',
      'none',
      entries.map((e) => (e.tier ? { value: TIER_RANK[e.tier], code: e.tier } : {})),
    ),
  );
  rows.push(
    row(
      'followers',
      'overview',
      'none',
      entries.map((e) => defined({ value: e.followers })),
    ),
  );
  rows.push(
    row(
      'er',
      'overview',
      'higher',
      reports.map((r) => defined({ value: r.engagement.erMean })),
    ),
  );
  rows.push(
    row(
      'erMedian',
      'overview',
      'higher',
      reports.map((r) => defined({ value: r.engagement.erMedian })),
    ),
  );
  if (entries.some((e) => e.platform === 'tiktok'))
    rows.push(
      row(
        'erViews',
        'overview',
        'higher',
        reports.map((r) => defined({ value: r.engagement.erByViewsMedian })),
      ),
    );

  for (const key of SubScoreKeySchema.options) {
    rows.push(
      row(
        `sub:${key}`,
        'subscores',
        'higher',
        reports.map((r) => {
          const sub = r.subscores?.find((s) => s.key === key);
          return defined({
            value: sub?.value,
            weight: r.weightsUsed?.[key],
            why: sub !== undefined && sub.value === undefined ? sub.explanation : undefined,
          });
        }),
      ),
    );
  }

  rows.push(
    row(
      'reach',
      'audience',
      'higher',
      reports.map((r) => defined({ value: r.reach?.perPost })),
    ),
  );
  rows.push(
    row(
      'lowEffort',
      'audience',
      'lower',
      reports.map((r) =>
        defined({
          value: r.lowEffortShare,
          code: r.lowEffortBand,
          why: r.lowEffortShare === undefined ? noCommentsRead(r) : undefined,
        }),
      ),
    ),
  );
  rows.push(
    row(
      'comments',
      'audience',
      'none',
      reports.map((r) => {
        const c = r.commentCounts;
        if (!c) return defined({ why: noCommentsRead(r) });
        const audience = audienceCount(c);
        return defined({ value: audience, count: c.substantive, total: audience, why: noCommentsRead(r) });
      }),
    ),
  );
  rows.push(
    row(
      'languages',
      'audience',
      'none',
      reports.map((r) => {
        const mix = r.audienceLanguages;
        // A report from before languages were read says nothing of them: no reason given.
        if (!mix) return noCommentsRead(r) ? { why: 'no-languages' as const } : {};
        if (mix.determined === 0) return { why: 'no-languages' as const };
        return {
          value: mix.determined,
          code: mix.confidence,
          list: mix.languages.map((l) => `${l.language}:${l.count}`),
        };
      }),
    ),
  );
  if (reports.some((r) => r.audienceLanguages?.targets?.length))
    rows.push(
      row(
        'languageTarget',
        'audience',
        'higher',
        reports.map((r) => {
          const mix = r.audienceLanguages;
          if (!mix?.targets?.length) return {};
          return defined({
            value: mix.fit === 'unsure' ? undefined : mix.targetShare,
            code: mix.fit,
            list: mix.targets,
          });
        }),
      ),
    );

  rows.push(
    row(
      'emv',
      'money',
      'higher',
      reports.map((r) => (r.emv ? { value: r.emv.perPost, currency: r.emv.currency } : {})),
      true,
    ),
  );
  rows.push(
    row(
      'priceBand',
      'money',
      'none',
      reports.map((r) =>
        r.priceBand ? { min: r.priceBand.min, max: r.priceBand.max, currency: r.priceBand.currency } : {},
      ),
    ),
  );
  rows.push(
    row(
      'quote',
      'money',
      'lower',
      entries.map((e) => {
        const quote = quoteOf(e);
        if (!quote) return { why: 'no-quote' as const };
        const band = e.report.priceBand;
        const mid = band && band.currency === quote.currency ? (band.min + band.max) / 2 : undefined;
        return defined({
          amount: quote.amount,
          currency: quote.currency,
          value: mid && mid > 0 ? Math.round((quote.amount / mid) * 100) / 100 : undefined,
          min: band?.currency === quote.currency ? band.min : undefined,
          max: band?.currency === quote.currency ? band.max : undefined,
        });
      }),
    ),
  );

  rows.push(
    row(
      'signals',
      'risk',
      'lower',
      reports.map((r) => {
        const signals = r.authenticitySignals;
        if (!signals) return {};
        const checked = signals.filter((s) => s.fired !== undefined);
        if (checked.length === 0) return { total: 0, list: [] };
        const fired = checked.filter((s) => s.fired === true).map((s) => s.code);
        return { value: fired.length, count: fired.length, total: checked.length, list: fired };
      }),
    ),
  );
  if (entries.some((e) => e.auditFakeShare !== undefined || e.report.auditFakeShare !== undefined))
    rows.push(
      row(
        'auditFakeShare',
        'risk',
        'lower',
        entries.map((e) => defined({ value: e.auditFakeShare ?? e.report.auditFakeShare })),
      ),
    );
  rows.push(
    row(
      'disclosure',
      'risk',
      'lower',
      reports.map((r) => {
        const d = r.disclosures;
        if (!d) return {};
        const sponsored = d.filter((x) => x.sponsored === 'yes');
        const missing = sponsored.filter((x) => x.compliant === false).length;
        return { value: missing, count: missing, total: sponsored.length };
      }),
    ),
  );
  rows.push(
    row(
      'sponsoredShare',
      'risk',
      'none',
      reports.map((r) => defined({ value: r.sponsoredShare })),
    ),
  );

  const creators = entries.map(
    (e): CompareCreator => ({
      id: e.id,
      platform: e.platform,
      handle: e.handle,
      ...(e.displayName === undefined ? {} : { displayName: e.displayName }),
      scoredAt: e.report.scoredAt,
      campaignId: e.report.campaignId,
      ...erSeries(e),
    }),
  );
  return { creators, rows };
}
