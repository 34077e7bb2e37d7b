// Search over thaigov-2023 with the in-memory engine: index time, stored rows (v2) and rebuild from them, median/p95 of 200 mixed queries matched from postings only, recall against a brute-force scan of the texts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { indexDocument, toStored, type DocPostings, type StoredDocPostings } from '../../../shared/search/doc-postings';
import { isPlainNeedle, needleRegex, parseQuery, type QueryUnit } from '../../../shared/search/query-parser';
import { SearchIndex } from '../../../shared/search/search-index';
import { foldText, isLatinOrDigit } from '../../../shared/search/search-tokens';
import { normalizeText } from '../../../shared/text/normalize';
import { hasShared, missingSharedMessage, sharedPath } from '../../support/shared-data';
import { ACRONYMS, NAMES, phraseOf, rng } from '../support/search-queries';

function listArticles(root: string): { file: string; month: string }[] {
  const files: { file: string; month: string }[] = [];
  for (const month of readdirSync(root, { withFileTypes: true })) {
    if (!month.isDirectory()) continue;
    for (const f of readdirSync(join(root, month.name))) if (f.endsWith('.txt')) files.push({ file: join(root, month.name, f), month: month.name });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}


type Kind = 'word' | 'two-words' | 'name' | 'phrase' | 'latin';

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
/** Paragraphs the ground truth of one query unit may segment (word boundaries of quoted phrases). */
const SEGMENT_BUDGET = 20000;

/**
 * Brute-force ground truth on the texts, unit by unit (a query needs all its units): a Latin word or
 * number as a whole word of the folded text; a plain Thai needle as a substring of the text; any other
 * needle (mixed chunks, phrases) with needleRegex, and a quoted one also on ICU word boundaries. This is
 * what matching did when it read the texts.
 */
class GroundTruth {
  private readonly folded: string[];
  private readonly joined: string;
  private readonly starts: number[] = [];

  constructor(private readonly texts: string[]) {
    // All folded texts in one string (U+0001 between them): one indexOf pass finds a literal in all.
    this.folded = texts.map(foldText);
    let at = 0;
    for (const t of texts) {
      this.starts.push(at);
      at += t.length + 1;
    }
    this.joined = this.folded.join('\u0001');
  }

  /** Documents whose folded text contains lit. */
  private withLiteral(lit: string): number[] {
    const out: number[] = [];
    for (let at = this.joined.indexOf(lit); at !== -1; ) {
      let lo = 0;
      let hi = this.starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.starts[mid] <= at) lo = mid + 1;
        else hi = mid;
      }
      const doc = lo - 1;
      out.push(doc);
      const next = doc + 1 < this.starts.length ? this.starts[doc + 1] : this.joined.length;
      at = this.joined.indexOf(lit, next);
    }
    return out;
  }

  /** The longest run of the needle that the text must hold literally (folded). */
  private static literal(needle: string): string {
    const runs = needle.match(/[\u0E01-\u0E4F\u0E5A\u0E5B]+|[a-z]+|[0-9]+/g) ?? [needle];
    return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  }

  /**
   * Documents holding the unit, or undefined when checking it would segment more than SEGMENT_BUDGET
   * paragraphs (a quoted unit found inside words almost everywhere): such a query is not checked.
   */
  unit(u: QueryUnit): Set<number> | undefined {
    if (u.kind === 'word') {
      const esc = u.term.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      const re = new RegExp(`(?<![a-z0-9])${esc}(?![a-z0-9])`);
      return new Set(this.withLiteral(u.term).filter((d) => re.test(this.folded[d])));
    }
    if (!u.quoted && isPlainNeedle(u.needle)) return new Set(this.withLiteral(u.needle));
    const re = needleRegex(u.needle);
    const aligned = u.quoted && !(isLatinOrDigit(u.needle.charCodeAt(0)) && isLatinOrDigit(u.needle.charCodeAt(u.needle.length - 1)));
    let budget = SEGMENT_BUDGET;
    const out = new Set<number>();
    for (const d of this.withLiteral(GroundTruth.literal(u.needle))) {
      const text = this.texts[d];
      // Word boundaries of the paragraphs segmented so far (as isWordAligned finds them, once per paragraph).
      const bounds = new Map<number, Set<number>>();
      for (const m of text.matchAll(re)) {
        const end = m.index + m[0].length;
        if (m[0].length === 0) continue;
        if (aligned) {
          const from = m.index === 0 ? 0 : text.lastIndexOf('\n', m.index - 1) + 1;
          let b = bounds.get(from);
          if (b === undefined) {
            if (--budget < 0) return undefined;
            let to = text.indexOf('\n', from);
            if (to === -1) to = text.length;
            b = new Set([to]);
            for (const seg of segmenter.segment(text.slice(from, to))) b.add(from + seg.index);
            bounds.set(from, b);
          }
          if (!b.has(m.index) || !b.has(end)) continue;
        }
        out.add(d);
        break;
      }
    }
    return out;
  }

  query(q: string): Set<number> | undefined {
    let out: Set<number> | undefined;
    for (const u of parseQuery(q).units) {
      const s = this.unit(u);
      if (s === undefined) return undefined;
      out = out === undefined ? s : new Set([...out].filter((d) => s.has(d)));
    }
    return out ?? new Set();
  }
}

