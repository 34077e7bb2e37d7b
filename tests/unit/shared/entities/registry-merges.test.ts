// Merge suggestions between registry entities: each rule, its evidence, and refusals that stick.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../shared/model/annotation';
import type { EntityRecord } from '../../../../shared/model/records';
import { newEntity } from '../../../../shared/entities/registry';
import { pairKey } from '../../../../shared/entities/merge-suggester';
import { gazetteerEntryName, registryMergeSuggestions, type RegistryMention } from '../../../../shared/entities/registry-merges';

const now = '2026-01-01';
let at = 0;
function mention(e: EntityRecord, quote: string, docId: string): RegistryMention {
  at += 10;
  return { entityId: e.id, type: e.type, quote, docId, start: at, end: at + quote.length };
}
const entity = (id: string, type: EntityType, ...forms: string[]) => newEntity(type, forms, id, now);

describe('registryMergeSuggestions', () => {
  it('proposes gazetteer and transliteration pairs with their evidence; the better-known entity is kept', () => {
    const us = entity('us', 'LOC', 'สหรัฐฯ');
    const usa = entity('usa', 'LOC', 'สหรัฐอเมริกา');
    const jacob = entity('j1', 'PERSON', 'จาค็อบ เฮลเบิร์ก');
    const jakob = entity('j2', 'PERSON', 'เจคอบ เฮลเบิร์ก');
    const pairs = registryMergeSuggestions(
      [us, usa, jacob, jakob],
      [mention(us, 'สหรัฐฯ', 'a'), mention(us, 'สหรัฐฯ', 'b'), mention(usa, 'สหรัฐอเมริกา', 'c'), mention(jacob, 'จาค็อบ เฮลเบิร์ก', 'a'), mention(jakob, 'เจคอบ เฮลเบิร์ก', 'a')],
    );
    expect(pairs.map((p) => [p.type, p.keep, p.drop, p.reasons.map((r) => r.rule)])).toEqual([
      ['PERSON', 'j1', 'j2', ['transliteration']],
      ['LOC', 'us', 'usa', ['gazetteer']],
    ]);
    expect(pairs[0]!.reasons[0]!.docId).toBe('a');
    expect(pairs[1]!.reasons[0]!.entryId).toBe('us');
    expect(pairs[1]!.reasons[0]!.key).toBe(pairKey('LOC', 'สหรัฐฯ', 'สหรัฐอเมริกา'));
  });

  it('proposes an in-text definition with the document that makes it', () => {
    const boi = entity('o1', 'ORG', 'สำนักงานคณะกรรมการส่งเสริมการลงทุน');
    const acronym = entity('o2', 'ORG', 'KPC-TH');
    const pairs = registryMergeSuggestions(
      [boi, acronym],
      [mention(boi, 'สำนักงานคณะกรรมการส่งเสริมการลงทุน', 'd9'), mention(acronym, 'KPC-TH', 'd9')],
      [{ type: 'ORG', a: 'สำนักงานคณะกรรมการส่งเสริมการลงทุน', b: 'KPC-TH', docId: 'd9' }],
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.reasons[0]).toMatchObject({ rule: 'definition', docId: 'd9' });
  });

  it('never proposes a refused pair, even through another name of the same entities', () => {
    const us = entity('us', 'LOC', 'สหรัฐฯ', 'ประเทศสหรัฐฯ');
    const usa = entity('usa', 'LOC', 'สหรัฐอเมริกา');
    const mentions = [mention(us, 'สหรัฐฯ', 'a'), mention(us, 'ประเทศสหรัฐฯ', 'a'), mention(usa, 'สหรัฐอเมริกา', 'b')];
    expect(registryMergeSuggestions([us, usa], mentions)).toHaveLength(1);
    const refused = new Set([pairKey('LOC', 'สหรัฐอเมริกา', 'สหรัฐฯ')]);
    expect(registryMergeSuggestions([us, usa], mentions, [], refused)).toEqual([]);
  });

  it('says nothing about forms of one entity, names that are merely close, or entities without mentions', () => {
    const dien = entity('p1', 'PERSON', 'เหงียน ฮ่อง เดียน', 'เหงียน ฮอง เดียน');
    const a = entity('p2', 'PERSON', 'นายสมชาย ใจดี');
    const b = entity('p3', 'PERSON', 'นายสมชัย ใจดี');
    const ghost = entity('p4', 'PERSON', 'เหงียน ฮ่อง เดียน');
    const pairs = registryMergeSuggestions(
      [dien, a, b, ghost],
      [mention(dien, 'เหงียน ฮ่อง เดียน', 'x'), mention(dien, 'เหงียน ฮอง เดียน', 'x'), mention(a, 'นายสมชาย ใจดี', 'x'), mention(b, 'นายสมชัย ใจดี', 'x')],
    );
    expect(pairs).toEqual([]);
  });

  it('names gazetteer entries in the UI language', () => {
    expect(gazetteerEntryName('us', 'th')).toBe('สหรัฐอเมริกา');
    expect(gazetteerEntryName('us', 'en')).toBe('United States');
    expect(gazetteerEntryName('no-such-entry', 'en')).toBe('no-such-entry');
  });
});
