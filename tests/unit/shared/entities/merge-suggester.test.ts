// Merge suggestions: which mentions the workbench proposes as one entity, which it keeps apart, and refusals.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntitySpan, EntityType } from '../../../../shared/model/annotation';
import type { EntityRecord } from '../../../../shared/model/records';
import {
  clusterMentions,
  entityForMention,
  gazetteerEntryId,
  inTextDefinitions,
  mergeSuggestions,
  pairKey,
  type EntityCluster,
  type EntityMention,
} from '../../../../shared/entities/merge-suggester';
import { extractEntities } from '../../../../shared/extract/entity-extractor';
import { normalizeText } from '../../../../shared/text/normalize';
import { hasShared, missingSharedMessage, sharedPath } from '../../../support/shared-data';

let pos = 0;
function m(type: EntityType, quote: string, docId = 'd1', role?: string): EntityMention {
  const start = pos;
  pos += quote.length + 1;
  return role === undefined ? { type, quote, docId, start, end: start + quote.length } : { type, quote, docId, start, end: start + quote.length, role };
}

/** The cluster that holds a surface form. */
function clusterOf(clusters: EntityCluster[], quote: string): EntityCluster {
  const c = clusters.find((x) => x.aliases.includes(quote));
  if (!c) throw new Error(`no cluster holds ${quote}`);
  return c;
}

function together(clusters: EntityCluster[], ...quotes: string[]): boolean {
  const c = clusterOf(clusters, quotes[0]!);
  return quotes.every((q) => c.aliases.includes(q));
}

