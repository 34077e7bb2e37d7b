// Web Worker of the web edition: parses imported files with the same shared/import code as the Electron main process.
import { sha256Hex } from '../../shared/crypto/sha256';
import { importFile, type ImportOutcome } from '../../shared/import/import-file';

export interface WorkerRequest {
  id: number;
  maxBytes?: number;
  files: Array<{ name: string; bytes: Uint8Array }>;
}
export interface WorkerResponse {
  id: number;
  results: Array<{ outcome: ImportOutcome; hash?: string }>;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, files, maxBytes } = event.data;
  const results: WorkerResponse['results'] = [];
  for (const file of files) {
    try {
      const outcome = await importFile(file, { maxBytes });
      results.push({ outcome, hash: outcome.ok ? await sha256Hex(file.bytes) : undefined });
    } catch (e) {
      results.push({ outcome: { file: file.name, ok: false, refusal: { reason: 'unreadable', detail: String(e) } } });
    }
  }
  (self as unknown as Worker).postMessage({ id, results } satisfies WorkerResponse);
};
