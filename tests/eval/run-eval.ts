// `npm run eval`: scores extractAll on the gold seeds and ThaiNER, and suggested facts on the seed relations; prints tables and a final JSON blob.
//
// Options:
//   --thainer-train          also score ThaiNER's train split (for tuning; val stays the reported check)
//   --no-thainer             skip ThaiNER
//   --gold DIR --texts DIR   score another gold folder (guide format) against its texts instead of the seeds
//   --errors TYPE[,TYPE]     list missed, spurious, boundary and wrong-form spans of those types
//   --limit N                with --errors, at most N lines per kind (default 40)
import { readFileSync } from 'node:fs';
import { extractAll } from '../../shared/extract/extract';
import { hasShared, missingSharedMessage, sharedPath } from '../support/shared-data';
import { compactFactScore, formatFactTable, scoreFacts } from './fact-eval';
import { loadGold } from './gold';
import { Scorer, formatTable, toScored, type ScoredSpan, type TypeScore } from './scoring';
import { parseThaiNer } from './thainer';

const SEED_TYPES = ['PERSON', 'ORG', 'LOC', 'PROGRAMME', 'MONEY', 'PERCENT', 'COUNT', 'QUANTITY', 'DATE'] as const;
const THAINER_TYPES = ['PERSON', 'ORG', 'LOC', 'MONEY', 'PERCENT'] as const;

interface Options {
  thainerTrain: boolean;
  thainer: boolean;
  goldDir?: string;
  textDir?: string;
  errors: string[];
  limit: number;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { thainerTrain: false, thainer: true, errors: [], limit: 40 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--thainer-train') o.thainerTrain = true;
    else if (a === '--no-thainer') o.thainer = false;
    else if (a === '--gold') o.goldDir = argv[++i];
    else if (a === '--texts') o.textDir = argv[++i];
    else if (a === '--errors') o.errors = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--limit') o.limit = Number(argv[++i] ?? '40');
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(0, 9).join('\n'));
      process.exit(0);
    } else {
      console.error(`unknown option ${a ?? ''} (try --help)`);
      process.exit(2);
    }
  }
  return o;
}

const show = (s: ScoredSpan | undefined): string => {
  if (s === undefined) return '';
  const form =
    s.type === 'DATE'
      ? `${s.startDate ?? '-'}..${s.endDate ?? '-'}`
      : s.value !== undefined
        ? `${s.value}${s.valueMax !== undefined ? `-${s.valueMax}` : ''} ${s.unit ?? ''} ${s.qualifier ?? ''}`
        : '';
  return `«${s.quote ?? ''}» ${form}`.trim();
};

function printErrors(scorer: Scorer, texts: Map<string, string>, types: readonly string[], limit: number): void {
  for (const kind of ['missed', 'spurious', 'boundary', 'wrong-form'] as const) {
    const list = scorer.errors.filter((e) => e.kind === kind && types.includes(e.type));
    if (list.length === 0) continue;
    console.log(`-- ${kind} (${list.length})`);
    for (const e of list.slice(0, limit)) {
      const anchor = e.gold ?? e.predicted;
      const text = texts.get(e.doc) ?? '';
      const context = anchor === undefined ? '' : text.slice(Math.max(0, anchor.start - 30), anchor.end + 30).replace(/\n/g, ' ');
      console.log(`${e.type} ${e.doc}: gold ${show(e.gold)} | pred ${show(e.predicted)} | …${context}…`);
    }
  }
}

function scoreGold(title: string, goldDir: string, textDir: string, o: Options): TypeScore[] {
  const docs = loadGold(goldDir, textDir);
  const scorer = new Scorer(SEED_TYPES);
  const texts = new Map<string, string>();
  let misanchored = 0;
  for (const doc of docs) {
    const context = doc.documentDate === undefined ? {} : { documentDate: doc.documentDate };
    const predicted = extractAll(doc.text, context).map(toScored);
    scorer.add(doc.name, doc.gold, predicted);
    texts.set(doc.name, doc.text);
    misanchored += doc.misanchored;
  }
  const scores = scorer.scores();
  console.log(formatTable(`${title}: ${docs.length} documents${misanchored > 0 ? ` (${misanchored} gold quotes do not match the text)` : ''}`, scores));
  if (o.errors.length > 0) printErrors(scorer, texts, o.errors, o.limit);
  return scores;
}

function scoreThaiNer(split: 'val' | 'train', o: Options): TypeScore[] {
  const passages = parseThaiNer(readFileSync(sharedPath('corpus', 'thainer-1.5.1', `${split}.txt`), 'utf8'));
  const scorer = new Scorer(THAINER_TYPES, false);
  const texts = new Map<string, string>();
  passages.forEach((p, i) => {
    const name = `${split}:${i + 1}`;
    scorer.add(name, p.spans, extractAll(p.text).map(toScored));
    texts.set(name, p.text);
  });
  const scores = scorer.scores();
  console.log(formatTable(`ThaiNER 1.5.1 ${split}: ${passages.length} passages (CC BY 3.0, Wannaphong Phatthiyaphaibun)`, scores));
  if (o.errors.length > 0) printErrors(scorer, texts, o.errors, o.limit);
  return scores;
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const result: Record<string, TypeScore[]> = {};
  if (o.goldDir !== undefined) {
    if (o.textDir === undefined) {
      console.error('--gold needs --texts DIR (the folder of the articles)');
      process.exit(2);
    }
    result['gold'] = scoreGold(o.goldDir, o.goldDir, o.textDir, o);
  } else if (hasShared('gold', 'seeds') && hasShared('corpus', 'seeds')) {
    result['seeds'] = scoreGold('gold seeds', sharedPath('gold', 'seeds'), sharedPath('corpus', 'seeds'), o);
  } else {
    console.log(missingSharedMessage('gold', 'seeds'));
  }
  if (o.thainer) {
    const splits: ('val' | 'train')[] = o.thainerTrain ? ['val', 'train'] : ['val'];
    for (const split of splits) {
      if (!hasShared('corpus', 'thainer-1.5.1', `${split}.txt`)) {
        console.log(missingSharedMessage('corpus', 'thainer-1.5.1', `${split}.txt`));
        continue;
      }
      console.log('');
      result[`thainer-${split}`] = scoreThaiNer(split, o);
    }
  }
  let facts: Record<string, number> | undefined;
  if (o.goldDir === undefined && hasShared('gold', 'seeds', 'relations.json') && hasShared('corpus', 'seeds')) {
    const score = scoreFacts(sharedPath('gold', 'seeds', 'relations.json'), sharedPath('corpus', 'seeds'));
    console.log('');
    console.log(formatFactTable(`facts (suggested vs gold relations.json): ${score.gold} gold facts`, score));
    facts = compactFactScore(score);
  }
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  const compact = Object.fromEntries(
    Object.entries(result).map(([k, scores]) => [
      k,
      Object.fromEntries(
        scores.map((s) => [
          s.type,
          {
            gold: s.gold,
            predicted: s.predicted,
            lenient: { p: round(s.lenient.precision), r: round(s.lenient.recall), f1: round(s.lenient.f1) },
            strict: { p: round(s.strict.precision), r: round(s.strict.recall), f1: round(s.strict.f1) },
            ...(s.normalized === undefined ? {} : { normalized: round(s.normalized.share), normalizedOf: s.normalized.checked }),
          },
        ]),
      ),
    ]),
  );
  console.log('');
  console.log(JSON.stringify({ eval: compact, ...(facts === undefined ? {} : { facts }) }));
}

main();
