// Platform for the web edition: the File API for choosing files, Web Workers for parsing, IndexedDB for originals.
import { sha256Hex } from '../../shared/crypto/sha256';
import type { ImportItem, ParsedImport, Platform } from '../../shared/platform';
import { originalsRepo } from '../db/repositories';
import { pendingFromInput } from './dropped-files';
import type { WorkerRequest, WorkerResponse } from './import-worker';

const ARTICLE_TYPES = '.txt,.md,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf';

function chooseFiles(folder: boolean, accept = ARTICLE_TYPES, multiple = true): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    if (folder) input.webkitdirectory = true;
    else input.accept = accept;
    input.addEventListener('change', () => resolve(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

/** Two workers, so parsing one chunk overlaps with the next (and with writing the last to IndexedDB). */
function workerPool(size: number) {
  const workers: Worker[] = [];
  const pending = new Map<number, (r: WorkerResponse['results']) => void>();
  let nextId = 1;
  let turn = 0;
  const worker = () => {
    if (workers.length < size) {
      const w = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<WorkerResponse>) => {
        pending.get(e.data.id)?.(e.data.results);
        pending.delete(e.data.id);
      };
      workers.push(w);
      return w;
    }
    return workers[turn++ % workers.length];
  };
  return (files: WorkerRequest['files'], maxBytes?: number) =>
    new Promise<WorkerResponse['results']>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      worker().postMessage({ id, files, maxBytes } satisfies WorkerRequest);
    });
}

function download(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function webPlatform(): Platform {
  const parse = workerPool(Math.max(1, Math.min(2, navigator.hardwareConcurrency || 2)));
  return {
    edition: 'web',
    pickImport: async (kind) => pendingFromInput(await chooseFiles(kind === 'folder'), kind === 'folder'),
    async parseImports(items: ImportItem[], options = {}): Promise<ParsedImport[]> {
      // The web edition never hands out paths: every item carries its bytes.
      const files = items.map((item) => ({ name: item.name, bytes: 'bytes' in item ? item.bytes : new Uint8Array(0) }));
      const results = await parse(files, options.maxBytes);
      const parsed = results.map(({ outcome, hash }, i): ParsedImport => {
        if (!outcome.ok || !hash) return { outcome };
        return { outcome, original: { hash, name: outcome.file, size: files[i].bytes.length } };
      });
      // The chunk's originals in one transaction.
      const kept = parsed.flatMap((p, i) => (p.original ? [{ hash: p.original.hash, name: p.original.name, bytes: files[i].bytes }] : []));
      if (kept.length) await originalsRepo.put(...kept);
      return parsed;
    },
    async openOriginal(ref) {
      const stored = await originalsRepo.get(ref.hash);
      if (!stored) throw new Error(`the original of ${ref.name} is not stored`);
      download(stored.bytes, ref.name);
    },
    readOriginal: async (ref) => (await originalsRepo.get(ref.hash))?.bytes,
    async keepOriginal(hash, name, bytes) {
      if ((await sha256Hex(bytes)) !== hash) throw new Error(`${name}: the bytes do not match their hash`);
      await originalsRepo.put({ hash, name, bytes });
    },
    saveFile: async (name, bytes) => {
      download(bytes, name);
      return name;
    },
    async openFile(extensions) {
      const [file] = await chooseFiles(false, extensions.map((e) => `.${e}`).join(','), false);
      return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
    },
    // The web edition prints the page it shows (the brief's print page) with the browser's dialog.
    printBrief: async () => {
      window.print();
      return undefined;
    },
    onMenuCommand: () => () => {},
    takeInbox: async () => [],
    ackInbox: async () => {},
    systemLanguage: () => navigator.language,
  };
}
