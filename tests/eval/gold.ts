// Loads gold files in the guide's format beside their texts, and finds a document's own date.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractDates } from '../../shared/extract/date-extractor';
import { normalizeText } from '../../shared/text/normalize';
import type { ScoredSpan } from './scoring';

export interface GoldDocument {
  name: string;
  text: string;
  gold: ScoredSpan[];
  /** The first single-day date written in the article, if any. */
  documentDate?: string;
  /** Gold spans whose quote does not match the text at their offsets. */
  misanchored: number;
}

interface GoldFile {
  file?: string;
  annotations: ScoredSpan[];
}

/** Every `*.json` gold file of a folder (except relations.json) with its text from `textDir`. */
export function loadGold(goldDir: string, textDir: string): GoldDocument[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json') && f !== 'relations.json')
    .sort()
    .map((f) => {
      const parsed = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile;
      const textFile = parsed.file ?? `${basename(f, '.json')}.txt`;
      const text = normalizeText(readFileSync(join(textDir, textFile), 'utf8'));
      const gold = parsed.annotations;
      const misanchored = gold.filter((a) => a.quote !== undefined && text.slice(a.start, a.end) !== a.quote).length;
      return { name: textFile, text, gold, documentDate: documentDateOf(text), misanchored };
    });
}

/** The document's date: the first full date (a single day with a year) in the text. */
export function documentDateOf(text: string): string | undefined {
  const first = extractDates(text).find(
    (d) => d.startDate !== undefined && d.startDate === d.endDate && /^[0-9\u0E50-\u0E59]/.test(d.quote),
  );
  return first?.startDate;
}
