// Search in the web edition with thaigov-2023 imported: index time (during and after import, and from stored postings on restart), 200 queries typed in the box.
import type { Page } from '@playwright/test';
import { availableParallelism, cpus } from 'node:os';
import { hasShared, missingSharedMessage, sharedPath } from '../../support/shared-data';
import { corpusStats, subset } from '../support/corpus-folder';
import { searchQueries, type QueryKind } from '../support/search-queries';
import { webImportBench } from '../support/web-import';

const quantile = (xs: number[], q: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] : NaN);
const f = (x: number) => x.toFixed(1);

/** Waits until the search view says every document is in the index; returns the seconds it took from now. */
async function untilReady(page: Page, docs: number): Promise<number> {
  const t0 = performance.now();
  await page.locator(`.search-status[data-index-state="ready"][data-indexed="${docs}"]`).waitFor({ timeout: 900_000 });
  return (performance.now() - t0) / 1000;
}

async function measureSearch(page: Page, baseUrl: string, corpus: string, docs: number): Promise<Record<string, number>> {
  // Index lag: the worker indexes while the import runs; how long after the import until it has everything.
  await page.goto(`${baseUrl}#/search`);
  const lagSeconds = await untilReady(page, docs);

  // A restart: the worker loads the stored postings (no text is read).
  const tReload = performance.now();
  await page.reload();
  await page.locator('.search-status').waitFor();
  const restartSeconds = await untilReady(page, docs);
  const restartTotal = (performance.now() - tReload) / 1000;

  const queries = searchQueries(corpus);
  const box = page.locator('#search-box');
  // Warm-up on other words.
  for (const q of ['การค้า', 'ลงทุน', 'ASEAN']) {
    await box.fill(q);
    await box.press('Enter');
    await page.locator(`.search-status[data-for]`).waitFor();
  }
  const engine: number[] = [];
  const roundTrip: number[] = [];
  const byKind = new Map<QueryKind, number[]>();
  const slow: Array<{ q: string; ms: number; total: string }> = [];
  const phases = new Map<string, number[]>();
  let zero = 0;
  for (const { q, kind } of queries) {
    const key = JSON.stringify([q, { entityId: undefined, type: undefined, tag: undefined, dateFrom: undefined, dateTo: undefined }]);
    const t0 = performance.now();
    await box.fill(q);
    await box.press('Enter');
    const status = page.locator('.search-status').filter({ has: page.locator('.search-count') });
    await page.waitForFunction((k) => document.querySelector('.search-status')?.getAttribute('data-for') === k, key, { timeout: 30_000 });
    roundTrip.push(performance.now() - t0);
    const ms = Number(await page.locator('.search-status').getAttribute('data-took-ms'));
    const ph = JSON.parse((await page.locator('.search-status').getAttribute('data-phases')) ?? '{}') as Record<string, number>;
    for (const k of ['filterMs', 'matchMs', 'passagesMs']) (phases.get(k) ?? phases.set(k, []).get(k)!).push(ph[k] ?? NaN);
    const total = ((await status.locator('.search-count').textContent()) ?? '').replace(/ \(.*$/, '');
    engine.push(ms);
    (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(ms);
    slow.push({ q, ms, total });
    if (/^0 /.test(total)) zero++;
  }
  slow.sort((a, b) => b.ms - a.ms);
  console.log(`index: ready ${f(lagSeconds)} s after the import ended; after a restart ${f(restartSeconds)} s from stored postings (page load included: ${f(restartTotal)} s)`);
  console.log(
    `queries (${queries.length}, worker time incl. filters and passages from IndexedDB): median ${f(quantile(engine, 0.5))} ms, p95 ${f(quantile(engine, 0.95))} ms, max ${f(Math.max(...engine))} ms; ${zero} with no result (goal p95 < 50 ms)`,
  );
  console.log(`typed in the box to results drawn (Playwright round trip included): median ${f(quantile(roundTrip, 0.5))} ms, p95 ${f(quantile(roundTrip, 0.95))} ms`);
  console.log(`  where the time goes: ${[...phases].map(([k, xs]) => `${k.replace('Ms', '')} median ${f(quantile(xs, 0.5))} / p95 ${f(quantile(xs, 0.95))} ms`).join('; ')}`);
  for (const [kind, ts] of byKind) console.log(`  ${kind.padEnd(9)} n=${ts.length} median ${f(quantile(ts, 0.5))} ms p95 ${f(quantile(ts, 0.95))} ms`);
  console.log(`slowest: ${slow.slice(0, 5).map((x) => `${x.q} (${f(x.ms)} ms, ${x.total})`).join('; ')}`);
  return {
    docs,
    indexLagAfterImportS: Number(lagSeconds.toFixed(1)),
    indexRestartS: Number(restartSeconds.toFixed(1)),
    queries: queries.length,
    queryMedianMs: Number(quantile(engine, 0.5).toFixed(1)),
    queryP95Ms: Number(quantile(engine, 0.95).toFixed(1)),
    queryMaxMs: Number(Math.max(...engine).toFixed(1)),
    matchP95Ms: Number(quantile(phases.get('matchMs') ?? [], 0.95).toFixed(1)),
    passagesP95Ms: Number(quantile(phases.get('passagesMs') ?? [], 0.95).toFixed(1)),
    roundTripMedianMs: Number(quantile(roundTrip, 0.5).toFixed(1)),
    roundTripP95Ms: Number(quantile(roundTrip, 0.95).toFixed(1)),
    zeroHit: zero,
  };
}

/** args: a number limits the articles (default: all 13,217). */
export default async function run(args: string[]): Promise<void> {
  if (!hasShared('corpus', 'thaigov-2023')) {
    console.log(missingSharedMessage('corpus', 'thaigov-2023'));
    return;
  }
  const limit = Number(args.find((a) => /^\d+$/.test(a)) ?? 0);
  const full = sharedPath('corpus', 'thaigov-2023');
  const corpus = limit > 0 ? subset(full, limit) : full;
  const { files, bytes } = corpusStats(corpus);
  const mb = bytes / 1024 / 1024;
  console.log(`search bench (web edition): ${files} articles, ${mb.toFixed(1)} MB; ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'})`);
  const result = await webImportBench(corpus, files, mb, (page, baseUrl, documents) => measureSearch(page, baseUrl, corpus, documents));
  console.log(JSON.stringify({ bench: 'search', engine: 'web-edition', ...result }));
}
