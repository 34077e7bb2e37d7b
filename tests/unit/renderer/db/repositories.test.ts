// The Dexie repositories on fake-indexeddb: a document and its suggestions in one transaction, duplicates, delete and undo.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../../../shared/import/content-hash';
import type { ParsedDocument } from '../../../../shared/import/import-file';
import { AnnotationsRepo } from '../../../../renderer/db/annotations-repo';
import { openDatabase, SCHEMA_VERSIONS, type WorkbenchDb } from '../../../../renderer/db/database';
import { DocumentsRepo } from '../../../../renderer/db/documents-repo';
import { SettingsRepo } from '../../../../renderer/db/settings-repo';

let db: WorkbenchDb;
let n = 0;
function fresh() {
  db = openDatabase(`test-${n++}`);
  return { docs: new DocumentsRepo(db), anns: new AnnotationsRepo(db), settings: new SettingsRepo(db) };
}
afterEach(async () => db?.delete());

const parsed = (id: string, text = 'ไฮฟองส่งออก 25 ล้านดอลลาร์สหรัฐ'): ParsedDocument => ({
  id,
  fingerprint: `fp-${id}`,
  title: 'ข่าว',
  text,
  fileName: 'a.txt',
  format: 'txt',
  encoding: 'utf-8',
  suggestions: [
    { type: 'LOC', start: 0, end: 5, quote: 'ไฮฟอง' },
    { type: 'MONEY', start: 12, end: 31, quote: '25 ล้านดอลลาร์สหรัฐ', value: 25e6, unit: 'USD', qualifier: 'exact' },
  ],
});

describe('DocumentsRepo', () => {
  it('stores a document with its suggestions and reports a second import as already there', async () => {
    const { docs, anns } = fresh();
    expect(await docs.addParsed(parsed('d1'))).toEqual({ added: true });
    const again = await docs.addParsed(parsed('d1'));
    expect(again.added).toBe(false);
    expect(await db.documents.count()).toBe(1);
    const stored = await anns.forDocument('d1');
    expect(stored.map((a) => [a.type, a.status])).toEqual([
      ['LOC', 'suggested'],
      ['MONEY', 'suggested'],
    ]);
    expect(await anns.counts('d1')).toEqual({ kept: 0, suggested: 2 });
  });

  it('writes nothing of a chunk when one of its documents cannot be stored (one transaction)', async () => {
    const { docs } = fresh();
    // A stray text under the second document's id makes storing that document fail.
    await db.texts.add({ id: 'd2b', text: 'stray' });
    await expect(docs.addParsedBatch([{ parsed: parsed('d2a') }, { parsed: parsed('d2b') }])).rejects.toThrow();
    expect(await db.documents.count()).toBe(0);
    expect(await db.suggestions.count()).toBe(0);
  });

  it('keeps an accepted or rejected suggestion as a row that hides the suggestion, and removing it rejects it', async () => {
    const { docs, anns } = fresh();
    await docs.addParsed(parsed('d6'));
    const [loc, money] = await anns.forDocument('d6');
    await anns.put({ ...loc, status: 'accepted' });
    expect((await anns.forDocument('d6')).map((a) => a.status)).toEqual(['accepted', 'suggested']);
    await anns.remove([{ ...loc, status: 'accepted' }]);
    expect((await anns.forDocument('d6')).map((a) => a.status)).toEqual(['rejected', 'suggested']);
    // Putting the open suggestion back (undo) leaves it a suggestion again, with no row.
    await anns.put(loc);
    expect((await anns.forDocument('d6')).map((a) => a.status)).toEqual(['suggested', 'suggested']);
    expect(await db.annotations.count()).toBe(0);
    expect(await anns.counts('d6')).toEqual({ kept: 0, suggested: 2 });
    expect(money.type).toBe('MONEY');
  });

  it('deletes a document with its annotations and restores both', async () => {
    const { docs, anns } = fresh();
    await docs.addParsed(parsed('d3'));
    const bundle = await docs.delete('d3');
    expect(await db.documents.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.suggestions.count()).toBe(0);
    await docs.restore(bundle!);
    expect((await docs.get('d3'))?.title).toBe('ข่าว');
    expect((await docs.getWithText('d3'))?.text).toBe('ไฮฟองส่งออก 25 ล้านดอลลาร์สหรัฐ');
    expect(await anns.forDocument('d3')).toHaveLength(2);
  });

  it('recognises the same article from another format by its fingerprint', async () => {
    const { docs } = fresh();
    await docs.addParsed(parsed('d5'));
    const again = await docs.addParsed({ ...parsed('other-id'), fingerprint: 'fp-d5' });
    expect(again).toMatchObject({ added: false, existing: { id: 'd5' } });
  });

  it('migrates a version-2 database: existing documents get their fingerprint', async () => {
    const name = `migrate-${n++}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= 2)) old.version(v.version).stores(v.stores);
    await old.table('documents').add({ id: 'x', title: 't', text: 'ข่าว\nเนื้อหา', fileName: 'a.txt', format: 'txt', importedAt: '' });
    old.close();
    db = openDatabase(name);
    expect((await db.documents.get('x'))?.fingerprint).toBe(contentFingerprint('ข่าว เนื้อหา'));
    expect((await db.texts.get('x'))?.text).toBe('ข่าว\nเนื้อหา');
    expect((await db.documents.get('x')) as unknown as { text?: string }).not.toHaveProperty('text');
  });

  it('migrates version-5 suggestion rows into one suggestion set per document, keeping decided rows', async () => {
    const name = `migrate5-${n++}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((x) => x.version <= 5)) old.version(v.version).stores(v.stores);
    const row = (id: string, status: string, start: number) => ({ id, docId: 'y', type: 'LOC', start, end: start + 5, quote: 'ไฮฟอง', status, createdAt: 't', updatedAt: 't' });
    await old.table('annotations').bulkAdd([row('a', 'suggested', 0), row('b', 'accepted', 10), row('c', 'suggested', 20)]);
    old.close();
    db = openDatabase(name);
    expect((await db.suggestions.get('y'))?.items.map((i) => i.start)).toEqual([0, 20]);
    expect((await db.annotations.toArray()).map((a) => a.id)).toEqual(['b']);
    expect((await new AnnotationsRepo(db).forDocument('y')).map((a) => a.status)).toEqual(['suggested', 'accepted', 'suggested']);
  });

  it('keeps settings by key', async () => {
    const { settings } = fresh();
    expect(await settings.get('layout', { panel: 360 })).toEqual({ panel: 360 });
    await settings.set('layout', { panel: 400 });
    expect(await settings.get('layout', {})).toEqual({ panel: 400 });
  });

  it('declares versions in order with every table of the architecture', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([...SCHEMA_VERSIONS.map((v) => v.version)].sort((a, b) => a - b));
    expect(Object.keys(SCHEMA_VERSIONS[0].stores)).toEqual(expect.arrayContaining(['documents', 'annotations', 'entities', 'facts', 'briefs']));
  });

  it('survives closing and reopening the database', async () => {
    const name = `reopen-${n++}`;
    const first = openDatabase(name);
    await new DocumentsRepo(first).addParsed(parsed('d4'));
    first.close();
    db = openDatabase(name);
    expect(await new AnnotationsRepo(db).forDocument('d4')).toHaveLength(2);
  });
});
