import { bench, describe } from 'vitest';
import { shortlistToCsv } from '@/lib/exchange/csv';
import { DEFAULT_CAMPAIGN } from '@/lib/model';
import { campaignTotals } from '@/lib/shortlist/campaign-totals';
import { filterEntries, searchTextOf, sortEntries } from '@/lib/shortlist/filters';
import { pagesFromReplicas, splitPage } from '@/lib/shortlist/pages';
import { TableModel } from '@/lib/shortlist/table-model';
import { syntheticEntries, syntheticReplicas } from '@/tests/helpers/seed';

/**
 * Dashboard budgets at 10,000 creators: a filter keystroke ≤ 50 ms, a sort ≤ 150 ms,
 * a CSV export ≤ 1 s. Run: `npx vitest bench --run tests/bench/dashboard.bench.ts`.
 */
const entries = syntheticEntries(10_000);
const pages = pagesFromReplicas(syntheticReplicas(10_000));
for (const e of entries) searchTextOf(e); // the table has rendered once: search text is cached
let n = 0;
const words = ['l', 'le', 'lea', 'lea.c', 'cafe', 'négo'];

describe('dashboard, 10,000 creators', () => {
  bench('filter keystroke (free text, search text cached)', () => {
    filterEntries(entries, { text: words[n++ % words.length] }, { maxFakeShare: 20 });
  });
  bench('filter keystroke, cold (first search after load)', () => {
    const fresh = entries.map((e) => ({ ...e }));
    filterEntries(fresh, { text: 'lea' });
  });
  bench('filter by platform + status + verdict', () => {
    filterEntries(
      entries,
      { platforms: ['instagram'], statuses: ['contacted'], verdicts: ['shortlist'] },
      { maxFakeShare: 20 },
    );
  });
  bench('sort by followers (desc)', () => {
    sortEntries(entries, { key: 'followers', desc: true });
  });
  bench('sort by handle', () => {
    sortEntries(entries, { key: 'handle', desc: false });
  });
  bench('sort by verdict shown', () => {
    sortEntries(entries, { key: 'verdict', desc: false }, { maxFakeShare: 20 });
  });
  bench(
    'CSV export, all columns, ;',
    () => {
      shortlistToCsv(entries, { separator: ';', decimalComma: true });
    },
    { iterations: 5 },
  );
  bench('campaign totals', () => {
    campaignTotals(entries, DEFAULT_CAMPAIGN);
  });
  bench(
    'load 10,000 rows from their pages into the table model (no schema pass: pages.ts)',
    () => {
      const model = new TableModel();
      for (const record of pages.rowPages) model.loadPage(record.page, splitPage(record.text));
      model.finishLoading();
    },
    { iterations: 5 },
  );
});
