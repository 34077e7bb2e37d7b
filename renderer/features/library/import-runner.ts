// Runs an import batch: reads and parses files a chunk at a time (two chunks in flight), stores each document atomically, reports each file.
import type { Refusal } from '../../../shared/import/refusal';
import { DEFAULT_MAX_IMPORT_BYTES, type ImportItem, type ParsedImport, type PendingImport, type Platform } from '../../../shared/platform';
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
  repo: Pick<DocumentsRepo, 'addParsed'>;
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
  const size = deps.chunkSize ?? 8;
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
    const parsed = items.length ? await deps.platform.parseImports(items) : [];
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
    for (const entry of parsed) {
      if ('status' in entry) {
        refused++;
        results.push(entry);
        continue;
      }
      const { outcome, original } = entry;
      if (!outcome.ok) {
        refused++;
        results.push({ file: outcome.file, status: 'refused', refusal: outcome.refusal });
        continue;
      }
      const stored = await deps.repo.addParsed(outcome.document, { original });
      if (stored.added) {
        results.push({ file: outcome.file, status: 'imported', docId: outcome.document.id, title: outcome.document.title, warnings: outcome.document.warnings });
      } else {
        refused++;
        results.push({ file: outcome.file, status: 'refused', refusal: { reason: 'duplicate', detail: stored.existing.title } });
      }
    }
    done += chunks[i].length;
    if (i + 1 < chunks.length) onProgress({ done, total: files.length, current: chunks[i + 1][0].name, refused });
  }
  onProgress({ done, total: files.length, current: '', refused });
  return results;
}