describe('clusterMentions', () => {
  it("merges the seeds' variant spellings of one person", () => {
    const clusters = clusterMentions([
      m('PERSON', 'เหงียน ฮ่อง เดียน', 'a'),
      m('PERSON', 'เหงียน ฮอง เดียน', 'a'),
      m('PERSON', 'เหงียน ฮ่อง เดียน', 'a'),
      m('PERSON', 'จาค็อบ เฮลเบิร์ก', 'a'),
      m('PERSON', 'เจคอบ เฮลเบิร์ก', 'a'),
      m('PERSON', 'สหายเล เตียน เชา', 'b'),
      m('PERSON', 'สหายเล เตียน เจา', 'b'),
      m('PERSON', 'เล เตี่ยน เชา', 'b'),
    ]);
    expect(clusters).toHaveLength(3);
    const dien = clusterOf(clusters, 'เหงียน ฮอง เดียน');
    expect(dien).toMatchObject({ name: 'เหงียน ฮ่อง เดียน', type: 'PERSON', aliases: ['เหงียน ฮ่อง เดียน', 'เหงียน ฮอง เดียน'], mentions: 3 });
    expect(dien.reasons.map((r) => r.rule)).toEqual(['folding']);
    expect(together(clusters, 'จาค็อบ เฮลเบิร์ก', 'เจคอบ เฮลเบิร์ก')).toBe(true);
    expect(clusterOf(clusters, 'เจคอบ เฮลเบิร์ก').reasons.map((r) => r.rule)).toEqual(['transliteration']);
    expect(together(clusters, 'สหายเล เตียน เชา', 'สหายเล เตียน เจา', 'เล เตี่ยน เชา')).toBe(true);
  });

  it('merges transliteration variants only with evidence: same article or same role', () => {
    const apart = clusterMentions([m('PERSON', 'จาค็อบ เฮลเบิร์ก', 'a'), m('PERSON', 'เจคอบ เฮลเบิร์ก', 'b')]);
    expect(apart).toHaveLength(2);
    const role = 'รองเลขาธิการกระทรวงการต่างประเทศสหรัฐฯ';
    const byRole = clusterMentions([m('PERSON', 'จาค็อบ เฮลเบิร์ก', 'a', role), m('PERSON', 'เจคอบ เฮลเบิร์ก', 'b', role)]);
    expect(byRole).toHaveLength(1);
  });

  it('keeps apart names that are merely close', () => {
    const clusters = clusterMentions([
      m('PERSON', 'นายสมชาย ใจดี'),
      m('PERSON', 'นายสมชัย ใจดี'),
      m('PERSON', 'สมชาย'),
      m('PERSON', 'สมชัย'),
      m('LOC', 'ฮานอย'),
      m('LOC', 'ฮาลอง'),
      m('LOC', 'เกาหลีใต้'),
      m('LOC', 'เกาหลีเหนือ'),
      m('PERSON', 'จาค็อบ เฮลเบิร์ก'),
      m('PERSON', 'จาค็อบ ชมิดท์'),
    ]);
    expect(clusters).toHaveLength(10);
    expect(clusters.every((c) => c.aliases.length === 1)).toBe(true);
  });

  it('keeps apart names of two gazetteer entries even when they fold alike', () => {
    expect(gazetteerEntryId('กพร.', 'ORG')).not.toBe(gazetteerEntryId('ก.พ.ร.', 'ORG'));
    expect(clusterMentions([m('ORG', 'กพร.'), m('ORG', 'ก.พ.ร.')])).toHaveLength(2);
  });

  it('never merges across types', () => {
    expect(clusterMentions([m('LOC', 'ไทย'), m('ORG', 'ไทย')])).toHaveLength(2);
  });

  it('merges what one gazetteer entry names: สหรัฐฯ / สหรัฐอเมริกา / ประเทศสหรัฐฯ, สปป. ลาว / ลาว', () => {
    expect(gazetteerEntryId('สหรัฐฯ', 'LOC')).toBe(gazetteerEntryId('สหรัฐอเมริกา', 'LOC'));
    expect(gazetteerEntryId('ประเทศสหรัฐฯ', 'LOC')).toBe(gazetteerEntryId('สหรัฐฯ', 'LOC'));
    const clusters = clusterMentions([
      m('LOC', 'สหรัฐฯ'),
      m('LOC', 'สหรัฐอเมริกา'),
      m('LOC', 'สหรัฐฯ'),
      m('LOC', 'สปป. ลาว', 'x'),
      m('LOC', 'ลาว', 'y'),
      m('LOC', 'เกาหลีใต้'),
      m('LOC', 'เกาหลีเหนือ'),
    ]);
    const us = clusterOf(clusters, 'สหรัฐอเมริกา');
    expect(us).toMatchObject({ name: 'สหรัฐฯ', aliases: ['สหรัฐฯ', 'สหรัฐอเมริกา'], mentions: 3 });
    expect(us.reasons).toEqual([{ rule: 'gazetteer', a: 'สหรัฐฯ', b: 'สหรัฐอเมริกา', entryId: gazetteerEntryId('สหรัฐฯ', 'LOC') }]);
    expect(together(clusters, 'สปป. ลาว', 'ลาว')).toBe(true);
    expect(together(clusters, 'เกาหลีใต้', 'เกาหลีเหนือ')).toBe(false);
  });

  it('remembers a refusal: a refused pair stays apart, whatever rule would join it', () => {
    const mentions = [m('PERSON', 'จาค็อบ เฮลเบิร์ก'), m('PERSON', 'เจคอบ เฮลเบิร์ก'), m('LOC', 'สหรัฐฯ'), m('LOC', 'สหรัฐอเมริกา')];
    const proposed = clusterMentions(mentions);
    expect(proposed).toHaveLength(2);
    const suggestions = mergeSuggestions(proposed);
    expect(suggestions.map((s) => s.rule).sort()).toEqual(['gazetteer', 'transliteration']);
    const refused = new Set([pairKey('PERSON', 'เจคอบ เฮลเบิร์ก', 'จาค็อบ เฮลเบิร์ก'), pairKey('LOC', 'สหรัฐอเมริกา', 'สหรัฐฯ')]);
    expect(suggestions.every((s) => refused.has(s.key))).toBe(true);
    expect(clusterMentions(mentions, gazetteerEntryId, [], refused)).toHaveLength(4);
  });

  it('a refusal between two forms does not stop a third form joining one of them', () => {
    const refused = new Set([pairKey('PERSON', 'เหงียน ฮ่อง เดียน', 'เหงียน ฮอง เดียน')]);
    const clusters = clusterMentions(
      [m('PERSON', 'เหงียน ฮ่อง เดียน'), m('PERSON', 'เหงียน ฮอง เดียน'), m('PERSON', 'สหายเหงียน ฮอง เดียน')],
      gazetteerEntryId,
      [],
      refused,
    );
    expect(clusters).toHaveLength(2);
    expect(together(clusters, 'เหงียน ฮ่อง เดียน', 'เหงียน ฮอง เดียน')).toBe(false);
    expect(clusterOf(clusters, 'สหายเหงียน ฮอง เดียน').aliases).toHaveLength(2);
  });

  it('names a cluster by its most frequent, then longest, surface form', () => {
    const [c] = clusterMentions([m('LOC', 'เซินเจิ้น'), m('LOC', 'นครเซินเจิ้น'), m('LOC', 'เซินเจิ้น')]);
    expect(c).toMatchObject({ name: 'เซินเจิ้น', aliases: ['เซินเจิ้น', 'นครเซินเจิ้น'], mentions: 3 });
    const [d] = clusterMentions([m('LOC', 'เซินเจิ้น'), m('LOC', 'นครเซินเจิ้น')]);
    expect(d!.name).toBe('นครเซินเจิ้น');
  });
});

