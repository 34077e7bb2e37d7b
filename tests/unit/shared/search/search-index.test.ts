// The search index: names inside unsegmented Thai, phrases, digits, case, filters, removal, stored form, passages.
import { describe, expect, it } from 'vitest';
import { fromStored, indexDocument, toStored } from '../../../../shared/search/doc-postings';
import { SearchIndex } from '../../../../shared/search/search-index';
import { normalizeText } from '../../../../shared/text/normalize';

const DOCS: Record<string, { text: string; date: string }> = {
  haiphong: {
    date: '2024-03-05',
    text: 'เวียดนามเปิดเขตเศรษฐกิจใหม่\nเมืองไฮฟองมีโครงการลงทุนจากต่างประเทศ 211 โครงการ ในปี ๒๕๖๗\nนักลงทุนไทยสนใจไฮฟองมากขึ้น',
  },
  boi: {
    date: '2024-05-10',
    text: 'BOI เผยยอดขอรับการส่งเสริมการลงทุน ปี 2567\nการลงทุนจากต่างประเทศในพื้นที่ EEC เพิ่มขึ้น',
  },
  reversed: {
    date: '2023-11-20',
    text: 'ต่างประเทศ การลงทุน ลดลง\nบริษัท Boi-Tech เปิดสาขาใหม่',
  },
  pm: {
    date: '2023-09-01',
    text: 'นายเศรษฐา ทวีสิน นายกรัฐมนตรี พบนักลงทุนญี่ปุ่น\nรัฐบาลเร่งดึงการลงทุนจากต่างประเทศ',
  },
};

function build(): { index: SearchIndex; getText: (id: string) => string | undefined } {
  const index = new SearchIndex();
  const texts = new Map<string, string>();
  for (const [id, d] of Object.entries(DOCS)) {
    const text = normalizeText(d.text);
    texts.set(id, text);
    index.addText(id, text, { date: d.date });
  }
  return { index, getText: (id) => texts.get(id) };
}

const ids = (r: { hits: { docId: string }[] }) => r.hits.map((h) => h.docId).sort();

describe('SearchIndex', () => {
  it('finds ไฮฟอง inside ไฮฟองมีโครงการ and highlights it', () => {
    const { index, getText } = build();
    const r = index.search('ไฮฟอง', { getText });
    expect(ids(r)).toEqual(['haiphong']);
    const text = getText('haiphong') ?? '';
    const marks = r.hits[0].passages.flatMap((p) => p.highlights.map((h) => text.slice(h.start, h.end)));
    expect(marks).toEqual(['ไฮฟอง', 'ไฮฟอง']);
    for (const p of r.hits[0].passages) expect(text.slice(p.start, p.end)).not.toContain('\n');
  });

  it('finds a name ICU splits (เศรษฐ|า) from the word postings alone', () => {
    const { index } = build();
    expect(ids(index.search('เศรษฐา'))).toEqual(['pm']);
  });

  it('matches a quoted phrase only as the exact sequence', () => {
    const { index, getText } = build();
    expect(ids(index.search('"การลงทุนจากต่างประเทศ"', { getText }))).toEqual(['boi', 'pm']);
    expect(ids(index.search('"ต่างประเทศ การลงทุน"', { getText }))).toEqual(['reversed']);
    // Unquoted it is found inside โครงการลงทุนจากต่างประเทศ too.
    expect(ids(index.search('การลงทุนจากต่างประเทศ', { getText }))).toEqual(['boi', 'haiphong', 'pm']);
    // Unquoted, both words anywhere.
    expect(ids(index.search('ต่างประเทศ การลงทุน', { getText }))).toEqual(['boi', 'haiphong', 'pm', 'reversed']);
  });

  it('matches Thai digits ๒๕๖๗ with 2567 both ways', () => {
    const { index, getText } = build();
    expect(ids(index.search('2567', { getText }))).toEqual(['boi', 'haiphong']);
    expect(ids(index.search('๒๕๖๗', { getText }))).toEqual(['boi', 'haiphong']);
    const text = getText('haiphong') ?? '';
    const h = index.search('2567', { getText }).hits.find((x) => x.docId === 'haiphong')?.passages[0].highlights[0];
    expect(h && text.slice(h.start, h.end)).toBe('๒๕๖๗');
  });

  it('matches Latin case-insensitively and as whole words', () => {
    const { index, getText } = build();
    expect(ids(index.search('boi', { getText }))).toEqual(['boi', 'reversed']);
    expect(ids(index.search('eec'))).toEqual(['boi']);
    expect(ids(index.search('boi-tech', { getText }))).toEqual(['reversed']);
  });

  it('applies date range and docId allow-list filters', () => {
    const { index, getText } = build();
    // Unquoted Thai is matched on characters: การลงทุน is inside โครงการลงทุน.
    expect(ids(index.search('การลงทุน', { getText, dateFrom: '2024-01-01' }))).toEqual(['boi', 'haiphong']);
    expect(ids(index.search('"การลงทุน"', { getText, dateFrom: '2024-01-01' }))).toEqual(['boi']);
    expect(ids(index.search('การลงทุน', { getText, dateTo: '2023-10' }))).toEqual(['pm']);
    expect(ids(index.search('การลงทุน', { getText, allowDocIds: new Set(['reversed', 'pm']) }))).toEqual(['pm', 'reversed']);
    expect(ids(index.search('ญี่ปุ่น', { getText, allowDocIds: new Set(['reversed', 'haiphong']) }))).toEqual([]);
    expect(index.search('', { dateFrom: '2024-01-01' }).hits.map((h) => h.docId)).toEqual(['boi', 'haiphong']);
    expect(index.search('').total).toBe(0);
  });

  it('removing a document removes its hits; re-adding brings them back', () => {
    const { index, getText } = build();
    expect(index.remove('haiphong')).toBe(true);
    expect(index.search('ไฮฟอง', { getText }).total).toBe(0);
    expect(ids(index.search('2567', { getText }))).toEqual(['boi']);
    index.compact();
    expect(index.search('ไฮฟอง', { getText }).total).toBe(0);
    index.addText('haiphong', getText('haiphong') ?? '');
    expect(ids(index.search('ไฮฟอง', { getText }))).toEqual(['haiphong']);
    expect(index.size).toBe(4);
  });

  it('round-trips the stored form (structured clone) to the same postings and results', () => {
    const p = indexDocument('haiphong', normalizeText(DOCS.haiphong.text));
    const stored = structuredClone(toStored(p));
    expect(fromStored(stored)).toEqual(p);
    const { index, getText } = build();
    const rows = Object.entries(DOCS).map(([id, d]) => structuredClone(toStored(indexDocument(id, normalizeText(d.text)))));
    const loaded = SearchIndex.fromStored(rows, (id) => ({ date: DOCS[id].date }));
    for (const q of ['ไฮฟอง', '"การลงทุนจากต่างประเทศ"', 'boi 2567', 'ญี่ปุ่น']) {
      expect(loaded.search(q, { getText })).toEqual(index.search(q, { getText }));
    }
    expect(loaded.stats()).toEqual(index.stats());
  });

  it('ranks a document with more matches higher and requires every unit', () => {
    const { index, getText } = build();
    expect(ids(index.search('ไฮฟอง BOI', { getText }))).toEqual([]);
    const r = index.search('ลงทุน', { getText });
    expect(r.total).toBe(4);
    expect(r.hits[0].score).toBeGreaterThanOrEqual(r.hits[3].score);
  });
});
