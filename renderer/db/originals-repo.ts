// Original file bytes in IndexedDB for the web edition, by SHA-256; a second copy of the same bytes is not stored.
import type { OriginalRecord } from '../../shared/model/records';
import type { WorkbenchDb } from './database';

export class OriginalsRepo {
  constructor(private readonly db: WorkbenchDb) {}

  async put(...records: OriginalRecord[]): Promise<void> {
    await this.db.transaction('rw', this.db.originals, async () => {
      const stored = await this.db.originals.bulkGet(records.map((r) => r.hash));
      const fresh = new Map(records.filter((_, i) => !stored[i]).map((r) => [r.hash, r]));
      await this.db.originals.bulkAdd([...fresh.values()]);
    });
  }

  get(hash: string): Promise<OriginalRecord | undefined> {
    return this.db.originals.get(hash);
  }
}
