// Dev scoring of the entity extractor: per-type P/R/F1 (lenient overlap, strict) on the gold seeds and ThaiNER, plus speed.
// Usage: npx tsx tests/eval/entity-dev.ts [--errors TYPE] [--thainer train|val] [--limit N]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, type EntityType } from '../../shared/model/annotation';
import { normalizeText } from '../../shared/text/normalize';
import { extractEntities } from '../../shared/extract/entity-extractor';
import { hasShared, missingSharedMessage, sharedPath } from '../support/shared-data';

export interface GoldSpan {
  type: EntityType;
  start: number;
  end: number;
}

export interface Counts {
  pred: number;
  gold: number;
  lenientPred: number;
  lenientGold: number;
  strict: number;
}

export function emptyCounts(): Counts {
  return { pred: 0, gold: 0, lenientPred: 0, lenientGold: 0, strict: 0 };
}

/** Adds one document's matches to per-type counts; returns its misses for inspection. */
export function scoreDoc(
  gold: GoldSpan[],
  pred: GoldSpan[],
  counts: Map<EntityType, Counts>,
): { fp: GoldSpan[]; fn: GoldSpan[] } {
  const fp: GoldSpan[] = [];
  const fn: GoldSpan[] = [];
  const overlaps = (a: GoldSpan, b: GoldSpan): boolean => a.type === b.type && a.start < b.end && b.start < a.end;
  for (const t of ENTITY_TYPES) {
    const c = counts.get(t) ?? emptyCounts();
    counts.set(t, c);
    const g = gold.filter((s) => s.type === t);
    const p = pred.filter((s) => s.type === t);
    c.gold += g.length;
    c.pred += p.length;
    for (const s of p) {
      if (g.some((x) => overlaps(s, x))) c.lenientPred++;
      else fp.push(s);
      if (g.some((x) => x.start === s.start && x.end === s.end)) c.strict++;
    }
    for (const s of g) {
      if (p.some((x) => overlaps(s, x))) c.lenientGold++;
      else fn.push(s);
    }
  }
  return { fp, fn };
}

export function prf(c: Counts, strict: boolean): { p: number; r: number; f: number } {
  const p = c.pred ? (strict ? c.strict : c.lenientPred) / c.pred : 0;
  const r = c.gold ? (strict ? c.strict : c.lenientGold) / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function total(counts: Map<EntityType, Counts>, types: readonly EntityType[]): Counts {
  const t = emptyCounts();
  for (const ty of types) {
    const c = counts.get(ty);
    if (!c) continue;
    t.pred += c.pred;
    t.gold += c.gold;
    t.lenientPred += c.lenientPred;
    t.lenientGold += c.lenientGold;
    t.strict += c.strict;
  }
  return t;
}

/** Gold entity spans of the seeds: [{ text, gold }]. */
export function loadSeeds(): { name: string; text: string; gold: GoldSpan[] }[] {
  const dir = sharedPath('gold', 'seeds');
  return readdirSync(dir)
    .filter((f) => /^\d.*\.json$/.test(f))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        file: string;
        annotations: { type: string; start: number; end: number }[];
      };
      const text = normalizeText(readFileSync(sharedPath('corpus', 'seeds', g.file), 'utf8'));
      const gold = g.annotations
        .filter((a): a is GoldSpan => (ENTITY_TYPES as readonly string[]).includes(a.type))
        .map((a) => ({ type: a.type, start: a.start, end: a.end }));
      return { name: g.file, text, gold };
    });
}

const THAINER_MAP: Record<string, EntityType> = { PERSON: 'PERSON', ORGANIZATION: 'ORG', LOCATION: 'LOC' };

/** ThaiNER passages with inline tags turned into text + spans (ORGANIZATION -> ORG, LOCATION -> LOC). */
export function loadThaiNer(split: 'train' | 'val'): { text: string; gold: GoldSpan[] }[] {
  const raw = readFileSync(sharedPath('corpus', 'thainer-1.5.1', `${split}.txt`), 'utf8').replace(/^\uFEFF/, '');
  const docs: { text: string; gold: GoldSpan[] }[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    let text = '';
    const gold: GoldSpan[] = [];
    const re = /\[(\/?)([A-Z_]+)\]/g;
    let last = 0;
    let open: { tag: string; start: number } | null = null;
    for (const m of line.matchAll(re)) {
      text += line.slice(last, m.index);
      last = (m.index ?? 0) + m[0].length;
      const tag = m[2] ?? '';
      if (m[1] === '') open = { tag, start: text.length };
      else if (open && open.tag === tag) {
        const type = THAINER_MAP[tag];
        if (type && text.length > open.start) gold.push({ type, start: open.start, end: text.length });
        open = null;
      }
    }
    text += line.slice(last);
    docs.push({ text, gold });
  }
  return docs;
}

