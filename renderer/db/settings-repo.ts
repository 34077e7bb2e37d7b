// App settings kept in the database (language, layout), read and written by key.
import type { WorkbenchDb } from './database';

export class SettingsRepo {
  constructor(private readonly db: WorkbenchDb) {}

  async get<T>(key: string, fallback: T): Promise<T> {
    const row = await this.db.settings.get(key);
    return row === undefined ? fallback : (row.value as T);
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}
