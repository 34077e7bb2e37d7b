// The import batch: every file gets a result, big files are refused unread, cancel stops between chunks, nothing half-stored.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/import-file';
import type { ImportItem, ParsedImport, PendingImport } from '../../../../shared/platform';
import { openDatabase } from '../../../../renderer/db/database';
import { DocumentsRepo } from '../../../../renderer/db/documents-repo';
import { runImport, type ImportProgress } from '../../../../renderer/features/library/import-runner';

const platform = {
  async parseImports(items: ImportItem[]): Promise<ParsedImport[]> {
    return Promise.all(items.map(async (i) => ({ outcome: await importFile({ name: i.name, bytes: 'bytes' in i ? i.bytes : new Uint8Array(0) }) })));
  },
};
const file = (name: string, text: string, size?: number): PendingImport => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: size ?? bytes.length, load: async () => ({ name, bytes }) };
};

describe('runImport', () => {
  it('imports, refuses and recognises duplicates in one batch, in order, with progress', async () => {
    const db = openDatabase('runner-1');
    const progress: ImportProgress[] = [];
    const files = [
      file('a.txt', 'หัวข้อ ก\nเนื้อหา'),
      file('empty.txt', ''),
      file('a-again.txt', '\uFEFFหัวข้อ ก\r\nเนื้อหา'),
      file('huge.txt', 'x', 60 * 1024 * 1024),
      { name: 'gone.txt', size: 3, load: () => Promise.reject(new Error('file was moved')) },
    ];
    const results = await runImport(files, { platform, repo: new DocumentsRepo(db), chunkSize: 2 }, (p) => progress.push(p));
    expect(results.map((r) => [r.file, r.status === 'refused' ? r.refusal.reason : r.status])).toEqual([
      ['a.txt', 'imported'],
      ['empty.txt', 'empty'],
      ['a-again.txt', 'duplicate'],
      ['huge.txt', 'too-large'],
      ['gone.txt', 'unreadable'],
    ]);
    expect(progress.at(-1)).toEqual({ done: 5, total: 5, current: '', refused: 4 });
    expect(await db.documents.count()).toBe(1);
    await db.delete();
  });

  it('stops between chunks when cancelled and marks the rest as not imported', async () => {
    const db = openDatabase('runner-2');
    const controller = new AbortController();
    const files = Array.from({ length: 10 }, (_, i) => file(`f${i}.txt`, `หัวข้อ ${i}\nเนื้อหา`));
    const results = await runImport(files, { platform, repo: new DocumentsRepo(db), chunkSize: 2 }, (p) => {
      if (p.done >= 4) controller.abort();
    }, controller.signal);
    expect(results.filter((r) => r.status === 'imported')).toHaveLength(4);
    expect(results.filter((r) => r.status === 'cancelled')).toHaveLength(6);
    expect(await db.documents.count()).toBe(4);
    await db.delete();
  });
});