/** Structured-clone size and time of rows in the v2 shape and in the v1 shape (string arrays), best of 3. */
function compareRowShapes(rows: StoredDocPostings[]): { rows: number; v1: ShapeCost; v2: ShapeCost } {
  const v1 = rows.map((r) => ({ ...r, v: 1, terms: r.terms.split('\n'), grams: r.grams.match(/[\s\S]{2}/g) ?? [] }));
  const cost = (shape: object[]): ShapeCost => {
    const best = { mb: 0, serializeMs: Infinity, deserializeMs: Infinity };
    for (let rep = 0; rep < 3; rep++) {
      const t0 = performance.now();
      const bufs = shape.map((r) => serialize(r));
      const t1 = performance.now();
      for (const b of bufs) deserialize(b);
      const t2 = performance.now();
      best.mb = bufs.reduce((n, b) => n + b.byteLength, 0) / 1e6;
      best.serializeMs = Math.min(best.serializeMs, t1 - t0);
      best.deserializeMs = Math.min(best.deserializeMs, t2 - t1);
    }
    return best;
  };
  const a = cost(v1);
  const b = cost(rows);
  const a2 = cost(v1);
  return {
    rows: rows.length,
    v1: { mb: a.mb, serializeMs: Math.min(a.serializeMs, a2.serializeMs), deserializeMs: Math.min(a.deserializeMs, a2.deserializeMs) },
    v2: b,
  };
}

interface ShapeCost {
  mb: number;
  serializeMs: number;
  deserializeMs: number;
}