describe('inTextDefinitions', () => {
  const spans = (text: string, items: Array<[EntityType, string, number?]>): EntitySpan[] =>
    items.map(([type, quote, from]) => {
      const start = text.indexOf(quote, from ?? 0);
      return { type, quote, start, end: start + quote.length };
    });

  it('pairs NAME (ACRONYM), ACRONYM (NAME) and a bracketed name in the other script', () => {
    const text =
      'สำนักงานคณะกรรมการส่งเสริมการลงทุน (บีโอไอ) ร่วมกับ KPC (Korea Productivity Center) และนายสำลี บุษดี (Mr. Samly Boutsady) ' +
      'กับกระทรวงเศรษฐกิจการค้าและอุตสาหกรรมญี่ปุ่น (Ministry of Economy, Trade and Industry: METI)';
    const ents = spans(text, [
      ['ORG', 'สำนักงานคณะกรรมการส่งเสริมการลงทุน'],
      ['ORG', 'บีโอไอ'],
      ['ORG', 'KPC'],
      ['ORG', 'Korea Productivity Center'],
      ['PERSON', 'นายสำลี บุษดี'],
      ['PERSON', 'Mr. Samly Boutsady'],
      ['ORG', 'กระทรวงเศรษฐกิจการค้าและอุตสาหกรรมญี่ปุ่น'],
      ['ORG', 'Ministry of Economy, Trade and Industry'],
      ['ORG', 'METI'],
    ]);
    const pairs = inTextDefinitions(text, ents).map((p) => `${p.a} = ${p.b}`);
    expect(pairs).toEqual([
      'สำนักงานคณะกรรมการส่งเสริมการลงทุน = บีโอไอ',
      'KPC = Korea Productivity Center',
      'นายสำลี บุษดี = Mr. Samly Boutsady',
      'กระทรวงเศรษฐกิจการค้าและอุตสาหกรรมญี่ปุ่น = Ministry of Economy, Trade and Industry',
      'กระทรวงเศรษฐกิจการค้าและอุตสาหกรรมญี่ปุ่น = METI',
      'Ministry of Economy, Trade and Industry = METI',
    ]);
    const mentions = ents.map((e) => ({ ...e, docId: 'd' }));
    const clusters = clusterMentions(mentions, gazetteerEntryId, inTextDefinitions(text, ents));
    expect(together(clusters, 'สำนักงานคณะกรรมการส่งเสริมการลงทุน', 'บีโอไอ')).toBe(true);
    expect(together(clusters, 'นายสำลี บุษดี', 'Mr. Samly Boutsady')).toBe(true);
    expect(together(clusters, 'METI', 'Ministry of Economy, Trade and Industry', 'กระทรวงเศรษฐกิจการค้าและอุตสาหกรรมญี่ปุ่น')).toBe(true);
    expect(clusterOf(clusters, 'บีโอไอ').reasons.some((r) => r.rule === 'definition' || r.rule === 'gazetteer')).toBe(true);
  });

  it('does not take a place and its country, or a bracket with other words, for a definition', () => {
    const text = 'ไฮฟอง - แอนต์เวิร์ป (ราชอาณาจักรเบลเยียม) และเมืองหนึ่ง (ฮานอย) กับกระทรวงพาณิชย์ (ของ MOTIE)';
    const ents = spans(text, [
      ['LOC', 'ไฮฟอง'],
      ['LOC', 'แอนต์เวิร์ป'],
      ['LOC', 'ราชอาณาจักรเบลเยียม'],
      ['LOC', 'เมืองหนึ่ง'],
      ['LOC', 'ฮานอย'],
      ['ORG', 'กระทรวงพาณิชย์'],
      ['ORG', 'MOTIE'],
    ]);
    expect(inTextDefinitions(text, ents)).toEqual([]);
  });

  it('joins clusters only through names that are mentioned', () => {
    const clusters = clusterMentions([m('ORG', 'KPC')], gazetteerEntryId, [{ type: 'ORG', a: 'KPC', b: 'Korea Productivity Center' }]);
    expect(clusters).toHaveLength(1);
  });
});

