// Runs an import batch: parse in chunks on the platform, store each document, and report what happened to each file.
import type { ImportSource } from '../../../shared/import/import-file';
import type { Refusal } from '../../../shared/import/refusal';
import type { Platform } from '../../../shared/platform';
import type { DocumentsRepo } from '../../db/documents-repo';

export type FileResult =
  | { file: string; status: 'imported'; docId: string; title: string }
  | { file: string; status: 'refused'; refusal: Refusal };

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
  refused: number;
}

const CHUNK = 10;

export async function runImport(
  sources: ImportSource[],
  platform: Pick<Platform, 'parseImports'>,
  repo: Pick<DocumentsRepo, 'addParsed'>,
  onProgress: (p: ImportProgress) => void,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  let refused = 0;
  for (let i = 0; i < sources.length; i += CHUNK) {
    const chunk = sources.slice(i, i + CHUNK);
    onProgress({ done: i, total: sources.length, current: chunk[0].name, refused });
    const outcomes = await platform.parseImports(chunk);
    for (const outcome of outcomes) {
      if (!outcome.ok) {
        refused++;
        results.push({ file: outcome.file, status: 'refused', refusal: outcome.refusal });
        continue;
      }
      const stored = await repo.addParsed(outcome.document);
      if (stored.added) {
        results.push({ file: outcome.file, status: 'imported', docId: outcome.document.id, title: outcome.document.title });
      } else {
        refused++;
        results.push({ file: outcome.file, status: 'refused', refusal: { reason: 'duplicate', detail: stored.existing.title } });
      }
    }
  }
  onProgress({ done: sources.length, total: sources.length, current: '', refused });
  return results;
}
