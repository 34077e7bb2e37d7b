// Worker thread body: parses one file at a time with shared/import, so main and the command line keep both cores busy.
import { parentPort } from 'node:worker_threads';
import { importFile, type ImportOptions, type ImportSource } from '../../shared/import/import-file';

export interface ThreadTask {
  id: number;
  source: ImportSource;
  options: ImportOptions;
}

parentPort?.on('message', async (task: ThreadTask) => {
  try {
    parentPort!.postMessage({ id: task.id, outcome: await importFile(task.source, task.options) });
  } catch (e) {
    parentPort!.postMessage({ id: task.id, outcome: { file: task.source.name, ok: false, refusal: { reason: 'unreadable', detail: String(e) } } });
  }
});