describe('entityForMention', () => {
  const registry: EntityRecord[] = [
    { id: 'e1', type: 'PERSON', name: 'เหงียน ฮ่อง เดียน', aliases: ['เหงียน ฮอง เดียน'] },
    { id: 'e2', type: 'LOC', name: 'สหรัฐฯ', aliases: ['สหรัฐอเมริกา'] },
  ];
  it('links a new annotation whose text matches a known alias (exactly or folded)', () => {
    expect(entityForMention(registry, 'LOC', 'สหรัฐอเมริกา')?.id).toBe('e2');
    expect(entityForMention(registry, 'PERSON', 'สหายเหงียน ฮ่อง เดียน')?.id).toBe('e1');
    expect(entityForMention(registry, 'ORG', 'สหรัฐฯ')).toBeUndefined();
    expect(entityForMention(registry, 'PERSON', 'สมชาย')).toBeUndefined();
  });
});

const seedsPresent = hasShared('corpus', 'seeds') && hasShared('gold', 'seeds');

describe.skipIf(!seedsPresent)('entity clusters over the five seeds', () => {
  type GoldFile = { annotations: Array<{ type: string; start: number; end: number; quote: string }> };
  const load = (useGold: boolean) => {
    const dir = sharedPath('corpus', 'seeds');
    const mentions: EntityMention[] = [];
    const definitions: ReturnType<typeof inTextDefinitions> = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = normalizeText(readFileSync(join(dir, f), 'utf8'));
      let ents: EntitySpan[];
      if (useGold) {
        const gold = JSON.parse(readFileSync(sharedPath('gold', 'seeds', f.replace(/\.txt$/, '.json')), 'utf8')) as GoldFile;
        ents = gold.annotations.filter((a): a is EntitySpan => ['PERSON', 'ORG', 'LOC', 'PROGRAMME'].includes(a.type));
      } else {
        ents = extractEntities(text);
      }
      for (const e of ents) mentions.push({ type: e.type, quote: e.quote, docId: f, start: e.start, end: e.end });
      definitions.push(...inTextDefinitions(text, ents));
    }
    return clusterMentions(mentions, gazetteerEntryId, definitions);
  };

  for (const source of ['gold', 'extracted'] as const) {
    it(`cluster the seed variants together (${source} spans)`, () => {
      const clusters = load(source === 'gold');
      expect(together(clusters, 'เหงียน ฮ่อง เดียน', 'เหงียน ฮอง เดียน')).toBe(true);
      expect(together(clusters, 'สหายเล เตียน เชา', 'สหายเล เตียน เจา', 'เล เตี่ยน เชา')).toBe(true);
      expect(together(clusters, 'จาค็อบ เฮลเบิร์ก', 'เจคอบ เฮลเบิร์ก')).toBe(true);
      expect(together(clusters, 'สหรัฐฯ', 'สหรัฐอเมริกา')).toBe(true);
      expect(together(clusters, 'เบลเยียม', 'ราชอาณาจักรเบลเยียม')).toBe(true);
      expect(together(clusters, 'ไทย', 'ประเทศไทย')).toBe(true);
      expect(together(clusters, 'เซินเจิ้น', 'นครเซินเจิ้น', 'เมืองเซินเจิ้น')).toBe(true);
      expect(together(clusters, 'นายสำลี บุษดี', 'Mr. Samly Boutsady')).toBe(true);
      expect(together(clusters, 'Mr. Dae-jin Jeong', 'Mr.Dae-jin Jeong')).toBe(true);
      // Different people and places stay apart.
      const persons = clusters.filter((c) => c.type === 'PERSON');
      expect(persons.find((c) => c.aliases.includes('เหงียน ฮ่อง เดียน'))!.aliases).toHaveLength(2);
      expect(together(clusters, 'แอนต์เวิร์ป', 'เบลเยียม')).toBe(false);
      expect(together(clusters, 'ไฮฟอง', 'เวียดนาม')).toBe(false);
      expect(clusters.every((c) => new Set(c.aliases).size === c.aliases.length)).toBe(true);
    });
  }
});

describe.skipIf(seedsPresent)('entity clusters over the five seeds (absent)', () => {
  it.skip(missingSharedMessage('corpus', 'seeds'), () => {});
});
