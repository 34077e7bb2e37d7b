// Matching from the postings alone (no texts): names however the text was cut into words, needles across words, phrases, Latin words, highlights, stored rows.
import { describe, expect, it } from 'vitest';
import { fromStored, indexDocument, toStored, type DocPostings, type StoredDocPostings } from '../../../../shared/search/doc-postings';
import { SearchIndex, type SearchResults } from '../../../../shared/search/search-index';
import { addThaiBigrams, foldText } from '../../../../shared/search/search-tokens';
import { buildPassages } from '../../../../shared/search/snippet';
import { normalizeText } from '../../../../shared/text/normalize';

/**
 * A text cut into words by hand ('|' between pieces; a piece without letters or digits is not a word), as
 * another segmenter (another ICU version, at import time) may have cut it.
 */
function handCut(docId: string, marked: string): { text: string; postings: DocPostings } {
  let text = '';
  let tokenCount = 0;
  const terms = new Map<string, number[]>();
  for (const piece of marked.split('|')) {
    if (/[\p{L}\p{N}]/u.test(piece)) {
      const term = foldText(piece);
      terms.set(term, [...(terms.get(term) ?? []), text.length]);
      tokenCount++;
    }
    text += piece;
  }
  const grams = new Set<number>();
  addThaiBigrams(text, grams);
  return { text, postings: { docId, tokenCount, charLength: text.length, terms, grams } };
}

/** An index of texts (ICU-segmented, or hand-cut when the value holds '|'), and the texts for checking highlights. */
function indexOf(docs: Record<string, string>, dates: Record<string, string> = {}): { index: SearchIndex; texts: Map<string, string> } {
  const index = new SearchIndex();
  const texts = new Map<string, string>();
  for (const [id, raw] of Object.entries(docs)) {
    if (raw.includes('|')) {
      const { text, postings } = handCut(id, raw);
      index.add(postings, { date: dates[id] });
      texts.set(id, text);
    } else {
      const text = normalizeText(raw);
      index.addText(id, text, { date: dates[id] });
      texts.set(id, text);
    }
  }
  return { index, texts };
}

const ids = (r: SearchResults) => r.hits.map((h) => h.docId).sort();

/** The highlighted strings of every hit, by document. */
function marked(r: SearchResults, texts: Map<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of r.hits) out[h.docId] = h.highlights.map((x) => (texts.get(h.docId) ?? '').slice(x.start, x.end));
  return out;
}

