// Compares PDF text extractors (pdfjs-dist getTextContent vs MuPDF.js) on the import zoo's PDF: similarity to the seed, time, Thai damage.
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mupdfLines } from '../../../shared/import/pdf-to-text';
import { reflowPdfLines } from '../../../shared/import/pdf-reflow';
import { findThaiDamage } from '../../../shared/import/thai-damage';
import { hasShared, missingSharedMessage, sharedPath } from '../../support/shared-data';
import { similarity } from '../../unit/shared/import/text-similarity';

interface Extractor {
  name: string;
  licence: string;
  extract(bytes: Uint8Array): Promise<string>;
}

async function pdfjsText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}

const EXTRACTORS: Extractor[] = [
  { name: 'pdfjs-dist 5.6 getTextContent', licence: 'Apache-2.0', extract: pdfjsText },
  { name: 'mupdf 1.28 (MuPDF.js) + pdf-reflow', licence: 'AGPL-3.0', extract: async (b) => reflowPdfLines((await mupdfLines(b)).pages) },
];

/** Figures that must come through whole (mark loss turns `ล้าน` into `ลาน`). */
const KEY_FIGURES = ['758.5 ล้านดอลลาร์สหรัฐ', '40.5 ล้านดอลลาร์'];

const REPEAT = 5;

/** Combining Thai marks in a text: an extractor that drops them has fewer than the seed. */
const marks = (text: string) => (text.normalize('NFC').match(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g) ?? []).length;

export default async function run(): Promise<void> {
  const pdfPath = sharedPath('corpus', 'import-zoo', 'seed001-article.pdf');
  if (!hasShared('corpus', 'import-zoo', 'seed001-article.pdf')) {
    console.log(missingSharedMessage('corpus', 'import-zoo', 'seed001-article.pdf'));
    return;
  }
  const seedName = readdirSync(sharedPath('corpus', 'seeds')).find((f) => f.startsWith('001_'));
  if (!seedName) {
    console.log(missingSharedMessage('corpus', 'seeds', '001_*.txt'));
    return;
  }
  const seed = readFileSync(sharedPath('corpus', 'seeds', seedName), 'utf8');
  const bytes = new Uint8Array(readFileSync(pdfPath));
  console.log(`PDF: ${pdfPath} (${bytes.length} bytes); seed ${seedName}; ${REPEAT} warm runs each\n`);

  for (const ex of EXTRACTORS) {
    const t0 = performance.now();
    const text = await ex.extract(bytes);
    const first = performance.now() - t0;
    const t1 = performance.now();
    for (let i = 0; i < REPEAT; i++) await ex.extract(bytes);
    const warm = (performance.now() - t1) / REPEAT;
    const damage = findThaiDamage(text);
    const flat = text.replace(/\s+/g, ' ');
    console.log(`${ex.name} (${ex.licence})`);
    console.log(`  similarity (whitespace-free, normalized): ${similarity(text, seed).toFixed(4)}`);
    console.log(`  time: first ${first.toFixed(0)} ms (includes loading), warm ${warm.toFixed(1)} ms/document`);
    console.log(`  Thai marks (vowels above/below, tone marks): ${marks(text)} of the seed's ${marks(seed)}`);
    console.log(`  key figures: ${KEY_FIGURES.map((f) => `${f} ${flat.includes(f) ? 'kept' : 'LOST'}`).join('; ')}`);
    console.log(`  damage: ${damage.length === 0 ? 'none' : damage.map((d) => `${d.count} ${d.kind} (${d.examples.join(' | ')})`).join('; ')}\n`);
  }
}

// Runnable directly too: `npx tsx tests/bench/benches/pdf-extractors.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
