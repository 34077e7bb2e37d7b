// Entity annotations link to the registry as they are stored: one entity per name across documents, undo takes it back, relink and unlink.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../../shared/import/import-file';
import type { AnnotationRecord } from '../../../../shared/model/records';
import { AnnotationsRepo } from '../../../../renderer/db/annotations-repo';
import { openDatabase, type WorkbenchDb } from '../../../../renderer/db/database';
import { DocumentsRepo } from '../../../../renderer/db/documents-repo';
import { addAnnotations, deleteAnnotations, setStatus } from '../../../../renderer/features/annotate/annotation-commands';
import { newAnnotation, parseSpan } from '../../../../renderer/features/annotate/annotation-factory';
import { History } from '../../../../renderer/features/annotate/history';
import { relinkAnnotation } from '../../../../renderer/features/entities/entity-linking';

let db: WorkbenchDb;
let n = 0;
afterEach(async () => db?.delete());

function fresh() {
  db = openDatabase(`entities-link-${n++}`);
  const anns = new AnnotationsRepo(db);
  return { docs: new DocumentsRepo(db), anns, entities: anns.entities, history: new History() };
}

/** A document whose LOC suggestions are every occurrence of the given names. */
function article(id: string, text: string, names: string[]): ParsedDocument {
  const suggestions = names.flatMap((name) => {
    const out = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push({ type: 'LOC' as const, start: at, end: at + name.length, quote: name });
    return out;
  });
  return { id, fingerprint: `fp-${id}`, title: `ข่าว ${id}`, text, fileName: `${id}.txt`, format: 'txt', encoding: 'utf-8', suggestions };
}

const open = async (anns: AnnotationsRepo, docId: string) => (await anns.forDocument(docId)).filter((a) => a.status === 'suggested');

describe('linking on accept', () => {
  it('links every mention of one name, in any document and any folded spelling, to one entity', async () => {
    const { docs, anns, entities, history } = fresh();
    await docs.addParsed(article('d1', 'ท่าเรือไฮฟองและไฮฟองขยายตัว', ['ไฮฟอง']));
    await docs.addParsed(article('d2', 'นักลงทุนจากไฮ่ฟองและเบลเยียม', ['ไฮ่ฟอง', 'เบลเยียม']));
    await history.run(setStatus(anns, await open(anns, 'd1'), 'accepted'));
    await history.run(setStatus(anns, await open(anns, 'd2'), 'accepted'));
    const rows = await db.annotations.toArray();
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.entityId)).toBe(true);
    const all = await db.entities.toArray();
    expect(all.map((e) => e.name).sort()).toEqual(['เบลเยียม', 'ไฮฟอง']);
    const haiphong = all.find((e) => e.name === 'ไฮฟอง')!;
    expect(haiphong.aliases).toEqual(['ไฮฟอง', 'ไฮ่ฟอง']);
    expect(new Set(rows.filter((r) => r.quote !== 'เบลเยียม').map((r) => r.entityId))).toEqual(new Set([haiphong.id]));
    const summary = (await entities.summaries()).find((s) => s.entity.id === haiphong.id)!;
    expect(summary).toMatchObject({ mentions: 3, documents: 2 });
  });

  it('undo of the accept takes back the entities and aliases it made; redo links again', async () => {
    const { docs, anns, history } = fresh();
    await docs.addParsed(article('d1', 'ไฮฟองส่งออก', ['ไฮฟอง']));
    await docs.addParsed(article('d2', 'ไฮ่ฟองนำเข้า และเบลเยียม', ['ไฮ่ฟอง', 'เบลเยียม']));
    await history.run(setStatus(anns, await open(anns, 'd1'), 'accepted'));
    await history.run(setStatus(anns, await open(anns, 'd2'), 'accepted'));
    expect((await db.entities.toArray()).map((e) => e.aliases.length).sort()).toEqual([1, 2]);
    await history.undo();
    const after = await db.entities.toArray();
    expect(after.map((e) => e.name)).toEqual(['ไฮฟอง']);
    expect(after[0]!.aliases).toEqual(['ไฮฟอง']);
    await history.undo();
    expect(await db.entities.count()).toBe(0);
    await history.redo();
    await history.redo();
    expect((await db.entities.toArray()).map((e) => e.name).sort()).toEqual(['เบลเยียม', 'ไฮฟอง']);
    expect((await db.annotations.toArray()).every((r) => r.entityId)).toBe(true);
  });

  it('a manual mark links too; deleting or rejecting it leaves no mention behind', async () => {
    const { docs, anns, entities, history } = fresh();
    await docs.addParsed(article('d1', 'ไฮฟองส่งออก ไปยังเบลเยียม', ['ไฮฟอง']));
    const mark = newAnnotation('d1', parseSpan('LOC', 'เบลเยียม', 19));
    await history.run(addAnnotations(anns, [mark]));
    const linked = (await anns.get(mark.id))!;
    expect(linked.entityId).toBeDefined();
    const [sugg] = await open(anns, 'd1');
    await history.run(setStatus(anns, [sugg!], 'accepted'));
    const accepted = (await anns.get(sugg!.id))!;
    await history.run(deleteAnnotations(anns, [accepted]));
    expect((await anns.get(sugg!.id))?.status).toBe('rejected');
    expect((await anns.get(sugg!.id))?.entityId).toBeUndefined();
    const counts = new Map((await entities.summaries()).map((s) => [s.entity.name, s.mentions]));
    expect(counts.get('ไฮฟอง')).toBe(0);
    expect(counts.get('เบลเยียม')).toBe(1);
    await history.undo();
    expect((await anns.get(sugg!.id))?.entityId).toBe(accepted.entityId);
  });

  it('links an accept-all of thousands in one transaction, with few lookups', async () => {
    const { docs, anns } = fresh();
    const names = Array.from({ length: 400 }, (_, i) => `เมืองที่${i}ก`);
    const text = Array.from({ length: 10_000 }, (_, i) => names[i % names.length]).join(' ');
    const suggestions = [];
    let at = 0;
    for (let i = 0; i < 10_000; i++) {
      const quote = names[i % names.length]!;
      suggestions.push({ type: 'LOC' as const, start: at, end: at + quote.length, quote });
      at += quote.length + 1;
    }
    await docs.addParsed({ ...article('big', text, []), suggestions });
    const all = await open(anns, 'big');
    const t0 = performance.now();
    let transactions = 0;
    const original = db.transaction.bind(db);
    (db as unknown as { transaction: unknown }).transaction = (...args: unknown[]) => {
      transactions++;
      return (original as (...a: unknown[]) => unknown)(...args);
    };
    await anns.put(...all.map((a) => ({ ...a, status: 'accepted' }) as AnnotationRecord));
    const ms = performance.now() - t0;
    console.log(`accept-all with linking: ${all.length} annotations, ${await db.entities.count()} entities, ${Math.round(ms)} ms (fake-indexeddb)`);
    expect(transactions).toBe(1);
    expect(await db.entities.count()).toBe(400);
    expect((await db.annotations.toArray()).every((r) => r.entityId)).toBe(true);
  });
});

