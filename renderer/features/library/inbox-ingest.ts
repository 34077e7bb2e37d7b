// Takes the documents the command line imported into the data folder into the library, then clears them there.
import type { Platform } from '../../../shared/platform';
import type { DocumentsRepo } from '../../db/documents-repo';
import type { FileResult } from './import-runner';

export async function ingestInbox(platform: Pick<Platform, 'takeInbox' | 'ackInbox'>, repo: Pick<DocumentsRepo, 'addParsed'>): Promise<FileResult[]> {
  const inbox = await platform.takeInbox();
  const results: FileResult[] = [];
  for (const item of inbox) {
    const stored = await repo.addParsed(item.document, { now: item.importedAt, original: item.original });
    results.push(
      stored.added
        ? { file: item.document.fileName, status: 'imported', docId: item.document.id, title: item.document.title }
        : { file: item.document.fileName, status: 'refused', refusal: { reason: 'duplicate', detail: stored.existing.title } },
    );
  }
  // Only what is now in the library (added, or already there) leaves the data folder's inbox.
  if (inbox.length) await platform.ackInbox(inbox.map((i) => i.document.id));
  return results;
}
