// Scores suggested facts (measure, subject, counterpart, period) against the gold relations of the seeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAll } from '../../shared/extract/extract';
import { suggestFacts } from '../../shared/extract/fact-suggester';
import type { SuggestedFact } from '../../shared/model/fact';
import { normalizeText } from '../../shared/text/normalize';
import { documentDateOf } from './gold';

export interface GoldRelation {
  file: string;
  quote: string;
  occurrence: number;
  subject: string | null;
  counterpart: string | null;
  measure: string;
  value: number;
  unit: string;
  qualifier: string;
  startDate: string | null;
  endDate: string | null;
  note?: string;
}

export interface FactRow {
  file: string;
  quote: string;
  gold: GoldRelation;
  /** The gold figure's span in the normalized text, or undefined when the quote is not there. */
  span?: { start: number; end: number };
  predicted?: SuggestedFact;
  measure: boolean;
  subject: boolean;
  counterpart: boolean;
  dates: boolean;
}

export interface FactScore {
  gold: number;
  /** Gold facts whose figure got a suggested fact. */
  found: number;
  measure: number;
  subject: number;
  counterpart: number;
  dates: number;
  /** Found facts with every field right. */
  allRight: number;
  rows: FactRow[];
}

/** Start of the n-th (1-based) occurrence of quote in text, overlapping matches counted. */
export function nthIndexOf(text: string, quote: string, occurrence: number): number {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const norm = (s: string): string => normalizeText(s).replace(/\s+/g, '').trim();

/** Gold names are surface strings: เมืองไฮฟอง matches ไฮฟอง, either way round; null matches absent. */
export function sameEntity(gold: string | null, predicted: string | undefined): boolean {
  if (gold === null || gold === '') return predicted === undefined;
  if (predicted === undefined) return false;
  const g = norm(gold);
  const p = norm(predicted);
  return g.includes(p) || p.includes(g);
}

export function scoreFacts(relationsFile: string, textDir: string): FactScore {
  const relations = JSON.parse(readFileSync(relationsFile, 'utf8')) as GoldRelation[];
  const byFile = new Map<string, GoldRelation[]>();
  for (const r of relations) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const rows: FactRow[] = [];
  for (const [file, rels] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const text = normalizeText(readFileSync(join(textDir, file), 'utf8'));
    const documentDate = documentDateOf(text);
    const facts = suggestFacts(text, extractAll(text, documentDate === undefined ? {} : { documentDate }));
    for (const gold of rels) {
      const start = nthIndexOf(text, normalizeText(gold.quote), gold.occurrence);
      const row: FactRow = { file, quote: gold.quote, gold, measure: false, subject: false, counterpart: false, dates: false };
      if (start >= 0) {
        const span = { start, end: start + normalizeText(gold.quote).length };
        row.span = span;
        const predicted = facts.find((f) => f.figure.start < span.end && f.figure.end > span.start);
        if (predicted) {
          row.predicted = predicted;
          row.measure = predicted.measure === gold.measure;
          row.subject = sameEntity(gold.subject, predicted.subject?.quote);
          row.counterpart = sameEntity(gold.counterpart, predicted.counterpart?.quote);
          row.dates = (gold.startDate ?? undefined) === predicted.startDate && (gold.endDate ?? undefined) === predicted.endDate;
        }
      }
      rows.push(row);
    }
  }
  const found = rows.filter((r) => r.predicted !== undefined);
  const count = (k: 'measure' | 'subject' | 'counterpart' | 'dates') => found.filter((r) => r[k]).length;
  return {
    gold: rows.length,
    found: found.length,
    measure: count('measure'),
    subject: count('subject'),
    counterpart: count('counterpart'),
    dates: count('dates'),
    allRight: found.filter((r) => r.measure && r.subject && r.counterpart && r.dates).length,
    rows,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/** A summary table and one line per gold fact (✓/✗ per field, with the prediction when wrong). */
export function formatFactTable(title: string, s: FactScore): string {
  const lines = [
    title,
    `field        right/of   share`,
    `found        ${`${s.found}/${s.gold}`.padStart(8)}  ${pct(s.found, s.gold)}`,
    ...(['measure', 'subject', 'counterpart', 'dates'] as const).map(
      (k) => `${k.padEnd(12)} ${`${s[k]}/${s.found}`.padStart(8)}  ${pct(s[k], s.found)}`,
    ),
    `all fields   ${`${s.allRight}/${s.found}`.padStart(8)}  ${pct(s.allRight, s.found)}`,
    '',
  ];
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  for (const r of s.rows) {
    const p = r.predicted;
    const head = `${r.file.slice(0, 3)} «${r.quote}»`;
    if (p === undefined) {
      lines.push(`${head}: ${r.span === undefined ? 'quote not in text' : 'no suggested fact'}`);
      continue;
    }
    const wrong: string[] = [];
    if (!r.measure) wrong.push(`measure ${p.measure} (gold ${r.gold.measure})`);
    if (!r.subject) wrong.push(`subject ${p.subject?.quote ?? '-'} (gold ${r.gold.subject ?? '-'})`);
    if (!r.counterpart) wrong.push(`counterpart ${p.counterpart?.quote ?? '-'} (gold ${r.gold.counterpart ?? '-'})`);
    if (!r.dates) wrong.push(`period ${p.startDate ?? '-'}..${p.endDate ?? '-'} (gold ${r.gold.startDate ?? '-'}..${r.gold.endDate ?? '-'})`);
    lines.push(
      `${head}: m${mark(r.measure)} s${mark(r.subject)} c${mark(r.counterpart)} d${mark(r.dates)} ${p.periodKind}${wrong.length ? ` | ${wrong.join('; ')}` : ''}`,
    );
  }
  return lines.join('\n');
}

/** The JSON summary for `npm run eval`. */
export function compactFactScore(s: FactScore): Record<string, number> {
  const r = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 10000) / 10000);
  return {
    gold: s.gold,
    found: s.found,
    foundShare: r(s.found, s.gold),
    measure: r(s.measure, s.found),
    subject: r(s.subject, s.found),
    counterpart: r(s.counterpart, s.found),
    dates: r(s.dates, s.found),
    allFields: r(s.allRight, s.found),
  };
}
