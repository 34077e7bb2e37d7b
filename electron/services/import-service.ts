// Main-process import: reads chosen files from disk and parses their bytes into documents with shared/import.
import { basename } from 'node:path';
import { importFile, type ImportOutcome, type ImportSource } from '../../shared/import/import-file';
import type { Service } from './service';

/** The file system call the service needs, so tests can hand it a fake. */
export interface ImportFs {
  readFile(path: string): Promise<Uint8Array>;
}

export class ImportService implements Service {
  readonly name = 'import';

  constructor(private readonly fs: ImportFs) {}

  async boot(): Promise<void> {}
  async shutdown(): Promise<void> {}

  /** Reads files chosen in the system dialog; one that cannot be read comes back empty and is refused by parse. */
  async readSources(paths: string[]): Promise<ImportSource[]> {
    return Promise.all(
      paths.map(async (path) => ({ name: basename(path), bytes: await this.fs.readFile(path).catch(() => new Uint8Array(0)) })),
    );
  }

  async parse(sources: ImportSource[]): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const source of sources) outcomes.push(await importFile(source));
    return outcomes;
  }
}
