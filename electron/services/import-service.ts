// Main-process import: the system chooser, reading picked files, parsing on worker threads, keeping originals.
import { stat } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { formatOf, type ImportOutcome } from '../../shared/import/import-file';
import type { ImportItem, ParsedImport, ParseOptions, PickedFile, SkippedFile } from '../../shared/platform';
import { walkPaths } from './file-walker';
import type { ImportPool } from './import-pool';
import type { OriginalStore } from './original-store';
import type { Service } from './service';

/** The file system call the service needs, so tests can hand it a fake. */
export interface ImportFs {
  readFile(path: string): Promise<Uint8Array>;
}

export class ImportService implements Service {
  readonly name = 'import';
  /** Paths the chooser handed to the renderer: the only paths parse will read. */
  private readonly picked = new Set<string>();

  constructor(
    private readonly fs: ImportFs,
    private readonly pool: Pick<ImportPool, 'parse' | 'close'>,
    private readonly originals: Pick<OriginalStore, 'put'>,
  ) {}

  async boot(): Promise<void> {}
  async shutdown(): Promise<void> {
    await this.pool.close();
  }

  /** Turns chosen files or a chosen folder (recursively, supported types only) into picked files. */
  async pick(paths: string[], folder: boolean): Promise<{ files: PickedFile[]; skipped: SkippedFile[] }> {
    const walked = await walkPaths(paths, (name) => formatOf(name) !== undefined);
    const root = folder ? paths[0] : undefined;
    const shown = (path: string) => (root ? relative(root, path) : basename(path));
    const files = await Promise.all(
      walked.files.map(async (path) => {
        this.picked.add(path);
        const size = await stat(path).then((s) => s.size, () => 0);
        return { name: shown(path), size, pickedPath: path };
      }),
    );
    const skipped = walked.skipped.filter((s) => s.reason === 'unsupported-type').map((s) => ({ name: shown(s.path), reason: 'unsupported-type' as const }));
    return { files, skipped };
  }

  async parse(items: ImportItem[], options: ParseOptions = {}): Promise<ParsedImport[]> {
    return Promise.all(items.map((item) => this.parseOne(item, options)));
  }

  private async parseOne(item: ImportItem, options: ParseOptions): Promise<ParsedImport> {
    let bytes: Uint8Array;
    if ('bytes' in item) bytes = item.bytes;
    else if (!this.picked.has(item.pickedPath)) return refused(item.name, 'not chosen in this session');
    else {
      try {
        bytes = await this.fs.readFile(item.pickedPath);
      } catch {
        return refused(item.name, 'the file could not be read');
      }
    }
    const outcome = await this.pool.parse({ name: item.name, bytes }, { maxBytes: options.maxBytes });
    if (!outcome.ok) return { outcome };
    const hash = await this.originals.put(bytes);
    return { outcome, original: { hash, name: basename(item.name), size: bytes.length } };
  }
}

function refused(file: string, detail: string): ParsedImport {
  const outcome: ImportOutcome = { file: basename(file), ok: false, refusal: { reason: 'unreadable', detail } };
  return { outcome };
}
