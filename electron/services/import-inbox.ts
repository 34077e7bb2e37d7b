// Documents imported without a window (the command line) wait here as JSON until the app takes them into its library.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InboxDocument } from '../../shared/platform';

export class ImportInbox {
  constructor(private readonly dir: string) {}

  private pathOf(id: string): string {
    if (!/^[0-9a-f]{64}$/.test(id)) throw new Error(`not a document id: ${id}`);
    return join(this.dir, `${id}.json`);
  }

  async ids(): Promise<Set<string>> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return new Set(names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n)).map((n) => n.slice(0, 64)));
  }

  async put(doc: InboxDocument): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const path = this.pathOf(doc.document.id);
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(doc));
    await rename(tmp, path);
  }

  async list(): Promise<InboxDocument[]> {
    const out: InboxDocument[] = [];
    for (const id of await this.ids()) {
      try {
        out.push(JSON.parse(await readFile(this.pathOf(id), 'utf8')) as InboxDocument);
      } catch {
        // A file that cannot be read is left for a later try rather than lost.
      }
    }
    return out;
  }

  async remove(ids: string[]): Promise<void> {
    await Promise.all(ids.map((id) => rm(this.pathOf(id), { force: true })));
  }
}
