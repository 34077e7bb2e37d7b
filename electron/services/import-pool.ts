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
  /** Threads that died in a row without finishing a file; past a limit none is started again (a missing or broken script). */
  private failures = 0;
  private readonly maxFailures: number;

  /** @param workerScript the built import-thread script, or undefined to parse on this thread */
  constructor(
    private readonly workerScript: string | URL | undefined,
    size = Math.max(1, availableParallelism()),
  ) {
    this.maxFailures = size * 3;
    if (!workerScript) return;
    for (let i = 0; i < size; i++) this.spawn(workerScript);
  }

  private spawn(script: string | URL): void {
    const w = new Worker(script);
    w.on('message', (msg: { outcome: ImportOutcome }) => {
      const job = this.running.get(w);
      this.running.delete(w);
      this.idle.push(w);
      this.failures = 0;
      job?.resolve(msg.outcome);
      this.pump();
    });
    // The thread's own code catches every parse error, so a thread that dies failed outside a file
    // (a broken script, no memory): its file is parsed here instead, and the thread replaced a few times at most.
    w.on('error', () => {
      const job = this.running.get(w);
      this.running.delete(w);
      this.workers.splice(this.workers.indexOf(w), 1);
      if (this.idle.includes(w)) this.idle.splice(this.idle.indexOf(w), 1);
      if (job) void importFile(job.task.source, job.task.options).then(job.resolve);
      if (!this.closing && ++this.failures <= this.maxFailures) this.spawn(script);
      if (this.workers.length === 0) {
        // No thread left: what waits is parsed here.
        for (const queued of this.queue.splice(0)) void importFile(queued.task.source, queued.task.options).then(queued.resolve);
      }
      this.pump();
    });
    this.workers.push(w);
    this.idle.push(w);
  }

  parse(source: ImportSource, options: ImportOptions = {}): Promise<ImportOutcome> {
    // No thread (tests, or every thread failed to start): parse on this one rather than wait forever.
    if (!this.workerScript || this.workers.length === 0) return importFile(source, options);
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
