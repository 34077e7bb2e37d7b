// Platform for the web edition: the File API for choosing files, a Web Worker for parsing them.
import type { ImportOutcome, ImportSource } from '../../shared/import/import-file';
import type { Platform } from '../../shared/platform';
import type { ImportRequest, ImportResponse } from './import-worker';

export async function filesToSources(files: Iterable<File>): Promise<ImportSource[]> {
  return Promise.all(Array.from(files, async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

function pickWithInput(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.txt,.md,text/plain,text/markdown';
    input.addEventListener('change', () => resolve(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

export function webPlatform(): Platform {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, (outcomes: ImportOutcome[]) => void>();

  const importWorker = () => {
    if (!worker) {
      worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<ImportResponse>) => {
        pending.get(e.data.id)?.(e.data.outcomes);
        pending.delete(e.data.id);
      };
    }
    return worker;
  };

  return {
    edition: 'web',
    pickImportFiles: async () => filesToSources(await pickWithInput()),
    parseImports: (sources) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        importWorker().postMessage({ id, sources } satisfies ImportRequest);
      }),
    systemLanguage: () => navigator.language,
  };
}
