// Web Worker of the web edition: parses imported files with the same shared/import code as the Electron main process.
import { importFile, type ImportOutcome, type ImportSource } from '../../shared/import/import-file';

export interface ImportRequest {
  id: number;
  sources: ImportSource[];
}
export interface ImportResponse {
  id: number;
  outcomes: ImportOutcome[];
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, sources } = event.data;
  const outcomes: ImportOutcome[] = [];
  for (const source of sources) {
    try {
      outcomes.push(await importFile(source));
    } catch (e) {
      outcomes.push({ file: source.name, ok: false, refusal: { reason: 'unreadable', detail: String(e) } });
    }
  }
  (self as unknown as Worker).postMessage({ id, outcomes } satisfies ImportResponse);
};
