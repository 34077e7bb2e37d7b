// Search over thaigov-2023 with the in-memory engine: index time per document, index size, median/p95 of 200 mixed queries.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromStored, indexDocument, toStored, type DocPostings, type StoredDocPostings } from '../../../shared/search/doc-postings';
import { SearchIndex } from '../../../shared/search/search-index';
import { tokenize } from '../../../shared/search/search-tokens';
import { normalizeText } from '../../../shared/text/normalize';
import { hasShared, missingSharedMessage, sharedPath } from '../../support/shared-data';

function listArticles(root: string): { file: string; month: string }[] {
  const files: { file: string; month: string }[] = [];
  for (const month of readdirSync(root, { withFileTypes: true })) {
    if (!month.isDirectory()) continue;
    for (const f of readdirSync(join(root, month.name))) if (f.endsWith('.txt')) files.push({ file: join(root, month.name, f), month: month.name });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const NAMES = [
  'ไฮฟอง', 'เศรษฐา', 'เศรษฐา ทวีสิน', 'ประยุทธ์', 'ประยุทธ์ จันทร์โอชา', 'แพทองธาร', 'อนุทิน', 'จุรินทร์', 'ปานปรีย์',
  'เวียดนาม', 'ญี่ปุ่น', 'สหรัฐอเมริกา', 'จีน', 'ซาอุดีอาระเบีย', 'กัมพูชา', 'สปป. ลาว', 'เมียนมา', 'สิงคโปร์',
  'ชลบุรี', 'ระยอง', 'ฉะเชิงเทรา', 'เชียงใหม่', 'ภูเก็ต', 'ขอนแก่น', 'กรุงเทพมหานคร', 'นครราชสีมา', 'สุราษฎร์ธานี',
  'ทำเนียบรัฐบาล', 'กระทรวงพาณิชย์', 'สำนักงานคณะกรรมการส่งเสริมการลงทุน', 'ธนาคารแห่งประเทศไทย', 'อาเซียน',
  'ฮ่องกง', 'ไต้หวัน', 'เกาหลีใต้', 'อินเดีย', 'ออสเตรเลีย', 'ฝรั่งเศส', 'เยอรมนี', 'สหราชอาณาจักร',
];
const ACRONYMS = ['BOI', 'EEC', 'ASEAN', 'GDP', 'FTA', 'APEC', 'BCG', 'EV', 'SME', 'SMEs', 'COVID-19', 'OECD', 'RCEP', 'WHO', 'IMF'];

type Kind = 'word' | 'two-words' | 'name' | 'phrase' | 'latin';

/** args: [maxFiles] limits the corpus (default: all). */
export default function run(args: string[]): void {
  if (!hasShared('corpus', 'thaigov-2023')) {
    console.log(missingSharedMessage('corpus', 'thaigov-2023'));
    return;
  }
  console.log('engine: in-memory SearchIndex (shared/search); the IndexedDB-backed path (postings rows in Dexie) comes later');
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

  // Stored form: size, and the time to rebuild the index from rows (start-up from IndexedDB, reads excluded).
  const t2 = performance.now();
  const rows: StoredDocPostings[] = postings.map(toStored);
  const toStoredMs = performance.now() - t2;
  let storedBytes = 0;
  for (const r of rows) {
    storedBytes += r.positions.byteLength + r.ends.byteLength + r.grams.length * 4;
    for (const t of r.terms) storedBytes += t.length * 2 + 8;
  }
  const t3 = performance.now();
  const reloaded = SearchIndex.fromStored(rows, (id) => ({ date: texts.has(id) ? docs[Number(id.slice(1))].date : undefined }));
  const reloadMs = performance.now() - t3;
  if (reloaded.size !== index.size) throw new Error('reload lost documents');
  rows.length = 0;
  postings.length = 0;
  void fromStored;

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
    const para = pick(paras);
    const toks = tokenize(para);
    if (toks.length < 4) continue;
    const at = Math.floor(rand() * (toks.length - 3));
    const n = 2 + Math.floor(rand() * 2);
    // The phrase as written in the article: consecutive words and what stands between them.
    queries.push({ q: `"${para.slice(toks[at].start, toks[at + n - 1].end)}"`, kind: 'phrase' });
  }
  for (let i = 0; queries.length < 200; i++) queries.push({ q: ACRONYMS[i % ACRONYMS.length], kind: 'latin' });

  for (const { q } of queries.slice(0, 20)) index.search(`${q} ไทย`, { getText }); // warm-up on other queries

  const times: number[] = [];
  const byKind = new Map<Kind, number[]>();
  const slow: { q: string; ms: number; total: number }[] = [];
  let zero = 0;
  for (const { q, kind } of queries) {
    const s = performance.now();
    const r = index.search(q, { getText, limit: 20 });
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
  const filtered = index.search('BOI การลงทุน', { getText, dateFrom: '2023-06', dateTo: '2023-06' });
  const filteredMs = performance.now() - sf;

  const f = (x: number) => x.toFixed(2);
  console.log(`documents ${docs.length}, ${(chars / 1e6).toFixed(1)}M chars (avg ${Math.round(chars / docs.length)})`);
  console.log(`index: indexDocument ${(indexMs / 1000).toFixed(2)} s total, ${f(indexMs / docs.length)} ms/doc (p95 ${f(quantile(perDocSorted, 0.95))}, max ${f(perDocSorted[perDocSorted.length - 1])}), ${f(msPer9k)} ms per 9,000 chars; merge ${(mergeMs / 1000).toFixed(2)} s`);
  console.log(`size: ${stats.terms} terms, ${stats.termPostings} term postings, ${stats.positions} positions, ${stats.grams} Thai bigrams, ${stats.gramPostings} bigram postings`);
  console.log(`stored rows: ~${(storedBytes / 1e6).toFixed(0)} MB (toStored ${(toStoredMs / 1000).toFixed(2)} s); rebuild index from rows ${(reloadMs / 1000).toFixed(2)} s`);
  console.log(`queries: ${queries.length}, median ${f(quantile(sorted, 0.5))} ms, p95 ${f(quantile(sorted, 0.95))} ms, max ${f(sorted[sorted.length - 1])} ms, ${zero} with no hit (goal p95 < 50 ms)`);
  for (const [kind, ts] of byKind) {
    const s = [...ts].sort((a, b) => a - b);
    console.log(`  ${kind.padEnd(9)} n=${ts.length} median ${f(quantile(s, 0.5))} ms p95 ${f(quantile(s, 0.95))} ms`);
  }
  console.log(`slowest: ${slow.slice(0, 5).map((x) => `${x.q} (${f(x.ms)} ms, ${x.total} hits)`).join('; ')}`);
  console.log(`filtered (June, "BOI การลงทุน"): ${filtered.total} hits in ${f(filteredMs)} ms`);
  console.log(
    JSON.stringify({
      bench: 'search',
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
      queries: queries.length,
      queryMedianMs: Number(quantile(sorted, 0.5).toFixed(3)),
      queryP95Ms: Number(quantile(sorted, 0.95).toFixed(3)),
      queryMaxMs: Number(sorted[sorted.length - 1].toFixed(3)),
      zeroHit: zero,
    }),
  );
}
