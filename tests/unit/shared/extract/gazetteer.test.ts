// Gazetteer data checks (well-formed entries, unique ids, no conflicting names, 77 provinces) and trie matching rules.
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../../shared/model/annotation';
import { GAZETTEERS, NAME_LANGS, findGazetteerHits, gazetteerTrie } from '../../../../shared/extract/gazetteer';

const files = Object.entries(GAZETTEERS);

describe('gazetteer files', () => {
  it('have a valid type, a description and entries', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const [name, f] of files) {
      expect(ENTITY_TYPES, name).toContain(f.type);
      expect(f.description.length, name).toBeGreaterThan(10);
      expect(f.entries.length, name).toBeGreaterThan(10);
    }
  });

  it('hold well-formed entries with ids unique across all files', () => {
    const ids = new Set<string>();
    for (const [file, f] of files) {
      for (const e of f.entries) {
        expect(e.id, file).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(ids.has(e.id), `${file}: duplicate id ${e.id}`).toBe(false);
        ids.add(e.id);
        expect(e.kind.length, e.id).toBeGreaterThan(0);
        const langs = Object.keys(e.names);
        expect(langs.length, e.id).toBeGreaterThan(0);
        for (const lang of langs) expect(NAME_LANGS, e.id).toContain(lang);
        for (const lang of NAME_LANGS) {
          const names = e.names[lang] ?? [];
          expect(new Set(names).size, `${e.id} repeats a ${lang} name`).toBe(names.length);
          for (const n of names) {
            expect(n, e.id).toBe(n.trim());
            expect(n.length, e.id).toBeGreaterThan(1);
            expect(n, e.id).toBe(n.normalize('NFC'));
            expect(n, e.id).not.toMatch(/\u0E4D\u0E32|[\u00A0\u200B]/);
          }
        }
      }
    }
  });

  it('never give one name to two entries (so no name has conflicting types)', () => {
    const owner = new Map<string, string>();
    for (const [file, f] of files) {
      for (const e of f.entries) {
        for (const lang of NAME_LANGS) {
          for (const n of e.names[lang] ?? []) {
            const prev = owner.get(n);
            expect(prev === undefined || prev === `${f.type}:${e.id}`, `${n} in ${prev} and ${file}:${e.id}`).toBe(true);
            owner.set(n, `${f.type}:${e.id}`);
          }
        }
      }
    }
  });

  it('list the 77 provinces of Thailand, each with Thai and English names', () => {
    const provinces = GAZETTEERS['thai-provinces']?.entries ?? [];
    expect(provinces.length).toBe(77);
    for (const p of provinces) {
      expect(p.kind).toBe('province');
      expect(p.names.th?.length, p.id).toBeGreaterThan(0);
      expect(p.names.en?.length, p.id).toBeGreaterThan(0);
    }
  });

  it('cover the entities the seeds rely on as gazetteer facts', () => {
    const t = gazetteerTrie();
    for (const n of ['ราชอาณาจักรเบลเยียม', 'สหรัฐฯ', 'สปป. ลาว', 'ไฮฟอง', 'ฮานอย', 'โฮจิมินห์', 'ดานัง', 'ASEAN', 'อาเซียน',
      'WTO', 'APEC', 'JETRO', 'บีโอไอ', 'BOI', 'สำนักงานคณะกรรมการส่งเสริมการลงทุน', 'METI', 'MOTIE', 'MOIT', 'EEC']) {
      expect(t.has(n), n).toBe(true);
    }
  });
});

describe('findGazetteerHits', () => {
  const quotes = (text: string): string[] => findGazetteerHits(text).map((h) => text.slice(h.start, h.end));

  it('takes a place prefix written against the name into the span', () => {
    expect(quotes('เดินทางไปประเทศไทย')).toEqual(['ประเทศไทย']);
    expect(quotes('ที่กรุงโซล')).toEqual(['กรุงโซล']);
    expect(quotes('ณ จังหวัดระยอง')).toEqual(['จังหวัดระยอง']);
  });

  it('prefers the longest name at a position', () => {
    expect(quotes('สหรัฐอาหรับเอมิเรตส์')[0]).toBe('สหรัฐอาหรับเอมิเรตส์');
    expect(quotes('สปป. ลาว')[0]).toBe('สปป. ลาว');
  });

  it('matches a name that is also a common word only behind a prefix', () => {
    expect(quotes('ไม่ได้เลย')).toEqual([]);
    expect(quotes('จังหวัดเลย')).toEqual(['จังหวัดเลย']);
    expect(quotes('ผลปรากฏว่า')).toEqual([]);
  });

  it('does not match inside a syllable or a Latin word', () => {
    expect(quotes('ลาวา')).toEqual([]);
    expect(quotes('โซลาร์เซลล์')).toEqual([]);
    expect(quotes('BUSINESS')).toEqual([]);
    expect(quotes('the US market')).toEqual(['US']);
  });

  it('skips the country inside a currency name', () => {
    expect(quotes('10 ล้านดอลลาร์สหรัฐ')).toEqual([]);
  });

  it('finds the types of the different files', () => {
    const hits = findGazetteerHits('อาเซียน ไทย EEC');
    expect(hits.map((h) => h.type)).toEqual(['ORG', 'LOC', 'PROGRAMME']);
  });
});
