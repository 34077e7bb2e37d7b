// The search worker: keeps the library's search index in memory, indexes documents that have no postings yet, answers queries.
import { db } from '../../db/database';
import { SearchStore } from '../../db/search-store';
import { LibrarySearch } from './library-search';
import type { FromWorker, ToWorker } from './search-protocol';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);
const search = new LibrarySearch(new SearchStore(db), (status) => post({ kind: 'status', status }));

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.kind === 'status') {
    post({ kind: 'status', status: search.status() });
    return;
  }
  try {
    const answer = await search.search(msg);
    post({ kind: 'results', id: msg.id, ...answer, status: search.status() });
  } catch (e) {
    post({ kind: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
};

void search.start();
