// 200 search queries drawn from the corpus as an analyst would type them: Thai words, two words, names, quoted phrases, acronyms.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../../shared/search/search-tokens';
import { normalizeText } from '../../../shared/text/normalize';

export type QueryKind = 'word' | 'two-words' | 'name' | 'phrase' | 'latin';

export const NAMES = [
  'ไฮฟอง', 'เศรษฐา', 'เศรษฐา ทวีสิน', 'ประยุทธ์', 'ประยุทธ์ จันทร์โอชา', 'แพทองธาร', 'อนุทิน', 'จุรินทร์', 'ปานปรีย์',
  'เวียดนาม', 'ญี่ปุ่น', 'สหรัฐอเมริกา', 'จีน', 'ซาอุดีอาระเบีย', 'กัมพูชา', 'สปป. ลาว', 'เมียนมา', 'สิงคโปร์',
  'ชลบุรี', 'ระยอง', 'ฉะเชิงเทรา', 'เชียงใหม่', 'ภูเก็ต', 'ขอนแก่น', 'กรุงเทพมหานคร', 'นครราชสีมา', 'สุราษฎร์ธานี',
  'ทำเนียบรัฐบาล', 'กระทรวงพาณิชย์', 'สำนักงานคณะกรรมการส่งเสริมการลงทุน', 'ธนาคารแห่งประเทศไทย', 'อาเซียน',
  'ฮ่องกง', 'ไต้หวัน', 'เกาหลีใต้', 'อินเดีย', 'ออสเตรเลีย', 'ฝรั่งเศส', 'เยอรมนี', 'สหราชอาณาจักร',
];
export const ACRONYMS = ['BOI', 'EEC', 'ASEAN', 'GDP', 'FTA', 'APEC', 'BCG', 'EV', 'SME', 'SMEs', 'COVID-19', 'OECD', 'RCEP', 'WHO', 'IMF'];

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function articles(root: string): string[] {
  const out: string[] = [];
  for (const month of readdirSync(root).sort()) {
    const dir = join(root, month);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push(join(dir, f));
  }
  return out;
}

/** A quoted phrase of 2-3 consecutive words of a paragraph, as written there (undefined for a paragraph of under 4 words). */
export function phraseOf(para: string, rand: () => number): string | undefined {
  const toks = tokenize(para);
  if (toks.length < 4) return undefined;
  const at = Math.floor(rand() * (toks.length - 3));
  const n = 2 + Math.floor(rand() * 2);
  // The phrase as written in the article: consecutive words and what stands between them.
  return `"${para.slice(toks[at].start, toks[at + n - 1].end)}"`;
}

/** 200 queries from random paragraphs of the corpus (the same ones for the same seed). */
export function searchQueries(root: string, seed = 2023): Array<{ q: string; kind: QueryKind }> {
  const files = articles(root);
  const rand = rng(seed);
  const pick = <T,>(a: T[]): T => a[Math.floor(rand() * a.length)];
  const paragraph = (): string => {
    for (;;) {
      const paras = normalizeText(readFileSync(pick(files), 'utf8')).split('\n').filter((p) => p.length > 40);
      if (paras.length > 0) return pick(paras);
    }
  };
  const thaiWord = (): string => {
    for (;;) {
      const words = tokenize(paragraph()).map((t) => t.term).filter((t) => /^[\u0E01-\u0E4F]{3,}$/.test(t));
      if (words.length > 0) return pick(words);
    }
  };
  const queries: Array<{ q: string; kind: QueryKind }> = [];
  for (let i = 0; i < 50; i++) queries.push({ q: thaiWord(), kind: 'word' });
  for (let i = 0; i < 40; i++) queries.push({ q: `${thaiWord()} ${thaiWord()}`, kind: 'two-words' });
  for (let i = 0; i < 40; i++) queries.push({ q: NAMES[i % NAMES.length], kind: 'name' });
  while (queries.length < 170) {
    const q = phraseOf(paragraph(), rand);
    if (q !== undefined) queries.push({ q, kind: 'phrase' });
  }
  for (let i = 0; queries.length < 200; i++) queries.push({ q: ACRONYMS[i % ACRONYMS.length], kind: 'latin' });
  return queries;
}
