// Documents imported by the command line come into the library once; duplicates are reported; the inbox is cleared.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/import-file';
import type { InboxDocument } from '../../../../shared/platform';
import { openDatabase } from '../../../../renderer/db/database';
import { DocumentsRepo } from '../../../../renderer/db/documents-repo';
import { ingestInbox } from '../../../../renderer/features/library/inbox-ingest';

async function inboxItem(text: string): Promise<InboxDocument> {
  const r = await importFile({ name: 'cli.txt', bytes: new TextEncoder().encode(text) });
  if (!r.ok) throw new Error('fixture');
  return { document: r.document, original: { hash: 'a'.repeat(64), name: 'cli.txt', size: 1 }, importedAt: '2026-11-01T00:00:00.000Z' };
}

describe('ingestInbox', () => {
  it('stores each waiting document with its original, reports duplicates, and acknowledges all', async () => {
    const db = openDatabase('inbox-1');
    const repo = new DocumentsRepo(db);
    const a = await inboxItem('ข่าวจากบรรทัดคำสั่ง\nมูลค่า 5 ล้านบาท');
    await repo.addParsed((await inboxItem('มีอยู่แล้ว\nเนื้อหา')).document);
    const b = await inboxItem('มีอยู่แล้ว\nเนื้อหา');
    let acked: string[] = [];
    const results = await ingestInbox({ takeInbox: async () => [a, b], ackInbox: async (ids) => void (acked = ids) }, repo);
    expect(results.map((r) => r.status)).toEqual(['imported', 'refused']);
    expect(acked).toEqual([a.document.id, b.document.id]);
    const stored = await repo.get(a.document.id);
    expect(stored?.original?.name).toBe('cli.txt');
    expect(stored?.importedAt).toBe('2026-11-01T00:00:00.000Z');
    await db.delete();
  });
});
