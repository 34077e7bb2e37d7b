// The Platform contract: everything the renderer asks of the side it runs on (Electron main or the browser).
import type { ImportOutcome, ParsedDocument } from './import/import-file';

export type Edition = 'electron' | 'web';

/** A file to import as it crosses to the parser: its bytes (drop, web chooser) or a path main handed out (Electron chooser). */
export type ImportItem = { name: string; bytes: Uint8Array } | { name: string; pickedPath: string };

/** A file chosen or dropped but not read yet: big batches read a chunk at a time. */
export interface PendingImport {
  /** File name, or its path inside a dropped or chosen folder. */
  name: string;
  size: number;
  load(): Promise<ImportItem>;
}

/** An imported file's bytes as kept by the platform (Electron: data folder; web: IndexedDB), content-addressed. */
export interface OriginalRef {
  hash: string;
  name: string;
  size: number;
}

export interface ParsedImport {
  outcome: ImportOutcome;
  /** Where the original bytes were kept, for a parsed document. */
  original?: OriginalRef;
}

/** A document parsed without a window (command line), waiting for the app to take it into the library. */
export interface InboxDocument {
  document: ParsedDocument;
  original: OriginalRef;
  importedAt: string;
}

export type PickKind = 'files' | 'folder';

export interface Platform {
  readonly edition: Edition;
  /** Opens the system chooser for files (several) or a folder (recursive); [] when cancelled. */
  pickImport(kind: PickKind): Promise<PendingImport[]>;
  /** Parses files into documents with suggestions, off the UI thread, and keeps their originals. One result per item, in order. */
  parseImports(items: ImportItem[]): Promise<ParsedImport[]>;
  /** Shows an original file: Electron opens it with the system, the web edition downloads it. */
  openOriginal(ref: OriginalRef): Promise<void>;
  /** Documents imported from the command line since the app last looked; acknowledge what was stored. */
  takeInbox(): Promise<InboxDocument[]>;
  ackInbox(ids: string[]): Promise<void>;
  /** The system's UI language as a BCP 47 tag (e.g. `th-TH`). */
  systemLanguage(): string;
}

/** A file the Electron chooser picked: main remembers the path and reads only paths it handed out. */
export interface PickedFile {
  name: string;
  size: number;
  pickedPath: string;
}

/** What the Electron preload exposes as window.workbench (plain data only crosses the bridge). */
export interface WorkbenchBridge {
  pickImport(kind: PickKind): Promise<PickedFile[]>;
  parseImports(items: ImportItem[]): Promise<ParsedImport[]>;
  openOriginal(ref: OriginalRef): Promise<void>;
  takeInbox(): Promise<InboxDocument[]>;
  ackInbox(ids: string[]): Promise<void>;
  systemLanguage(): string;
}

/** IPC channel names shared by preload and main; each one maps to one bridge method. */
export const IPC_CHANNELS = {
  pickImport: 'workbench:pick-import',
  parseImports: 'workbench:parse-imports',
  openOriginal: 'workbench:open-original',
  takeInbox: 'workbench:take-inbox',
  ackInbox: 'workbench:ack-inbox',
} as const;

/** Largest file the importer reads, in bytes (a setting later; the limit keeps a stray video from freezing the app). */
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;
