// Runs an import batch: reads and parses files a chunk at a time (two chunks in flight), stores each document atomically, reports each file.
import type { Refusal } from '../../../shared/import/refusal';
import type { ParsedDocument } from '../../../shared/import/import-file';
import { DEFAULT_MAX_IMPORT_BYTES, type ImportItem, type OriginalRef, type ParsedImport, type PendingImport, type Platform } from '../../../shared/platform';
import type { DocumentsRepo } from '../../db/documents-repo';

export type FileResult =
  | { file: string; status: 'imported'; docId: string; title: string; warnings?: string[] }
  | { file: string; status: 'refused'; refusal: Refusal }
  | { file: string; status: 'skipped'; reason: 'unsupported-type' }
  | { file: string; status: 'cancelled' };

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
  refused: number;
}

export interface ImportDeps {
  platform: Pick<Platform, 'parseImports'>;
  repo: Pick<DocumentsRepo, 'addParsedBatch'>;
  maxBytes?: number;
  chunkSize?: number;
}

const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export async function runImport(
  files: PendingImport[],
  deps: ImportDeps,
  onProgress: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<FileResult[]> {
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const size = deps.chunkSize ?? 32;
  const chunks: PendingImport[][] = [];
  for (let i = 0; i < files.length; i += size) chunks.push(files.slice(i, i + size));

  // A file over the limit is refused without reading it; one that cannot be read is refused as unreadable.
  const parseChunk = async (chunk: PendingImport[]): Promise<Array<ParsedImport | FileResult>> => {
    const loaded = await Promise.all(
      chunk.map(async (p): Promise<ImportItem | FileResult> => {
        if (p.size > maxBytes) return { file: p.name, status: 'refused', refusal: { reason: 'too-large', detail: `${megabytes(p.size)} > ${megabytes(maxBytes)}` } };
        return p.load().catch((e): FileResult => ({ file: p.name, status: 'refused', refusal: { reason: 'unreadable', detail: String(e) } }));
      }),
    );
    const items = loaded.filter((x): x is ImportItem => !('status' in x));
    const parsed = items.length ? await deps.platform.parseImports(items, { maxBytes }) : [];
    let k = 0;
    return loaded.map((x) => ('status' in x ? x : parsed[k++]));
  };

  const results: FileResult[] = [];
  let refused = 0;
  let done = 0;
  const inflight: Array<Promise<Array<ParsedImport | FileResult>>> = [];
  let next = 0;
  const launch = () => {
    if (next < chunks.length && !signal?.aborted) inflight.push(parseChunk(chunks[next++]));
  };
  launch();
  launch();
  if (chunks.length > 0) onProgress({ done, total: files.length, current: chunks[0][0].name, refused });

  for (let i = 0; i < chunks.length; i++) {
    if (signal?.aborted) {
      for (const chunk of chunks.slice(i)) for (const p of chunk) results.push({ file: p.name, status: 'cancelled' });
      break;
    }
    const parsed = await inflight.shift()!;
    launch();
    // Results stay in the order the files were given.
    const slots: FileResult[] = new Array(parsed.length);
    const toStore: Array<{ parsed: ParsedDocument; original?: OriginalRef; file: string; slot: number }> = [];
    parsed.forEach((entry, slot) => {
      if ('status' in entry) slots[slot] = entry;
      else if (!entry.outcome.ok) slots[slot] = { file: entry.outcome.file, status: 'refused', refusal: entry.outcome.refusal };
      else toStore.push({ parsed: entry.outcome.document, original: entry.original, file: entry.outcome.file, slot });
    });
    // The chunk's documents go in one transaction: each with all its suggestions, the library refreshed once.
    const stored = toStore.length ? await deps.repo.addParsedBatch(toStore) : [];
    stored.forEach((result, k) => {
      const { parsed: doc, file, slot } = toStore[k];
      slots[slot] = result.added
        ? { file, status: 'imported', docId: doc.id, title: doc.title, warnings: doc.warnings }
        : { file, status: 'refused', refusal: { reason: 'duplicate', detail: result.existing.title } };
    });
    for (const r of slots) {
      if (r.status === 'refused') refused++;
      results.push(r);
    }
    done += chunks[i].length;
    if (i + 1 < chunks.length) onProgress({ done, total: files.length, current: chunks[i + 1][0].name, refused });
  }
  onProgress({ done, total: files.length, current: '', refused });
  return results;
}
