// Scores the entity extractor against the gold seeds and ThaiNER val; the floors catch regressions.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../shared/model/annotation';
import { extractEntities } from '../../../../shared/extract/entity-extractor';
import { hasShared, missingSharedMessage } from '../../../support/shared-data';
import { type Counts, loadSeeds, loadThaiNer, prf, scoreDoc, total } from '../../../eval/entity-dev';

const haveSeeds = hasShared('gold', 'seeds') && hasShared('corpus', 'seeds');
const haveThaiNer = hasShared('corpus', 'thainer-1.5.1', 'val.txt');

describe.skipIf(!haveSeeds)('entity F1 on the gold seeds', () => {
  if (!haveSeeds) console.log(missingSharedMessage('gold', 'seeds'));
  const counts = new Map<EntityType, Counts>();
  if (haveSeeds) for (const d of loadSeeds()) scoreDoc(d.gold, extractEntities(d.text), counts);

  it('reaches the overall level measured when it was written', () => {
    const all = total(counts, ['PERSON', 'ORG', 'LOC', 'PROGRAMME']);
    expect(all.gold).toBeGreaterThan(250);
    expect(prf(all, false).f).toBeGreaterThanOrEqual(0.95); // measured 0.970
    expect(prf(all, true).f).toBeGreaterThanOrEqual(0.93); // measured 0.951
  });

  it.each([
    ['PERSON', 0.95, 0.95],
    ['ORG', 0.93, 0.89],
    ['LOC', 0.97, 0.96],
    ['PROGRAMME', 0.86, 0.84],
  ] as const)('%s lenient F1 >= %s, strict F1 >= %s', (type, lenient, strict) => {
    const c = counts.get(type);
    expect(c).toBeDefined();
    if (!c) return;
    expect(prf(c, false).f).toBeGreaterThanOrEqual(lenient);
    expect(prf(c, true).f).toBeGreaterThanOrEqual(strict);
  });
});

describe.skipIf(!haveThaiNer)('PERSON/ORG/LOC F1 on ThaiNER 1.5.1 val', () => {
  if (!haveThaiNer) console.log(missingSharedMessage('corpus', 'thainer-1.5.1', 'val.txt'));
  it('stays above the target and the level measured when it was written', () => {
    const counts = new Map<EntityType, Counts>();
    for (const d of loadThaiNer('val')) {
      scoreDoc(d.gold, extractEntities(d.text).filter((s) => s.type !== 'PROGRAMME'), counts);
    }
    const all = total(counts, ['PERSON', 'ORG', 'LOC']);
    expect(prf(all, false).f).toBeGreaterThanOrEqual(0.8); // measured 0.829
    expect(prf(all, true).f).toBeGreaterThanOrEqual(0.7); // measured 0.733
    for (const t of ['PERSON', 'ORG', 'LOC'] as const) {
      const c = counts.get(t);
      expect(c && prf(c, false).f, t).toBeGreaterThanOrEqual(0.75);
    }
  });
});
