// The UI thread's side of search: starts the search worker once, sends queries, and shares the index's progress.
import type { FromWorker, IndexStatus, ResultItem, SearchFilters, SearchPhases, ToWorker } from './search-protocol';

export interface SearchResponse {
  total: number;
  items: ResultItem[];
  tookMs: number;
  phases: SearchPhases;
}

type Waiting = { resolve: (r: SearchResponse) => void; reject: (e: Error) => void };

class SearchClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private readonly listeners = new Set<(s: IndexStatus) => void>();
  private last: IndexStatus | undefined;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (msg.kind === 'status' || msg.kind === 'results') this.setStatus(msg.status);
      if (msg.kind === 'results') this.waiting.get(msg.id)?.resolve({ total: msg.total, items: msg.items, tookMs: msg.tookMs, phases: msg.phases });
      if (msg.kind === 'error') this.waiting.get(msg.id)?.reject(new Error(msg.message));
      if (msg.kind !== 'status') this.waiting.delete(msg.id);
    };
    this.worker = w;
    return w;
  }

  private setStatus(s: IndexStatus) {
    this.last = s;
    for (const l of this.listeners) l(s);
  }

  /** Starts the worker (it loads the index in the background) so the first query does not wait for it. */
  warmUp(): void {
    this.ensure().postMessage({ kind: 'status' } satisfies ToWorker);
  }

  status(): IndexStatus | undefined {
    return this.last;
  }

  onStatus(listener: (s: IndexStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  search(query: string, filters: SearchFilters, offset = 0, limit = 20): Promise<SearchResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.ensure().postMessage({ kind: 'search', id, query, filters, offset, limit } satisfies ToWorker);
    });
  }
}

export const searchClient = new SearchClient();