/** args: [maxFiles] limits the corpus (default: all). */
export default function run(args: string[]): void {
  if (!hasShared('corpus', 'thaigov-2023')) {
    console.log(missingSharedMessage('corpus', 'thaigov-2023'));
    return;
  }
  console.log('engine: in-memory SearchIndex (shared/search), matching from postings only (no texts); rows as stored in IndexedDB (v2)');
  const limit = args[0] !== undefined ? Number(args[0]) : Infinity;
  const files = listArticles(sharedPath('corpus', 'thaigov-2023')).slice(0, limit);
  const docs = files.map(({ file, month }, i) => ({ id: `d${i}`, text: normalizeText(readFileSync(file, 'utf8')), date: `2023-${month}` }));
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const getText = (id: string) => texts.get(id);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);

  for (const d of docs.slice(0, 50)) indexDocument(d.id, d.text); // JIT warm-up

  // Per-document postings (what import does per article) then the merge into the index, timed apart.
  const perDoc: number[] = [];
  const postings: DocPostings[] = [];
  const t0 = performance.now();
  for (const d of docs) {
    const s = performance.now();
    postings.push(indexDocument(d.id, d.text));
    perDoc.push(performance.now() - s);
  }
  const indexMs = performance.now() - t0;
  const index = new SearchIndex();
  const t1 = performance.now();
  postings.forEach((p, i) => index.add(p, { date: docs[i].date }));
  const mergeMs = performance.now() - t1;
  const stats = index.stats();
  const perDocSorted = [...perDoc].sort((a, b) => a - b);
  const msPer9k = (indexMs / chars) * 9000;

  // Stored form: the structured-clone size and time of the rows (what IndexedDB writes and reads), then the
  // time to rebuild the index from the rows read back (start-up; the IndexedDB reads themselves excluded).
  const t2 = performance.now();
  const rows: StoredDocPostings[] = postings.map(toStored);
  const toStoredMs = performance.now() - t2;
  const t3 = performance.now();
  const clones = rows.map((r) => serialize(r));
  const serializeMs = performance.now() - t3;
  const storedBytes = clones.reduce((n, b) => n + b.byteLength, 0);
  const t4 = performance.now();
  const readBack = clones.map((b) => deserialize(b) as StoredDocPostings);
  const deserializeMs = performance.now() - t4;
  clones.length = 0;
  // The same postings as a string per term and per bigram (the v1 row shape), on a sample, for comparison.
  const shapes = compareRowShapes(rows.slice(0, 3000));
  postings.length = 0; // only the index and the rows read back stay in memory while the index is rebuilt
  const t6 = performance.now();
  const reloaded = SearchIndex.fromStored(readBack, (id) => ({ date: texts.has(id) ? docs[Number(id.slice(1))].date : undefined }));
  const reloadMs = performance.now() - t6;
  if (reloaded.size !== index.size) throw new Error('reload lost documents');
  if (JSON.stringify(reloaded.stats()) !== JSON.stringify(stats)) throw new Error('reloaded index differs');
  rows.length = 0;
  readBack.length = 0;

  // 200 queries.
  const rand = rng(2023);
  const pick = <T,>(a: T[]): T => a[Math.floor(rand() * a.length)];
  const thaiWords = [...index.vocabulary()].filter(([t, df]) => /^[\u0E01-\u0E4F]{3,}$/.test(t) && df >= 20 && df <= 6000).map(([t]) => t).sort();
  const queries: { q: string; kind: Kind }[] = [];
  for (let i = 0; i < 50; i++) queries.push({ q: pick(thaiWords), kind: 'word' });
  for (let i = 0; i < 40; i++) queries.push({ q: `${pick(thaiWords)} ${pick(thaiWords)}`, kind: 'two-words' });
  for (let i = 0; i < 40; i++) queries.push({ q: NAMES[i % NAMES.length], kind: 'name' });
  while (queries.length < 170) {
    const d = pick(docs);
    const paras = d.text.split('\n').filter((p) => p.length > 40);
    if (paras.length === 0) continue;
    const q = phraseOf(pick(paras), rand);
    if (q !== undefined) queries.push({ q, kind: 'phrase' });
  }
  for (let i = 0; queries.length < 200; i++) queries.push({ q: ACRONYMS[i % ACRONYMS.length], kind: 'latin' });

  for (const { q } of queries.slice(0, 20)) index.search(`${q} ไทย`); // warm-up on other queries

  // Timed as the app runs them: no texts (they are in IndexedDB); passages are fixed windows.
  const times: number[] = [];
  const byKind = new Map<Kind, number[]>();
  const slow: { q: string; ms: number; total: number }[] = [];
  let zero = 0;
  for (const { q, kind } of queries) {
    const s = performance.now();
    const r = index.search(q, { limit: 20 });
    const ms = performance.now() - s;
    times.push(ms);
    (byKind.get(kind) ?? byKind.set(kind, []).get(kind) ?? []).push(ms);
    slow.push({ q, ms, total: r.total });
    if (r.total === 0) zero++;
  }
  const sorted = [...times].sort((a, b) => a - b);
  slow.sort((a, b) => b.ms - a.ms);

  // A filtered query: one month, the BOI acronym.
  const sf = performance.now();
  const filtered = index.search('BOI การลงทุน', { dateFrom: '2023-06', dateTo: '2023-06' });
  const filteredMs = performance.now() - sf;

  // Passages for a page of hits once their texts are fetched (buildPassages on the hits' highlights).
  const sp = performance.now();
  const page = index.search('การลงทุน', { limit: 20, getText });
  const pageMs = performance.now() - sp;

  // Recall and precision against the brute-force scan of the texts.
  const tg = performance.now();
  const truth = new GroundTruth(docs.map((d) => d.text));
  const recallByKind = new Map<Kind, { truth: number; found: number; both: number; queries: number }>();
  const losing: { q: string; lost: number; truth: number; example: string }[] = [];
  const extra: { q: string; extra: number; found: number; example: string }[] = [];
  const checked = new Set<string>();
  const unchecked: string[] = [];
  for (const { q, kind } of queries) {
    if (checked.has(q)) continue; // a name or acronym drawn twice counts once
    checked.add(q);
    const want = truth.query(q);
    if (want === undefined) {
      unchecked.push(q);
      continue;
    }
    const got = new Set(index.search(q, { limit: Infinity, passages: 0 }).hits.map((h) => Number(h.docId.slice(1))));
    let both = 0;
    for (const d of got) if (want.has(d)) both++;
    const agg = recallByKind.get(kind) ?? { truth: 0, found: 0, both: 0, queries: 0 };
    agg.truth += want.size;
    agg.found += got.size;
    agg.both += both;
    agg.queries++;
    recallByKind.set(kind, agg);
    if (both < want.size) losing.push({ q, lost: want.size - both, truth: want.size, example: `d${[...want].find((d) => !got.has(d))}` });
    if (both < got.size) extra.push({ q, extra: got.size - both, found: got.size, example: `d${[...got].find((d) => !want.has(d))}` });
  }
  const truthMs = performance.now() - tg;
  let allTruth = 0;
  let allFound = 0;
  let allBoth = 0;
  for (const a of recallByKind.values()) {
    allTruth += a.truth;
    allFound += a.found;
    allBoth += a.both;
  }

  const f = (x: number) => x.toFixed(2);
  const pct = (a: number, b: number) => (b === 0 ? '100.00' : ((100 * a) / b).toFixed(2));
  console.log(`documents ${docs.length}, ${(chars / 1e6).toFixed(1)}M chars (avg ${Math.round(chars / docs.length)})`);
  console.log(`index: indexDocument ${(indexMs / 1000).toFixed(2)} s total, ${f(indexMs / docs.length)} ms/doc (p95 ${f(quantile(perDocSorted, 0.95))}, max ${f(perDocSorted[perDocSorted.length - 1])}), ${f(msPer9k)} ms per 9,000 chars; merge ${(mergeMs / 1000).toFixed(2)} s`);
  console.log(`size: ${stats.terms} terms, ${stats.termPostings} term postings, ${stats.positions} positions, ${stats.grams} Thai bigrams, ${stats.gramPostings} bigram postings`);
  console.log(`stored rows (v2): ${(storedBytes / 1e6).toFixed(1)} MB structured-clone (toStored ${(toStoredMs / 1000).toFixed(2)} s, serialize ${(serializeMs / 1000).toFixed(2)} s, deserialize ${(deserializeMs / 1000).toFixed(2)} s); rebuild index from rows ${(reloadMs / 1000).toFixed(2)} s`);
  console.log(
    `  vs the v1 row shape (a string per term and bigram), ${shapes.rows} rows, best of 3: size ${f(shapes.v1.mb)} MB v1 / ${f(shapes.v2.mb)} MB v2, serialize ${f(shapes.v1.serializeMs)} / ${f(shapes.v2.serializeMs)} ms, deserialize ${f(shapes.v1.deserializeMs)} / ${f(shapes.v2.deserializeMs)} ms`,
  );
  console.log(`queries: ${queries.length}, median ${f(quantile(sorted, 0.5))} ms, p95 ${f(quantile(sorted, 0.95))} ms, max ${f(sorted[sorted.length - 1])} ms, ${zero} with no hit (goal p95 < 50 ms)`);
  for (const [kind, ts] of byKind) {
    const s = [...ts].sort((a, b) => a - b);
    console.log(`  ${kind.padEnd(9)} n=${ts.length} median ${f(quantile(s, 0.5))} ms p95 ${f(quantile(s, 0.95))} ms`);
  }
  console.log(`slowest: ${slow.slice(0, 5).map((x) => `${x.q} (${f(x.ms)} ms, ${x.total} hits)`).join('; ')}`);
  console.log(`filtered (June, "BOI การลงทุน"): ${filtered.total} hits in ${f(filteredMs)} ms`);
  console.log(`a page of 20 hits with passages from their texts ("การลงทุน"): ${f(pageMs)} ms (${page.total} hits)`);
  console.log(`recall check (${(truthMs / 1000).toFixed(1)} s) against a brute-force scan of the texts, ${checked.size - unchecked.length} distinct queries (Thai: substring; Latin: whole word; mixed and phrases: needleRegex, quoted on word boundaries):`);
  for (const [kind, a] of recallByKind) {
    console.log(`  ${kind.padEnd(9)} n=${a.queries} recall ${pct(a.both, a.truth)}% precision ${pct(a.both, a.found)}% (${a.truth} docs expected, ${a.found} found)`);
  }
  if (unchecked.length > 0) console.log(`  not checked (over ${SEGMENT_BUDGET} paragraphs to segment): ${unchecked.join('; ')}`);
  console.log(`  all       recall ${pct(allBoth, allTruth)}% precision ${pct(allBoth, allFound)}%`);
  console.log(`  losing documents: ${losing.length === 0 ? 'none' : losing.map((x) => `${x.q} (${x.lost} of ${x.truth}, e.g. ${x.example})`).join('; ')}`);
  console.log(`  finding extra documents: ${extra.length === 0 ? 'none' : extra.map((x) => `${x.q} (${x.extra} of ${x.found}, e.g. ${x.example})`).join('; ')}`);
  console.log(
    JSON.stringify({
      bench: 'search-engine',
      engine: 'in-memory',
      ...stats,
      docs: docs.length,
      chars,
      indexMs: Math.round(indexMs),
      indexMsPerDoc: Number((indexMs / docs.length).toFixed(3)),
      indexMsPer9kChars: Number(msPer9k.toFixed(3)),
      mergeMs: Math.round(mergeMs),
      reloadMs: Math.round(reloadMs),
      storedMB: Number((storedBytes / 1e6).toFixed(1)),
      serializeMs: Math.round(serializeMs),
      deserializeMs: Math.round(deserializeMs),
      queries: queries.length,
      queryMedianMs: Number(quantile(sorted, 0.5).toFixed(3)),
      queryP95Ms: Number(quantile(sorted, 0.95).toFixed(3)),
      queryMaxMs: Number(sorted[sorted.length - 1].toFixed(3)),
      zeroHit: zero,
      recall: Number((allBoth / Math.max(1, allTruth)).toFixed(4)),
      precision: Number((allBoth / Math.max(1, allFound)).toFixed(4)),
      queriesChecked: checked.size - unchecked.length,
      queriesLosingDocs: losing.length,
      queriesWithExtraDocs: extra.length,
    }),
  );
}
