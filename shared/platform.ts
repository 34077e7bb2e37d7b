// The Platform contract: everything the renderer asks of the side it runs on (Electron main or the browser).
import type { ImportOutcome, ImportSource } from './import/import-file';

export type Edition = 'electron' | 'web';

export interface Platform {
  readonly edition: Edition;
  /** Opens the system file chooser (several files); resolves with their bytes, or [] when cancelled. */
  pickImportFiles(): Promise<ImportSource[]>;
  /** Reads files into documents with suggestions, off the UI thread. One outcome per source, in order. */
  parseImports(sources: ImportSource[]): Promise<ImportOutcome[]>;
  /** The system's UI language as a BCP 47 tag (e.g. `th-TH`). */
  systemLanguage(): string;
}

/** What the Electron preload exposes as window.workbench: the Platform less what the renderer knows itself. */
export type WorkbenchBridge = Omit<Platform, 'edition'>;

/** IPC channel names shared by preload and main; each one maps to one Platform method. */
export const IPC_CHANNELS = {
  pickImportFiles: 'workbench:pick-import-files',
  parseImports: 'workbench:parse-imports',
} as const;

/** Largest file the importer reads, in bytes (a setting later; the limit keeps a stray video from freezing the app). */
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;
