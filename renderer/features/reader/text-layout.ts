// Splits a document's text into paragraphs and each paragraph into runs covered by the same annotations.
import type { AnnotationRecord } from '../../../shared/model/records';

export interface Run {
  start: number;
  end: number;
  /** Annotations covering the run, innermost (shortest) first. */
  covering: AnnotationRecord[];
  pending: boolean;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (let i = 0; ; i++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ index: i, start, end });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/** Index of the paragraph that holds offset (binary search over paragraph starts). */
export function paragraphAt(paragraphs: Paragraph[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Groups annotations by the paragraphs they touch (an annotation across a line break is in each). */
export function annotationsByParagraph(paragraphs: Paragraph[], annotations: AnnotationRecord[]): AnnotationRecord[][] {
  const buckets: AnnotationRecord[][] = paragraphs.map(() => []);
  for (const a of annotations) {
    const last = paragraphAt(paragraphs, Math.max(a.start, a.end - 1));
    for (let i = paragraphAt(paragraphs, a.start); i <= last; i++) buckets[i].push(a);
  }
  return buckets;
}

export function runsOf(p: Paragraph, annotations: AnnotationRecord[], pending?: { start: number; end: number }): Run[] {
  const cuts = new Set([p.start, p.end]);
  const clip = (n: number) => Math.min(p.end, Math.max(p.start, n));
  for (const a of annotations) {
    cuts.add(clip(a.start));
    cuts.add(clip(a.end));
  }
  if (pending) {
    cuts.add(clip(pending.start));
    cuts.add(clip(pending.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = annotations
      .filter((a) => a.start <= start && a.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    runs.push({ start, end, covering, pending: !!pending && pending.start <= start && pending.end >= end });
  }
  return runs;
}

/** The text offset of a DOM selection point inside a rendered text pane (runs carry data-o, paragraphs data-start/data-end). */
export function domPointToOffset(node: Node, offset: number): number | undefined {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-o]');
    return run ? Number(run.dataset.o) + offset : undefined;
  }
  const el = node as HTMLElement;
  const para = el.closest<HTMLElement>('[data-start]');
  const child = el.childNodes[offset] as HTMLElement | undefined;
  if (child?.dataset?.o !== undefined) return Number(child.dataset.o);
  if (para) return offset === 0 ? Number(para.dataset.start) : Number(para.dataset.end);
  return undefined;
}
