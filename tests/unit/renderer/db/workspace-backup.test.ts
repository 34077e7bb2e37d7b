// Backup and restore: a round trip loses nothing, a second restore doubles nothing, a damaged file is refused and changes nothing.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../../shared/backup/backup-format';
import { sha256Hex } from '../../../../shared/crypto/sha256';
import { importFile } from '../../../../shared/import/import-file';
import { openDatabase, type WorkbenchDb } from '../../../../renderer/db/database';
import { AnnotationsRepo } from '../../../../renderer/db/annotations-repo';
import { DocumentsRepo } from '../../../../renderer/db/documents-repo';
import { dumpWorkspace, restoreWorkspace } from '../../../../renderer/db/workspace-backup';

let n = 0;
async function workspace(): Promise<{ db: WorkbenchDb; originals: Map<string, Uint8Array> }> {
  const db = openDatabase(`backup-${n++}`);
  const originals = new Map<string, Uint8Array>();
  const docs = new DocumentsRepo(db);
  for (const text of ['ข่าวหนึ่ง\nส่งออก 25 ล้านดอลลาร์สหรัฐ ในปี 2567', 'ข่าวสอง\nนำเข้า 40.5 ล้านดอลลาร์สหรัฐ']) {
    const bytes = new TextEncoder().encode(text);
    const r = await importFile({ name: `${text.slice(0, 8)}.txt`, bytes });
    if (!r.ok) throw new Error('fixture');
    const hash = await sha256Hex(bytes);
    originals.set(hash, bytes);
    await docs.addParsed(r.document, { original: { hash, name: r.file, size: bytes.length } });
  }
  const anns = new AnnotationsRepo(db);
  const [doc] = await db.documents.toArray();
  const [first] = await anns.forDocument(doc.id);
  await anns.put({ ...first, status: 'accepted', note: 'ตรวจแล้ว' });
  await db.entities.add({ id: 'e1', type: 'LOC', name: 'ไฮฟอง', aliases: ['ไฮฟอง', 'เมืองไฮฟอง'] });
  await db.facts.add({ id: 'f1', docId: first.docId, annotationId: first.id, measure: 'export', subject: 'ไฮฟอง', periodKind: 'year', createdAt: '2026-01-01' });
  await db.briefs.add({ id: 'b1', title: 'สรุป', summary: '', items: [{ id: 'i1', kind: 'figures' }], createdAt: '2026-01-01', updatedAt: '2026-01-01' });
  await db.settings.put({ key: 'layout', value: { panel: 400 } });
  return { db, originals };
}

const dump = async (db: WorkbenchDb) =>
  Object.fromEntries(await Promise.all(['documents', 'texts', 'suggestions', 'annotations', 'entities', 'facts', 'briefs', 'settings'].map(async (t) => [t, await db.table(t).toArray()])));

describe('workspace backup', () => {
  it('round-trips everything into an empty profile, originals included', async () => {
    const { db, originals } = await workspace();
    const file = await encodeBackup(await dumpWorkspace(db, async (ref) => originals.get(ref.hash)));
    const target = openDatabase(`backup-${n++}`);
    const kept = new Map<string, Uint8Array>();
    const summary = await restoreWorkspace(target, await decodeBackup(file), async (hash, bytes) => void kept.set(hash, bytes));
    expect(await dump(target)).toEqual(await dump(db));
    expect(summary.added.documents).toBe(2);
    expect(summary.originals).toBe(2);
    expect([...kept.keys()].sort()).toEqual([...originals.keys()].sort());
  });

  it('merges into an existing profile without duplicates and without overwriting', async () => {
    const { db, originals } = await workspace();
    const file = await encodeBackup(await dumpWorkspace(db, async (ref) => originals.get(ref.hash)));
    const [a] = await db.annotations.toArray();
    expect(a.status).toBe('accepted');
    await db.annotations.put({ ...a, note: 'แก้หลังสำรอง' });
    const summary = await restoreWorkspace(db, await decodeBackup(file), async () => {});
    expect(summary.added.documents).toBe(0);
    expect(summary.skipped.annotations).toBeGreaterThan(0);
    expect(await db.documents.count()).toBe(2);
    expect((await db.annotations.get(a.id))?.note).toBe('แก้หลังสำรอง');
  });

  it('refuses a file that is not a backup, or is cut short', async () => {
    await expect(decodeBackup(new TextEncoder().encode('hello'))).rejects.toThrow(/not a workbench backup/);
    const good = await encodeBackup([{ kind: 'table:documents', bytes: new TextEncoder().encode('[]') }]);
    await expect(decodeBackup(good.slice(0, good.length - 12))).rejects.toThrow();
  });
});
