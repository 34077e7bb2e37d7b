// W3C Web Annotation export: kept annotations only, type as a tag, figure values described, both selectors re-anchor.
import { describe, expect, it } from 'vitest';
import { toWebAnnotations } from '../../../../shared/export/web-annotation';
import type { AnnotationRecord } from '../../../../shared/model/records';

const text = 'การลงทุนจากเบลเยียมรวมกว่า 758.5 ล้านดอลลาร์สหรัฐ ณ สิ้นเดือนตุลาคม';
const at = (s: string) => text.indexOf(s);
const base = { docId: 'd', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-02T00:00:00Z' };

describe('toWebAnnotations', () => {
  const anns: AnnotationRecord[] = [
    { ...base, id: '11111111-1111-4111-8111-111111111111', type: 'LOC', start: at('เบลเยียม'), end: at('เบลเยียม') + 8, quote: 'เบลเยียม', status: 'manual' },
    { ...base, id: '22222222-2222-4222-8222-222222222222', type: 'MONEY', start: at('758.5'), end: at('758.5') + 22, quote: '758.5 ล้านดอลลาร์สหรัฐ', status: 'accepted', value: 758500000, unit: 'USD', qualifier: 'over', note: 'สะสม' },
    { ...base, id: 's:d:DATE:1:2', type: 'DATE', start: 1, end: 2, quote: 'x', status: 'suggested' },
    { ...base, id: '33333333-3333-4333-8333-333333333333', type: 'PERSON', start: 0, end: 2, quote: 'กา', status: 'rejected' },
  ];
  const out = toWebAnnotations({ id: 'a'.repeat(64), sourceUrl: 'https://example.go.th/n/1' }, text, anns);

  it('exports kept annotations only, with the W3C context and the type as a tag', () => {
    expect(out).toHaveLength(2);
    expect(out[0]['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(out[0].body[0]).toEqual({ type: 'TextualBody', purpose: 'tagging', value: 'LOC' });
    expect(out[0].target.source).toBe('https://example.go.th/n/1');
  });

  it('describes the normalized value of a figure and keeps the note as a comment', () => {
    expect(JSON.parse(out[1].body[1].value as string)).toEqual({ value: 758500000, unit: 'USD', qualifier: 'over' });
    expect(out[1].motivation).toBe('commenting');
    expect(out[1].body.at(-1)).toEqual({ type: 'TextualBody', purpose: 'commenting', value: 'สะสม' });
  });

  it('gives selectors that find the span again by position and by quote', () => {
    const [pos, quote] = out[1].target.selector;
    expect(pos.type === 'TextPositionSelector' && text.slice(pos.start, pos.end)).toBe('758.5 ล้านดอลลาร์สหรัฐ');
    expect(quote.type === 'TextQuoteSelector' && text.indexOf(quote.prefix + quote.exact + quote.suffix)).toBe(0);
  });
});
