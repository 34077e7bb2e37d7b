// Scores predicted annotations against gold ones: per-type P/R/F1 (lenient overlap and strict ends) and normalization share.
import type { ExtractedAnnotation } from '../../shared/model/annotation';

/** What the scorer needs from a span: its type, ends and, for figures and dates, the normalized fields. */
export interface ScoredSpan {
  type: string;
  start: number;
  end: number;
  quote?: string;
  value?: number;
  valueMax?: number;
  unit?: string;
  qualifier?: string;
  startDate?: string;
  endDate?: string;
}

export interface PRF {
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  lenient: PRF;
  strict: PRF;
  /** Among lenient matches of figures and dates: how many carry the same normalized form. */
  normalized?: { checked: number; correct: number; share: number };
}

/** A pair of matched spans (gold, predicted) and the mismatches left over, for error listings. */
export interface Alignment {
  pairs: [ScoredSpan, ScoredSpan][];
  missed: ScoredSpan[];
  spurious: ScoredSpan[];
}

const FIGURE_TYPES = new Set(['MONEY', 'PERCENT', 'COUNT', 'QUANTITY']);

export function overlap(a: ScoredSpan, b: ScoredSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one alignment of gold and predicted spans of one type. Lenient: any overlap, best overlap first
 * (an exact pair before a partial one); strict: both ends agree.
 */
export function align(gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[], strict: boolean): Alignment {
  const candidates: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      if (strict) {
        if (g.start === p.start && g.end === p.end) candidates.push({ g: gi, p: pi, score: 1 });
        return;
      }
      const o = overlap(g, p);
      if (o > 0) {
        const exact = g.start === p.start && g.end === p.end ? 1 : 0;
        // Exact pairs first, then by the share of the union that overlaps.
        const union = Math.max(g.end, p.end) - Math.min(g.start, p.start);
        candidates.push({ g: gi, p: pi, score: exact + o / union });
      }
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [ScoredSpan, ScoredSpan][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    const g = gold[c.g];
    const p = predicted[c.p];
    if (g !== undefined && p !== undefined) pairs.push([g, p]);
  }
  return {
    pairs,
    missed: gold.filter((_, i) => !usedG.has(i)),
    spurious: predicted.filter((_, i) => !usedP.has(i)),
  };
}

export function prf(matched: number, gold: number, predicted: number): PRF {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, precision, recall, f1 };
}

/** True when a figure's value agrees within 1e-9 relative. */
export function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** The guide's normalization check: value, valueMax, unit, qualifier for figures; startDate and endDate for dates. */
export function sameNormalization(gold: ScoredSpan, predicted: ScoredSpan): boolean {
  if (gold.type === 'DATE') {
    return (gold.startDate ?? null) === (predicted.startDate ?? null) && (gold.endDate ?? null) === (predicted.endDate ?? null);
  }
  return (
    sameNumber(gold.value, predicted.value) &&
    sameNumber(gold.valueMax ?? undefined, predicted.valueMax ?? undefined) &&
    gold.unit === predicted.unit &&
    (gold.qualifier ?? 'exact') === (predicted.qualifier ?? 'exact')
  );
}

function hasNormalization(type: string): boolean {
  return type === 'DATE' || FIGURE_TYPES.has(type);
}

/** Accumulates documents and reports per-type scores. */
export class Scorer {
  private readonly counts = new Map<
    string,
    { gold: number; predicted: number; lenient: number; strict: number; checked: number; correct: number }
  >();
  readonly errors: { doc: string; type: string; kind: 'missed' | 'spurious' | 'wrong-form' | 'boundary'; gold?: ScoredSpan; predicted?: ScoredSpan }[] = [];

  /**
   * @param types the types scored
   * @param checkNormalization false for gold without normalized forms (ThaiNER), so no share is reported
   */
  constructor(
    private readonly types: readonly string[],
    private readonly checkNormalization = true,
  ) {}

  /** Scores one document; spans of types outside the scorer's list are ignored. */
  add(doc: string, gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[]): void {
    for (const type of this.types) {
      const g = gold.filter((s) => s.type === type);
      const p = predicted.filter((s) => s.type === type);
      const lenient = align(g, p, false);
      const strict = align(g, p, true);
      const c = this.counts.get(type) ?? { gold: 0, predicted: 0, lenient: 0, strict: 0, checked: 0, correct: 0 };
      c.gold += g.length;
      c.predicted += p.length;
      c.lenient += lenient.pairs.length;
      c.strict += strict.pairs.length;
      for (const [gs, ps] of lenient.pairs) {
        const boundary = gs.start !== ps.start || gs.end !== ps.end;
        if (boundary) this.errors.push({ doc, type, kind: 'boundary', gold: gs, predicted: ps });
        if (!this.checkNormalization || !hasNormalization(type)) continue;
        c.checked++;
        if (sameNormalization(gs, ps)) c.correct++;
        else this.errors.push({ doc, type, kind: 'wrong-form', gold: gs, predicted: ps });
      }
      for (const m of lenient.missed) this.errors.push({ doc, type, kind: 'missed', gold: m });
      for (const s of lenient.spurious) this.errors.push({ doc, type, kind: 'spurious', predicted: s });
      this.counts.set(type, c);
    }
  }

  scores(): TypeScore[] {
    return this.types.map((type) => {
      const c = this.counts.get(type) ?? { gold: 0, predicted: 0, lenient: 0, strict: 0, checked: 0, correct: 0 };
      const score: TypeScore = {
        type,
        gold: c.gold,
        predicted: c.predicted,
        lenient: prf(c.lenient, c.gold, c.predicted),
        strict: prf(c.strict, c.gold, c.predicted),
      };
      if (this.checkNormalization && hasNormalization(type)) {
        score.normalized = { checked: c.checked, correct: c.correct, share: c.checked === 0 ? 1 : c.correct / c.checked };
      }
      return score;
    });
  }
}

/** Converts an extractor's annotation into the scorer's shape. */
export function toScored(a: ExtractedAnnotation): ScoredSpan {
  return { ...a };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

/** A fixed-width table of per-type scores. */
export function formatTable(title: string, scores: readonly TypeScore[]): string {
  const head = `${'type'.padEnd(10)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} | ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} (lenient) | ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} (strict) | norm`;
  const rows = scores.map((s) => {
    const norm = s.normalized === undefined ? '   -' : `${pct(s.normalized.share)}% of ${s.normalized.checked}`;
    return `${s.type.padEnd(10)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} | ${pct(s.lenient.precision)} ${pct(s.lenient.recall)} ${pct(s.lenient.f1)}           | ${pct(s.strict.precision)} ${pct(s.strict.recall)} ${pct(s.strict.f1)}          | ${norm}`;
  });
  return [`== ${title}`, head, '-'.repeat(head.length), ...rows].join('\n');
}
