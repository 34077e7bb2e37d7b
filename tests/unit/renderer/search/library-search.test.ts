// The search worker's logic on fake-indexeddb: indexes what has no postings, stores them, follows deletes, applies filters, cuts passages.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../../shared/import/import-file';
import type { ExtractedAnnotation } from '../../../../shared/model/annotation';
import { openDatabase, type WorkbenchDb } from '../../../../renderer/db/database';
import { DocumentsRepo } from '../../../../renderer/db/documents-repo';
import { SearchStore } from '../../../../renderer/db/search-store';
import { LibrarySearch } from '../../../../renderer/features/search/library-search';
import type { IndexStatus } from '../../../../renderer/features/search/search-protocol';

let db: WorkbenchDb;
let n = 0;
const searches: LibrarySearch[] = [];
afterEach(async () => {
  for (const s of searches.splice(0)) s.stop();
  await db?.delete();
});

function fresh() {
  db = openDatabase(`search-${n++}`);
  return new DocumentsRepo(db);
}

function start(): { search: LibrarySearch; statuses: IndexStatus[] } {
  const statuses: IndexStatus[] = [];
  const search = new LibrarySearch(new SearchStore(db), (s) => statuses.push(s));
  searches.push(search);
  return { search, statuses };
}

const doc = (id: string, text: string, date?: string, suggestions: ExtractedAnnotation[] = []): ParsedDocument => ({
  id,
  fingerprint: `fp-${id}`,
  title: `ข่าว ${id}`,
  text,
  date,
  fileName: `${id}.txt`,
  format: 'txt',
  encoding: 'utf-8',
  suggestions,
});

const HAIPHONG = 'นายกรัฐมนตรีพบผู้ว่าการเมืองไฮฟอง\nการส่งออกของไฮฟองไปเบลเยียมมีมูลค่ากว่า 25 ล้านดอลลาร์สหรัฐ';
const HANOI = 'รัฐมนตรีว่าการกระทรวงพาณิชย์เยือนกรุงฮานอย\nหารือการค้าชายแดน';
const ask = (s: LibrarySearch, query: string, filters = {}) => s.search({ query, filters, offset: 0, limit: 20 });

describe('LibrarySearch', () => {
  it('indexes documents that have no postings, stores the postings, and finds a name inside a longer word', async () => {
    const repo = fresh();
    await repo.addParsed(doc('a', HAIPHONG, '2025-11-01'));
    await repo.addParsed(doc('b', HANOI, '2024-03-02'));
    const { search, statuses } = start();
    await search.start();
    expect(statuses.at(-1)).toEqual({ state: 'ready', indexed: 2, total: 2 });
    expect(await db.postings.count()).toBe(2);

    const r = await ask(search, 'ไฮฟอง');
    expect(r.total).toBe(1);
    expect(r.items[0].title).toBe('ข่าว a');
    // Both paragraphs show, each with the name highlighted where it stands in the text.
    const marked = r.items[0].passages.flatMap((p) => p.highlights.map((h) => HAIPHONG.slice(h.start, h.end)));
    expect(marked).toEqual(['ไฮฟอง', 'ไฮฟอง']);
    expect(r.items[0].passages[0].text).toBe('นายกรัฐมนตรีพบผู้ว่าการเมืองไฮฟอง');
  });

  it('starts again from the stored postings without reading texts, and drops a deleted document', async () => {
    const repo = fresh();
    await repo.addParsed(doc('a', HAIPHONG));
    await repo.addParsed(doc('b', HANOI));
    const first = start().search;
    await first.start();
    first.stop();
    await db.texts.clear(); // a second start must not need them to index
    const { search } = start();
    await search.start();
    expect(search.status().indexed).toBe(2);
    expect((await ask(search, 'ฮานอย')).total).toBe(1);

    await repo.delete('b');
    await search.sync();
    expect((await ask(search, 'ฮานอย')).total).toBe(0);
    expect(await db.postings.get('b')).toBeUndefined();
  });

  it('follows documents imported after it started', async () => {
    const repo = fresh();
    const { search } = start();
    await search.start();
    expect((await ask(search, 'ฮานอย')).total).toBe(0);
    await repo.addParsed(doc('b', HANOI));
    await search.sync();
    expect((await ask(search, 'ฮานอย')).items.map((i) => i.docId)).toEqual(['b']);
  });

  it('narrows by date, tag and annotation type, and lists filtered documents without words', async () => {
    const repo = fresh();
    const money: ExtractedAnnotation = { type: 'MONEY', start: 0, end: 2, quote: 'xx', value: 1, unit: 'USD', qualifier: 'exact' };
    await repo.addParsed(doc('a', HAIPHONG, '2025-11-01', [money]));
    await repo.addParsed(doc('b', `${HANOI}\nไฮฟองด้วย`, '2024-03-02'));
    await repo.setTags('b', ['vietnam']);
    const { search } = start();
    await search.start();
    expect((await ask(search, 'ไฮฟอง')).total).toBe(2);
    expect((await ask(search, 'ไฮฟอง', { dateFrom: '2025-01-01' })).items.map((i) => i.docId)).toEqual(['a']);
    expect((await ask(search, 'ไฮฟอง', { tag: 'vietnam' })).items.map((i) => i.docId)).toEqual(['b']);
    expect((await ask(search, 'ไฮฟอง', { type: 'MONEY' })).items.map((i) => i.docId)).toEqual(['a']);
    const listed = await ask(search, '', { tag: 'vietnam' });
    expect(listed.items.map((i) => i.docId)).toEqual(['b']);
    expect(listed.items[0].passages[0].text.startsWith('รัฐมนตรี')).toBe(true);
  });

  it('orders by best match, or newest first when asked', async () => {
    const repo = fresh();
    await repo.addParsed(doc('old', 'ไฮฟอง ไฮฟอง ไฮฟอง ท่าเรือไฮฟอง', '2023-01-05'));
    await repo.addParsed(doc('new', 'รายงานการค้าประจำปีของเวียดนามกล่าวถึงไฮฟองหนึ่งครั้งในย่อหน้ายาวเกี่ยวกับการลงทุน', '2025-06-01'));
    await repo.addParsed(doc('mid', 'ไฮฟองและฮานอย', '2024-02-02'));
    const { search } = start();
    await search.start();
    expect((await ask(search, 'ไฮฟอง')).items[0].docId).toBe('old');
    expect((await ask(search, 'ไฮฟอง', { order: 'newest' })).items.map((i) => i.date)).toEqual(['2025-06-01', '2024-02-02', '2023-01-05']);
  });

  it('filters by entity: documents with a linked mention or one of its names', async () => {
    const repo = fresh();
    await repo.addParsed(doc('a', HAIPHONG));
    await repo.addParsed(doc('b', 'ท่าเรือไฮ ฟองได้รับการลงทุน'));
    await repo.addParsed(doc('c', HANOI));
    await db.entities.put({ id: 'e1', type: 'LOC', name: 'ไฮฟอง', aliases: ['ไฮฟอง', 'Haiphong'] });
    const now = new Date().toISOString();
    await db.annotations.put({ id: 'x', docId: 'c', type: 'LOC', start: 0, end: 3, quote: 'รัฐ', status: 'accepted', entityId: 'e1', createdAt: now, updatedAt: now });
    const { search } = start();
    await search.start();
    const ids = (await ask(search, '', { entityId: 'e1' })).items.map((i) => i.docId).sort();
    expect(ids).toEqual(['a', 'c']);
  });
});
