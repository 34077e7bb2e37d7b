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

export interface ParseOptions {
  /** Refuse files larger than this (the analyst's setting; DEFAULT_MAX_IMPORT_BYTES otherwise). */
  maxBytes?: number;
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

/** A file inside a chosen or dropped folder that import passed over, and why. */
export interface SkippedFile {
  name: string;
  reason: 'unsupported-type';
}

export interface PickResult {
  pending: PendingImport[];
  skipped: SkippedFile[];
}

export const MENU_COMMANDS = ['import-files', 'import-folder', 'backup', 'restore'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface Platform {
  readonly edition: Edition;
  /** Opens the system chooser for files (several) or a folder (recursive); [] when cancelled. */
  pickImport(kind: PickKind): Promise<PickResult>;
  /** Parses files into documents with suggestions, off the UI thread, and keeps their originals. One result per item, in order. */
  parseImports(items: ImportItem[], options?: ParseOptions): Promise<ParsedImport[]>;
  /** Shows an original file: Electron opens it with the system, the web edition downloads it. */
  openOriginal(ref: OriginalRef): Promise<void>;
  /** An original's bytes (for backups), or undefined when it is not kept. */
  readOriginal(ref: OriginalRef): Promise<Uint8Array | undefined>;
  /** Keeps bytes restored from a backup under their hash (refused when the bytes do not match it). */
  keepOriginal(hash: string, name: string, bytes: Uint8Array): Promise<void>;
  /** Saves bytes to a file the user names (Electron: save dialog; web: download). Resolves with the name, or undefined when cancelled. */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<string | undefined>;
  /** Lets the user choose one file to read (e.g. a backup); undefined when cancelled. */
  openFile(extensions: string[]): Promise<{ name: string; bytes: Uint8Array } | undefined>;
  /**
   * Prints a brief: Electron renders its print page to PDF in a hidden window and asks where to save
   * (resolves with the path, or undefined when cancelled); the web edition opens the browser's print dialog.
   */
  printBrief(briefId: string, suggestedName: string): Promise<string | undefined>;
  /** Commands from the application menu (Electron); returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
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

/**
 * What the Electron preload exposes as window.workbench: the Platform's methods, except that the chooser
 * returns plain data (paths main will read) instead of pending imports with functions in them.
 */
export type WorkbenchBridge = Omit<Platform, 'edition' | 'pickImport'> & {
  pickImport(kind: PickKind): Promise<{ files: PickedFile[]; skipped: SkippedFile[] }>;
};

/** IPC channel names shared by preload and main; each one maps to one bridge method. */
export const IPC_CHANNELS = {
  pickImport: 'workbench:pick-import',
  parseImports: 'workbench:parse-imports',
  openOriginal: 'workbench:open-original',
  readOriginal: 'workbench:read-original',
  keepOriginal: 'workbench:keep-original',
  saveFile: 'workbench:save-file',
  openFile: 'workbench:open-file',
  menuCommand: 'workbench:menu-command',
  printBrief: 'workbench:print-brief',
  takeInbox: 'workbench:take-inbox',
  ackInbox: 'workbench:ack-inbox',
} as const;

/** Largest file the importer reads, in bytes (a setting later; the limit keeps a stray video from freezing the app). */
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;
