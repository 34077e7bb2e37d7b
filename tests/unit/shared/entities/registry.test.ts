// The registry's record rules: keys follow aliases, a mention picks its entity, merges keep everything, filters fold, facts match by name.
import { describe, expect, it } from 'vitest';
import type { EntityRecord, FactRecord } from '../../../../shared/model/records';
import {
  entityKeys,
  factRole,
  matchesNameFilter,
  mergedEntity,
  newEntity,
  pickEntity,
  renamedEntity,
  withAliases,
  withoutAlias,
} from '../../../../shared/entities/registry';
import { foldName } from '../../../../shared/entities/name-folding';

const now = '2026-01-01T00:00:00.000Z';

describe('entity records', () => {
  it('a new entity is named by its first form and keyed by every folded form', () => {
    const e = newEntity('PERSON', ['เหงียน ฮ่อง เดียน', 'เหงียน ฮอง เดียน'], 'e1', now);
    expect(e.name).toBe('เหงียน ฮ่อง เดียน');
    expect(e.aliases).toEqual(['เหงียน ฮ่อง เดียน', 'เหงียน ฮอง เดียน']);
    expect(e.keys).toEqual([foldName('เหงียน ฮ่อง เดียน', 'PERSON')]);
    expect(e.createdAt).toBe(e.updatedAt);
  });

  it('adding and removing an alias keeps keys in step, and never drops the name', () => {
    const e = newEntity('LOC', ['สหรัฐฯ'], 'e1', now);
    const more = withAliases(e, ['สหรัฐอเมริกา', 'สหรัฐฯ']);
    expect(more.aliases).toEqual(['สหรัฐฯ', 'สหรัฐอเมริกา']);
    expect(more.keys).toContain(foldName('สหรัฐอเมริกา', 'LOC'));
    expect(withAliases(more, ['สหรัฐฯ'])).toBe(more);
    const back = withoutAlias(more, 'สหรัฐอเมริกา');
    expect(back.aliases).toEqual(['สหรัฐฯ']);
    expect(back.keys).toEqual(e.keys);
    expect(withoutAlias(back, 'สหรัฐฯ')).toBe(back);
  });

  it('a rename adds the new name to the aliases and marks the entity as edited', () => {
    const e = renamedEntity(newEntity('LOC', ['สหรัฐฯ'], 'e1', now), 'United States', '2026-02-01T00:00:00.000Z');
    expect(e.name).toBe('United States');
    expect(e.aliases).toEqual(['United States', 'สหรัฐฯ']);
    expect(e.keys).toContain('unitedstates');
    expect(e.updatedAt).not.toBe(e.createdAt);
  });

  it('a merge keeps the kept name, the union of aliases and keys, and both notes', () => {
    const keep = { ...newEntity('PERSON', ['จาค็อบ เฮลเบิร์ก'], 'a', now), note: 'US official' };
    const drop = { ...newEntity('PERSON', ['เจคอบ เฮลเบิร์ก'], 'b', now), note: 'ผู้แทนสหรัฐฯ' };
    const m = mergedEntity(keep, drop, now);
    expect(m.id).toBe('a');
    expect(m.name).toBe('จาค็อบ เฮลเบิร์ก');
    expect(m.aliases).toEqual(['จาค็อบ เฮลเบิร์ก', 'เจคอบ เฮลเบิร์ก']);
    expect(new Set(m.keys)).toEqual(new Set([...keep.keys!, ...drop.keys!]));
    expect(m.note).toContain('US official');
    expect(m.note).toContain('ผู้แทนสหรัฐฯ');
  });
});

describe('pickEntity', () => {
  const older: EntityRecord = { id: 'old', type: 'PERSON', name: 'สมชาย', aliases: ['สมชาย'], createdAt: '2025-01-01' };
  const newer: EntityRecord = { id: 'new', type: 'PERSON', name: 'นายสมชาย', aliases: ['นายสมชาย'], createdAt: '2025-06-01' };
  it('prefers the entity that has the mention as written, then the most mentioned, then the oldest', () => {
    expect(pickEntity([newer, older], 'นายสมชาย')?.id).toBe('new');
    expect(pickEntity([newer, older], 'ดร.สมชาย')?.id).toBe('old');
    expect(pickEntity([newer, older], 'ดร.สมชาย', new Map([['new', 4], ['old', 1]]))?.id).toBe('new');
    expect(pickEntity([], 'x')).toBeUndefined();
  });
});

describe('matchesNameFilter', () => {
  const us: EntityRecord = { id: 'us', type: 'LOC', name: 'ประเทศสหรัฐอเมริกา', aliases: ['ประเทศสหรัฐอเมริกา', 'สหรัฐฯ'], keys: entityKeys('LOC', ['ประเทศสหรัฐอเมริกา', 'สหรัฐฯ']) };
  const jeong: EntityRecord = { id: 'j', type: 'PERSON', name: 'Mr. Dae-jin Jeong', aliases: ['Mr. Dae-jin Jeong'] };
  it('matches folded parts of any name: tone marks, ฯ, spaces, case and prefixes set aside', () => {
    expect(matchesNameFilter(us, 'สหรัฐ')).toBe(true);
    expect(matchesNameFilter(us, 'ประเทศสหรัฐฯ')).toBe(true);
    expect(matchesNameFilter(us, 'อเมริกา')).toBe(true);
    expect(matchesNameFilter(us, 'ลาว')).toBe(false);
    expect(matchesNameFilter(jeong, 'dae jin')).toBe(true);
    expect(matchesNameFilter(jeong, 'DAE-JIN')).toBe(true);
    expect(matchesNameFilter(jeong, '  ')).toBe(true);
  });
});

describe('factRole', () => {
  const haiphong: EntityRecord = { id: 'hp', type: 'LOC', name: 'ไฮฟอง', aliases: ['ไฮฟอง', 'เมืองไฮฟอง'], keys: entityKeys('LOC', ['ไฮฟอง', 'เมืองไฮฟอง']) };
  const fact = (f: Partial<FactRecord>): FactRecord => ({ id: 'f', docId: 'd', annotationId: 'a', measure: 'export', periodKind: 'year', createdAt: now, ...f });
  it('finds the entity by the name written in the fact, folded, or by its id', () => {
    expect(factRole(fact({ subject: 'เมืองไฮฟอง', counterpart: 'เบลเยียม' }), haiphong)).toBe('subject');
    expect(factRole(fact({ subject: 'เบลเยียม', counterpart: 'นครไฮฟอง' }), haiphong)).toBe('counterpart');
    expect(factRole(fact({ subject: 'ไฮ่ฟอง', counterpart: 'ไฮฟอง' }), haiphong)).toBe('both');
    expect(factRole(fact({ subject: 'ไฮฟอง', subjectId: 'other' }), haiphong)).toBeUndefined();
    expect(factRole(fact({ subject: 'เมืองท่า', subjectId: 'hp' }), haiphong)).toBe('subject');
    expect(factRole(fact({}), haiphong)).toBeUndefined();
  });
});