function table(title: string, counts: Map<EntityType, Counts>, types: readonly EntityType[]): void {
  console.log(`\n${title}`);
  console.log('type        n_gold n_pred | lenient P    R    F1  | strict P    R    F1');
  const row = (name: string, c: Counts): void => {
    const l = prf(c, false);
    const s = prf(c, true);
    const f = (x: number): string => x.toFixed(3);
    console.log(
      `${name.padEnd(11)} ${String(c.gold).padStart(6)} ${String(c.pred).padStart(6)} |   ${f(l.p)} ${f(l.r)} ${f(l.f)} |   ${f(s.p)} ${f(s.r)} ${f(s.f)}`,
    );
  };
  for (const t of types) row(t, counts.get(t) ?? emptyCounts());
  row('ALL', total(counts, types));
}

function main(): void {
  if (!hasShared('gold', 'seeds')) {
    console.log(missingSharedMessage('gold', 'seeds'));
    return;
  }
  const args = process.argv.slice(2);
  const errType = args.includes('--errors') ? (args[args.indexOf('--errors') + 1] as EntityType) : null;
  const split = args.includes('--thainer') ? (args[args.indexOf('--thainer') + 1] as 'train' | 'val') : 'val';
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
  const show = (text: string, s: GoldSpan): string =>
    `${s.type} «${text.slice(s.start, s.end)}»  …${text.slice(Math.max(0, s.start - 25), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 25)}…`.replace(/\n/g, '⏎');

  const seedCounts = new Map<EntityType, Counts>();
  for (const d of loadSeeds()) {
    const pred = extractEntities(d.text);
    const { fp, fn } = scoreDoc(d.gold, pred, seedCounts);
    if (errType && args.includes('--seeds')) {
      for (const s of fp.filter((x) => x.type === errType)) console.log(`${d.name} FP ${show(d.text, s)}`);
      for (const s of fn.filter((x) => x.type === errType)) console.log(`${d.name} FN ${show(d.text, s)}`);
    }
  }
  table('Seeds (gold/seeds)', seedCounts, ENTITY_TYPES);

  const nerTypes: EntityType[] = ['PERSON', 'ORG', 'LOC'];
  const nerCounts = new Map<EntityType, Counts>();
  const docs = loadThaiNer(split);
  let n = 0;
  for (const d of docs) {
    if (n++ >= limit) break;
    const pred = extractEntities(d.text).filter((s) => s.type !== 'PROGRAMME');
    const { fp, fn } = scoreDoc(d.gold, pred, nerCounts);
    if (errType && !args.includes('--seeds')) {
      for (const s of fp.filter((x) => x.type === errType)) console.log(`FP ${show(d.text, s)}`);
      for (const s of fn.filter((x) => x.type === errType)) console.log(`FN ${show(d.text, s)}`);
    }
  }
  table(`ThaiNER 1.5.1 ${split} (PERSON/ORG/LOC)`, nerCounts, nerTypes);

  if (hasShared('corpus', 'thaigov-2023')) {
    const root = sharedPath('corpus', 'thaigov-2023');
    const texts: string[] = [];
    let chars = 0;
    for (const m of readdirSync(root).filter((x) => /^\d\d$/.test(x)).sort()) {
      for (const f of readdirSync(join(root, m)).sort()) {
        const t = normalizeText(readFileSync(join(root, m, f), 'utf8'));
        texts.push(t);
        chars += t.length;
        if (chars > 3_000_000) break;
      }
      if (chars > 3_000_000) break;
    }
    for (const t of texts.slice(0, 50)) extractEntities(t); // warm up
    const t0 = performance.now();
    let spans = 0;
    for (const t of texts) spans += extractEntities(t).length;
    const ms = performance.now() - t0;
    console.log(
      `\nSpeed: ${texts.length} thaigov articles, ${chars} chars in ${ms.toFixed(0)} ms = ${((chars / ms) * 1000 / 1e6).toFixed(2)}M chars/s (${spans} spans)`,
    );
  }
}

// Run only when executed directly (the gold test imports the scoring helpers).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