describe('relink and unlink', () => {
  it('relinks one mention to another entity and back with undo; unlinking makes an entity of its own', async () => {
    const { docs, anns, entities, history } = fresh();
    await docs.addParsed(article('d1', 'สปป. ลาว และลาว และเวียดนาม', ['สปป. ลาว', 'ลาว', 'เวียดนาม']));
    // 'ลาว' inside 'สปป. ลาว' is a second suggestion of the same text: keep only non-overlapping ones.
    const sugg = (await open(anns, 'd1')).filter((a, i, list) => !list.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
    await history.run(setStatus(anns, sugg, 'accepted'));
    const byName = async () => new Map((await db.entities.toArray()).map((e) => [e.name, e]));
    const before = await byName();
    expect([...before.keys()].sort()).toEqual(['ลาว', 'สปป. ลาว', 'เวียดนาม'].sort());
    const lao = (await db.annotations.toArray()).find((a) => a.quote === 'ลาว')!;
    await history.run(relinkAnnotation(entities, lao.id, before.get('สปป. ลาว')!.id));
    const after = await byName();
    expect((await anns.get(lao.id))?.entityId).toBe(before.get('สปป. ลาว')!.id);
    expect(after.get('สปป. ลาว')!.aliases).toEqual(['สปป. ลาว', 'ลาว']);
    // The entity it left had nothing else: it is gone, and comes back with undo.
    expect(after.has('ลาว')).toBe(false);
    await history.undo();
    expect((await anns.get(lao.id))?.entityId).toBe(before.get('ลาว')!.id);
    expect((await byName()).get('สปป. ลาว')!.aliases).toEqual(['สปป. ลาว']);

    // Unlink: a new entity named by the quote.
    const vn = (await db.annotations.toArray()).find((a) => a.quote === 'เวียดนาม')!;
    await history.run(relinkAnnotation(entities, vn.id, undefined));
    const moved = (await anns.get(vn.id))!.entityId!;
    expect(moved).not.toBe(vn.entityId);
    expect((await db.entities.get(moved))?.name).toBe('เวียดนาม');
    await history.undo();
    expect((await anns.get(vn.id))?.entityId).toBe(vn.entityId);
    expect(await db.entities.get(moved)).toBeUndefined();
  });
});
