// Extraction run again adds only unseen spans: rejected stays rejected, accepted keeps its edits.
import { describe, expect, it } from 'vitest';
import type { ExtractedAnnotation } from '../../../../shared/model/annotation';
import type { AnnotationRecord } from '../../../../shared/model/records';
import { newSuggestions } from '../../../../renderer/features/annotate/reextract';

const money: ExtractedAnnotation = { type: 'MONEY', start: 5, end: 20, quote: '25 ล้านบาท', value: 25e6, unit: 'THB', qualifier: 'exact' };
const loc: ExtractedAnnotation = { type: 'LOC', start: 0, end: 5, quote: 'ไฮฟอง' };
const stored = (a: ExtractedAnnotation, status: AnnotationRecord['status'], extra: object = {}) =>
  ({ ...a, ...extra, id: `${a.type}-${status}`, docId: 'd', status, createdAt: '', updatedAt: '' }) as AnnotationRecord;

describe('newSuggestions', () => {
  it('does not suggest again what the analyst rejected or accepted', () => {
    expect(newSuggestions([stored(money, 'rejected'), stored(loc, 'accepted')], [money, loc])).toEqual([]);
  });
  it('adds what is new, and a different type on the same span is new', () => {
    const asCount = { ...money, type: 'COUNT' as const };
    expect(newSuggestions([stored(money, 'accepted', { value: 26e6 })], [money, asCount, loc])).toEqual([asCount, loc]);
  });
});
