// Original file bytes in IndexedDB for the web edition, by SHA-256; a second copy of the same bytes is not stored.
import type { OriginalRecord } from '../../shared/model/records';
import type { WorkbenchDb } from './database';

export class OriginalsRepo {
  constructor(private readonly db: WorkbenchDb) {}

  async put(record: OriginalRecord): Promise<void> {
    await this.db.transaction('rw', this.db.originals, async () => {
      if (!(await this.db.originals.get(record.hash))) await this.db.originals.add(record);
    });
  }

  get(hash: string): Promise<OriginalRecord | undefined> {
    return this.db.originals.get(hash);
  }
}
