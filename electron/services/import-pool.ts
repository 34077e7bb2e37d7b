// A pool of worker threads that parse files in parallel; with no worker script it parses in-process (tests).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { importFile, type ImportOptions, type ImportOutcome, type ImportSource } from '../../shared/import/import-file';
import type { ThreadTask } from './import-thread';

interface Pending {
  task: ThreadTask;
  resolve(outcome: ImportOutcome): void;
}

export class ImportPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
  private nextId = 1;
  private closing = false;

  /** @param workerScript the built import-thread script, or undefined to parse on this thread */
  constructor(
    private readonly workerScript: string | URL | undefined,
    size = Math.max(1, availableParallelism()),
  ) {
    if (!workerScript) return;
    for (let i = 0; i < size; i++) this.spawn(workerScript);
  }

  private spawn(script: string | URL): void {
    const w = new Worker(script);
    w.on('message', (msg: { outcome: ImportOutcome }) => {
      const job = this.running.get(w);
      this.running.delete(w);
      this.idle.push(w);
      job?.resolve(msg.outcome);
      this.pump();
    });
    // A thread that crashed on a file refuses that file and is replaced; the batch goes on.
    w.on('error', (err) => {
      const job = this.running.get(w);
      this.running.delete(w);
      this.workers.splice(this.workers.indexOf(w), 1);
      job?.resolve({ file: job.task.source.name, ok: false, refusal: { reason: 'unreadable', detail: String(err) } });
      if (!this.closing) this.spawn(script);
      this.pump();
    });
    this.workers.push(w);
    this.idle.push(w);
  }

  parse(source: ImportSource, options: ImportOptions = {}): Promise<ImportOutcome> {
    if (!this.workerScript) return importFile(source, options);
    return new Promise((resolve) => {
      this.queue.push({ task: { id: this.nextId++, source, options }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(w, job);
      w.postMessage(job.task);
    }
  }
}