describe('matching from postings, without texts', () => {
  it('highlights and counts every occurrence in a hit shown, inside a word and across words alike', () => {
    // Ranking looks across words only where nothing was found inside one; the hits shown get both.
    const { index, texts } = indexOf({ both: 'เมืองไฮฟอง| |และ| |ไฮ|ฟอง| |อีก', split: 'ท่า|ไฮ|ฟอง' });
    const r = index.search('ไฮฟอง');
    expect(ids(r)).toEqual(['both', 'split']);
    expect(marked(r, texts).both).toEqual(['ไฮฟอง', 'ไฮฟอง']);
    expect(r.hits.find((h) => h.docId === 'both')?.matches).toBe(2);
    expect(marked(r, texts).split).toEqual(['ไฮฟอง']);
  });

  it('finds a name however the text was cut into words: inside a longer word, split in two, on its own', () => {
    const { index, texts } = indexOf({
      inside: 'นคร|ไฮฟองซิตี้| |มี|ท่าเรือ',
      split: 'เมือง|ไฮ|ฟอง|มี|โครงการ',
      own: 'ท่าเรือ| |ไฮฟอง| |ใหญ่',
      icu: 'นักลงทุนไทยสนใจไฮฟองมากขึ้น',
      other: 'ท่าเรือ| |ดานัง| |ใหญ่',
    });
    const r = index.search('ไฮฟอง');
    expect(ids(r)).toEqual(['icu', 'inside', 'own', 'split']);
    expect(marked(r, texts)).toEqual({ icu: ['ไฮฟอง'], inside: ['ไฮฟอง'], own: ['ไฮฟอง'], split: ['ไฮฟอง'] });
  });

  it('finds a needle that runs across three words, starting and ending inside words', () => {
    const { index, texts } = indexOf({ haiphong: 'เมืองไฮฟองมีโครงการลงทุน', other: 'โครงการลงทุนของเมืองดานัง' });
    const r = index.search('องมีโครง');
    expect(ids(r)).toEqual(['haiphong']);
    expect(marked(r, texts)).toEqual({ haiphong: ['องมีโครง'] });
  });

  it('does not join words that are not side by side', () => {
    const { index, texts } = indexOf({
      together: 'นักลงทุนไทยสนใจ',
      // Every letter pair of ลงทุนไทย is here (นไ in ในไทย), but the words are apart.
      apart: 'นักลงทุนญี่ปุ่นและในไทย',
      spaced: 'นักลงทุน ไทย สนใจ',
    });
    const r = index.search('ลงทุนไทย');
    expect(ids(r)).toEqual(['together']);
    expect(marked(r, texts).together).toEqual(['ลงทุนไทย']);
  });

  it('takes a space between Thai words in a quoted phrase as optional, but no word may stand in its place', () => {
    const { index, texts } = indexOf({
      together: 'นักลงทุนไทยสนใจ',
      spaced: 'นักลงทุน ไทย สนใจ',
      twoSpaces: 'นักลงทุน  ไทย สนใจ',
      wordBetween: 'นักลงทุนและไทยสนใจ',
      apart: 'ลงทุน ญี่ปุ่น ไทย',
    });
    const r = index.search('"ลงทุน ไทย"');
    expect(ids(r)).toEqual(['spaced', 'together', 'twoSpaces']);
    expect(marked(r, texts)).toEqual({ together: ['ลงทุนไทย'], spaced: ['ลงทุน ไทย'], twoSpaces: ['ลงทุน  ไทย'] });
    // Without the space in the query, the text must not have one either.
    expect(ids(index.search('"ลงทุนไทย"'))).toEqual(['together']);
  });

  it('matches Latin words and numbers whole, also where ICU glued them to Thai letters', () => {
    const { index, texts } = indexOf({
      plain: 'BOI เผยยอดขอรับการส่งเสริม',
      glued: 'สิทธิประโยชน์ของBOI ปีนี้',
      hyphen: 'บริษัท Boi-Tech เปิดสาขา',
      longer: 'BOIL และ BOIS',
      year: 'ในพ.ศ.2566 และปี ๒๕๖๖',
      yearLonger: 'รหัส 25660',
      covid: 'สาธารณสุขในช่วงCOVID-19 ที่ผ่านมา',
      covidLonger: 'XCOVID-19 และ COVID-190',
    });
    expect(ids(index.search('BOI'))).toEqual(['glued', 'hyphen', 'plain']);
    expect(marked(index.search('boi'), texts).glued).toEqual(['BOI']);
    const year = index.search('2566');
    expect(ids(year)).toEqual(['year']);
    expect(marked(year, texts).year).toEqual(['2566', '๒๕๖๖']);
    expect(ids(index.search('พ.ศ.2566'))).toEqual(['year']);
    const covid = index.search('COVID-19');
    expect(ids(covid)).toEqual(['covid']);
    expect(marked(covid, texts).covid).toEqual(['COVID-19']);
  });

  it('applies date and document filters to matches found across words', () => {
    const { index } = indexOf(
      { split: 'เมือง|ไฮ|ฟอง|มี|โครงการ', own: 'ท่าเรือ| |ไฮฟอง| |ใหญ่', inside: 'นคร|ไฮฟองซิตี้' },
      { split: '2024-03-05', own: '2023-11-20', inside: '2024-06-01' },
    );
    expect(ids(index.search('ไฮฟอง', { dateFrom: '2024-01-01' }))).toEqual(['inside', 'split']);
    expect(ids(index.search('ไฮฟอง', { dateTo: '2024-03' }))).toEqual(['own', 'split']);
    expect(ids(index.search('ไฮฟอง', { allowDocIds: new Set(['own', 'inside']) }))).toEqual(['inside', 'own']);
    expect(ids(index.search('ไฮฟอง', { allowDocIds: new Set(['own']), dateFrom: '2024-01-01' }))).toEqual([]);
  });

  it('forgets removed documents, also after their postings are compacted away, and takes them back', () => {
    const index = new SearchIndex();
    const texts: Record<string, string> = {};
    for (let i = 0; i < 300; i++) texts[`d${i}`] = i % 2 === 0 ? `รายงานฉบับที่ ${i} เมืองไฮฟองมีโครงการ` : `รายงานฉบับที่ ${i} ท่าเรือดานัง`;
    texts.rare = 'ท่าเรือชัยนาทมีสินค้า';
    for (const [id, text] of Object.entries(texts)) index.addText(id, normalizeText(text));
    expect(index.search('ไฮฟอง', { limit: 1000 }).total).toBe(150);
    // Removing more than a quarter of the documents drops their postings for good.
    for (let i = 0; i < 300; i += 2) index.remove(`d${i}`);
    index.remove('rare');
    expect(index.search('ไฮฟอง').total).toBe(0);
    expect(index.search('ชัยนาท').total).toBe(0);
    expect(index.search('ดานัง', { limit: 1000 }).total).toBe(150);
    index.compact();
    expect(index.search('ไฮฟอง').total).toBe(0);
    expect(index.stats().docs).toBe(150);
    index.addText('rare', normalizeText(texts.rare));
    index.addText('d0', normalizeText(texts.d0));
    expect(ids(index.search('ชัยนาท'))).toEqual(['rare']);
    expect(ids(index.search('ไฮฟอง'))).toEqual(['d0']);
    expect(index.size).toBe(152);
  });

  it('highlights the needle itself in the normalized text, in order, and passages can be cut later from them', () => {
    const { index, texts } = indexOf({
      a: 'เวียดนามเปิดเขตเศรษฐกิจใหม่\nเมืองไฮฟองมีโครงการลงทุนจากต่างประเทศ\nนักลงทุนไทยสนใจไฮฟองมากขึ้น',
      b: 'การลงทุนจากต่างประเทศในพื้นที่ EEC เพิ่มขึ้น\nไฮฟอง และ EEC',
    });
    const r = index.search('ไฮฟอง "การลงทุนจากต่างประเทศ" EEC');
    expect(ids(r)).toEqual(['b']);
    const text = texts.get('b') ?? '';
    const hit = r.hits[0];
    expect(hit.highlights.map((h) => [text.slice(h.start, h.end), h.unit])).toEqual([
      ['การลงทุนจากต่างประเทศ', 1],
      ['EEC', 2],
      ['ไฮฟอง', 0],
      ['EEC', 2],
    ]);
    const passages = buildPassages(text, text.length, hit.highlights);
    expect(passages.map((p) => text.slice(p.start, p.end))).toEqual(text.split('\n'));
    const a = index.search('ไฮฟอง').hits.find((h) => h.docId === 'a');
    const textA = texts.get('a') ?? '';
    expect(a?.highlights.map((h) => textA.slice(h.start, h.end))).toEqual(['ไฮฟอง', 'ไฮฟอง']);
  });

  it('finds the same documents with or without the texts (getText only cuts passages)', () => {
    const { index, texts } = indexOf({
      haiphong: 'เวียดนามเปิดเขตเศรษฐกิจใหม่\nเมืองไฮฟองมีโครงการลงทุนจากต่างประเทศ 211 โครงการ ในปี ๒๕๖๗',
      boi: 'BOI เผยยอดขอรับการส่งเสริมการลงทุน ปี 2567\nการลงทุนจากต่างประเทศในพื้นที่ EEC เพิ่มขึ้น',
      reversed: 'ต่างประเทศ การลงทุน ลดลง\nบริษัท Boi-Tech เปิดสาขาใหม่',
      pm: 'นายเศรษฐา ทวีสิน นายกรัฐมนตรี พบนักลงทุนญี่ปุ่น',
    });
    const getText = (id: string) => texts.get(id);
    for (const q of ['ไฮฟอง', 'เศรษฐา ทวีสิน', '"ต่างประเทศ การลงทุน"', 'การลงทุนจากต่างประเทศ', 'boi-tech', '2567', '"การลงทุน"']) {
      const withTexts = index.search(q, { getText });
      const without = index.search(q);
      expect(ids(without)).toEqual(ids(withTexts));
      expect(without.hits.map((h) => h.highlights)).toEqual(withTexts.hits.map((h) => h.highlights));
    }
  });
});

