// Paragraphs and runs: every character rendered once, each run knows its innermost annotation.
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../../shared/model/records';
import { annotationsByParagraph, paragraphsOf, runsOf } from '../../../../renderer/features/reader/text-layout';

const ann = (id: string, start: number, end: number, type: AnnotationRecord['type'] = 'LOC') =>
  ({ id, docId: 'd', type, start, end, quote: '', status: 'manual', createdAt: '', updatedAt: '' }) as AnnotationRecord;

describe('text layout', () => {
  const text = 'SelectUSA 2025 ที่ไฮฟอง\n\nย่อหน้าสาม';

  it('splits paragraphs on line breaks, empty ones included', () => {
    expect(paragraphsOf(text).map((p) => text.slice(p.start, p.end))).toEqual(['SelectUSA 2025 ที่ไฮฟอง', '', 'ย่อหน้าสาม']);
  });

  it('cuts runs at annotation ends and puts the innermost annotation first', () => {
    const outer = ann('prog', 0, 14, 'PROGRAMME');
    const inner = ann('date', 10, 14, 'DATE');
    const [p] = paragraphsOf(text);
    const runs = runsOf(p, [outer, inner], { start: 18, end: 23 });
    expect(runs.map((r) => text.slice(r.start, r.end))).toEqual(['SelectUSA ', '2025', ' ที่', 'ไฮฟอง']);
    expect(runs.map((r) => r.covering.map((a) => a.id))).toEqual([['prog'], ['date', 'prog'], [], []]);
    expect(runs.map((r) => r.pending)).toEqual([false, false, false, true]);
  });

  it('puts an annotation that crosses a line break in both paragraphs', () => {
    const paras = paragraphsOf(text);
    const buckets = annotationsByParagraph(paras, [ann('a', 18, 30), ann('b', 25, 28)]);
    expect(buckets.map((b) => b.map((a) => a.id))).toEqual([['a'], ['a'], ['a', 'b']]);
  });
});
