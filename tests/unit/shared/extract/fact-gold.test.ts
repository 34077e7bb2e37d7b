// Asserts the fact-suggestion accuracy reached on the gold seed relations (skips without the shared data).
import { describe, expect, it } from 'vitest';
import { hasShared, missingSharedMessage, sharedPath } from '../../../support/shared-data';
import { scoreFacts } from '../../../eval/fact-eval';

const have = hasShared('gold', 'seeds', 'relations.json') && hasShared('corpus', 'seeds');

describe.skipIf(!have)('suggested facts on the gold seed relations', () => {
  if (!have) console.log(missingSharedMessage('gold', 'seeds', 'relations.json'));
  it('finds every gold figure and gets the fields right at the level measured when it was written', () => {
    const s = scoreFacts(sharedPath('gold', 'seeds', 'relations.json'), sharedPath('corpus', 'seeds'));
    expect(s.gold).toBe(12);
    expect(s.found).toBe(12);
    expect(s.measure / s.found).toBeGreaterThanOrEqual(1); // measured 12/12
    expect(s.dates / s.found).toBeGreaterThanOrEqual(1); // measured 12/12
    expect(s.subject / s.found).toBeGreaterThanOrEqual(0.9); // measured 11/12 (002: ลุ่มแม่น้ำโขง is only inside a PROGRAMME name)
    expect(s.counterpart / s.found).toBeGreaterThanOrEqual(0.9); // measured 11/12
    expect(s.allRight / s.found).toBeGreaterThanOrEqual(0.9); // measured 11/12
  });

  it('gets the Haiphong-Belgium trade and FDI facts all right', () => {
    const s = scoreFacts(sharedPath('gold', 'seeds', 'relations.json'), sharedPath('corpus', 'seeds'));
    const rows = s.rows.filter((r) => r.file.startsWith('001'));
    expect(rows).toHaveLength(9);
    for (const r of rows) expect([r.quote, r.measure && r.subject && r.counterpart && r.dates]).toEqual([r.quote, true]);
  });
});