describe('stored postings (v2)', () => {
  const text = normalizeText('เมืองไฮฟองมีโครงการลงทุนจากต่างประเทศ 211 โครงการ ในปี ๒๕๖๗\nนักลงทุนไทยสนใจไฮฟองมากขึ้น BOI');

  it('is a few large values and reads back to the same postings', () => {
    const p = indexDocument('haiphong', text);
    const row = toStored(p);
    expect(row.v).toBe(2);
    expect(typeof row.terms).toBe('string');
    expect(row.terms.split('\n').sort()).toEqual([...p.terms.keys()].sort());
    expect(typeof row.grams).toBe('string');
    expect(row.grams.length).toBe(2 * p.grams.size);
    expect(row.positions).toBeInstanceOf(Uint32Array);
    expect(row.ends).toBeInstanceOf(Uint32Array);
    expect(fromStored(structuredClone(row))).toEqual(p);
    expect(fromStored(toStored(indexDocument('empty', '')))).toEqual(indexDocument('empty', ''));
  });

  it('rebuilds an index (row by row, or all at once) that answers like the one built from texts', () => {
    const docs: Record<string, string> = {
      haiphong: text,
      boi: normalizeText('BOI เผยยอดขอรับการส่งเสริมการลงทุน ปี 2567\nการลงทุนจากต่างประเทศในพื้นที่ EEC เพิ่มขึ้น'),
      covid: normalizeText('สาธารณสุขในช่วงCOVID-19 ที่ผ่านมา ไฮ ฟอง'),
    };
    const fromTexts = new SearchIndex();
    const rowByRow = new SearchIndex();
    const rows: StoredDocPostings[] = [];
    for (const [id, t] of Object.entries(docs)) {
      fromTexts.addText(id, t, { date: '2024-01-01' });
      const row = structuredClone(toStored(indexDocument(id, t)));
      rows.push(row);
      rowByRow.addStored(row, { date: '2024-01-01' });
    }
    const allAtOnce = SearchIndex.fromStored(rows, () => ({ date: '2024-01-01' }));
    for (const q of ['ไฮฟอง', '"การลงทุนจากต่างประเทศ"', 'boi 2567', 'COVID-19', 'องมีโครง', '"ไฮ ฟอง"']) {
      expect(rowByRow.search(q)).toEqual(fromTexts.search(q));
      expect(allAtOnce.search(q)).toEqual(fromTexts.search(q));
    }
    expect(rowByRow.stats()).toEqual(fromTexts.stats());
    // Adding a stored row again replaces the document.
    rowByRow.addStored(rows[0]);
    expect(rowByRow.size).toBe(3);
    expect(ids(rowByRow.search('ไฮฟอง'))).toEqual(['haiphong']);
    expect(ids(rowByRow.search('"ไฮ ฟอง"'))).toEqual(['covid', 'haiphong']);
  });

  it('leaves a row of another version out of the index (its document gets indexed again from its text)', () => {
    const index = new SearchIndex();
    const row = { ...toStored(indexDocument('old', text)), v: 1 } as unknown as StoredDocPostings;
    expect(index.addStored(row)).toBe(false);
    expect(index.has('old')).toBe(false);
    expect(index.search('ไฮฟอง').total).toBe(0);
    expect(index.addStored(toStored(indexDocument('old', text)))).toBe(true);
    expect(ids(index.search('ไฮฟอง'))).toEqual(['old']);
    expect(() => fromStored(row)).toThrow(/v1/);
  });
});

describe('trim', () => {
  it('gives back the room kept for growing without changing any result, and the index keeps growing after it', () => {
    const { index, texts } = indexOf({ a: 'นคร|ไฮฟองซิตี้| |มี|ท่าเรือ', b: 'ท่า|ไฮ|ฟอง', c: 'BOI| |ไฮฟอง' });
    const before = index.search('ไฮฟอง');
    index.trim();
    const after = index.search('ไฮฟอง');
    expect(ids(after)).toEqual(ids(before));
    expect(marked(after, texts)).toEqual(marked(before, texts));
    index.addText('d', 'เมืองไฮฟองเวียดนาม');
    expect(ids(index.search('ไฮฟอง'))).toEqual(['a', 'b', 'c', 'd']);
  });
});
