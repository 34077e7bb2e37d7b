// Extraction speed on thaigov-2023, one core: chars/s for normalization, ICU segmentation and extractAll, and one ~180k-char file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractAll } from '../../../shared/extract/extract';
import { normalizeText } from '../../../shared/text/normalize';
import { hasShared, missingSharedMessage, sharedPath } from '../../support/shared-data';

const BIG_FILE_CHARS = 180_000;

function listArticles(root: string): string[] {
  const files: string[] = [];
  for (const month of readdirSync(root, { withFileTypes: true })) {
    if (!month.isDirectory()) continue;
    for (const f of readdirSync(join(root, month.name))) if (f.endsWith('.txt')) files.push(join(root, month.name, f));
  }
  return files.sort();
}

/** Milliseconds taken by fn. */
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const rate = (chars: number, ms: number): number => (chars / ms) * 1000;
const fmt = (charsPerSecond: number): string => `${(charsPerSecond / 1e6).toFixed(2)}M chars/s`;

/** args: [maxFiles] limits the corpus (default: all). */
export default function run(args: string[]): void {
  if (!hasShared('corpus', 'thaigov-2023')) {
    console.log(missingSharedMessage('corpus', 'thaigov-2023'));
    return;
  }
  const limit = args[0] !== undefined ? Number(args[0]) : Infinity;
  const files = listArticles(sharedPath('corpus', 'thaigov-2023')).slice(0, limit);
  const raw = files.map((f) => readFileSync(f, 'utf8'));
  const rawChars = raw.reduce((n, s) => n + s.length, 0);

  // Warm up the JIT on a slice so the first measured pass is not the compile.
  for (const r of raw.slice(0, 50)) extractAll(normalizeText(r));

  let texts: string[] = [];
  const normMs = time(() => {
    texts = raw.map(normalizeText);
  });
  const chars = texts.reduce((n, s) => n + s.length, 0);

  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  let words = 0;
  const segMs = time(() => {
    for (const t of texts) {
      for (const para of t.split('\n')) {
        if (para === '') continue;
        for (const _ of segmenter.segment(para)) words++;
      }
    }
  });

  let spans = 0;
  const extractMs = time(() => {
    for (const t of texts) spans += extractAll(t).length;
  });

  // One ~180,000-char document made of consecutive articles.
  let big = '';
  for (const t of texts) {
    if (big.length >= BIG_FILE_CHARS) break;
    big += `${t}\n`;
  }
  big = big.slice(0, BIG_FILE_CHARS);
  const bigRuns = [0, 1, 2, 3, 4].map(() => time(() => extractAll(big)));
  const bigMs = Math.min(...bigRuns);

  console.log(`thaigov-2023: ${files.length} articles, ${chars.toLocaleString('en')} chars (raw ${rawChars.toLocaleString('en')})`);
  console.log(`normalize    ${fmt(rate(chars, normMs))}  (${normMs.toFixed(0)} ms)`);
  console.log(`segment      ${fmt(rate(chars, segMs))}  (${segMs.toFixed(0)} ms, ${words.toLocaleString('en')} segments, Intl.Segmenter per paragraph)`);
  console.log(`extractAll   ${fmt(rate(chars, extractMs))}  (${extractMs.toFixed(0)} ms, ${spans.toLocaleString('en')} spans)`);
  console.log(`one ${big.length.toLocaleString('en')}-char file: extractAll ${bigMs.toFixed(1)} ms (best of ${bigRuns.length})`);
  console.log(
    JSON.stringify({
      bench: 'extract',
      articles: files.length,
      chars,
      normalizeCharsPerSec: Math.round(rate(chars, normMs)),
      segmentCharsPerSec: Math.round(rate(chars, segMs)),
      extractCharsPerSec: Math.round(rate(chars, extractMs)),
      bigFileChars: big.length,
      bigFileExtractMs: Math.round(bigMs * 10) / 10,
      spans,
    }),
  );
}
