// Annotations of one document: read in text order, put, delete, change status.
import type { AnnotationRecord, AnnotationStatus } from '../../shared/model/records';
import type { WorkbenchDb } from './database';

export class AnnotationsRepo {
  constructor(private readonly db: WorkbenchDb) {}

  async forDocument(docId: string): Promise<AnnotationRecord[]> {
    const rows = await this.db.annotations.where('docId').equals(docId).toArray();
    return rows.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  get(id: string): Promise<AnnotationRecord | undefined> {
    return this.db.annotations.get(id);
  }

  async put(...records: AnnotationRecord[]): Promise<void> {
    await this.db.annotations.bulkPut(records);
  }

  async delete(...ids: string[]): Promise<void> {
    await this.db.annotations.bulkDelete(ids);
  }

  /** Counts shown in the library: kept annotations (accepted or manual) and open suggestions. */
  async counts(docId: string): Promise<{ kept: number; suggested: number }> {
    const count = (status: AnnotationStatus) => this.db.annotations.where('[docId+status]').equals([docId, status]).count();
    const [accepted, manual, suggested] = await Promise.all([count('accepted'), count('manual'), count('suggested')]);
    return { kept: accepted + manual, suggested };
  }
}
