// The figures table's rows: kept figures by default, open suggestions on request, never rejected ones, with periods.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/import-file';
import { AnnotationsRepo } from '../../../../renderer/db/annotations-repo';
import { openDatabase } from '../../../../renderer/db/database';
import { DocumentsRepo } from '../../../../renderer/db/documents-repo';
import { FiguresRepo } from '../../../../renderer/db/figures-repo';

describe('FiguresRepo', () => {
  it('lists kept figures, adds open suggestions when asked, leaves rejected ones out, and reads periods', async () => {
    const db = openDatabase('figures-1');
    const text = 'ไฮฟองส่งออก\n\nในปี 2567 การส่งออกไปยังเบลเยียมมีมูลค่ากว่า 25 ล้านดอลลาร์สหรัฐ และนำเข้า 10 ล้านดอลลาร์สหรัฐ เพิ่มขึ้นร้อยละ 12';
    const r = await importFile({ name: 'a.txt', bytes: new TextEncoder().encode(text) });
    if (!r.ok) throw new Error('fixture');
    await new DocumentsRepo(db).addParsed(r.document);
    const anns = new AnnotationsRepo(db);
    const all = await anns.forDocument(r.document.id);
    const money = all.filter((a) => a.type === 'MONEY');
    const percent = all.find((a) => a.type === 'PERCENT')!;
    expect(money.map((m) => m.quote)).toEqual(['25 ล้านดอลลาร์สหรัฐ', '10 ล้านดอลลาร์สหรัฐ']);
    await anns.put({ ...money[0], status: 'accepted' });
    await anns.put({ ...percent, status: 'rejected' });

    const repo = new FiguresRepo(db);
    const kept = await repo.list({ includeSuggestions: false, limit: 100 });
    expect(kept.map((k) => [k.figure.quote, k.figure.status, k.startDate, k.endDate])).toEqual([
      ['25 ล้านดอลลาร์สหรัฐ', 'accepted', '2024-01-01', '2024-12-31'],
    ]);
    const withSuggestions = await repo.list({ includeSuggestions: true, limit: 100 });
    expect(withSuggestions.map((k) => [k.figure.quote, k.figure.status])).toEqual([
      ['25 ล้านดอลลาร์สหรัฐ', 'accepted'],
      ['10 ล้านดอลลาร์สหรัฐ', 'suggested'],
    ]);
    expect(withSuggestions[0].document.title).toBe('ไฮฟองส่งออก');
    await db.delete();
  });
});
