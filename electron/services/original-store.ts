// Imported files' bytes, kept content-addressed (SHA-256) under the data folder: originals/ab/abcdef....
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../../shared/crypto/sha256';
import type { Service } from './service';

export class OriginalStore implements Service {
  readonly name = 'originals';

  constructor(private readonly root: string) {}

  async boot(): Promise<void> {
    await mkdir(this.root, { recursive: true });
  }
  async shutdown(): Promise<void> {}

  pathOf(hash: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`not a SHA-256 hash: ${hash}`);
    return join(this.root, hash.slice(0, 2), hash);
  }

  /** Stores the bytes once (a second put of the same content writes nothing) and returns their hash. */
  async put(bytes: Uint8Array): Promise<string> {
    const hash = await sha256Hex(bytes);
    const path = this.pathOf(hash);
    if (await this.has(hash)) return hash;
    await mkdir(join(this.root, hash.slice(0, 2)), { recursive: true });
    // Write then rename, so a crash never leaves a half-written original under its final name.
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, path);
    return hash;
  }

  async has(hash: string): Promise<boolean> {
    return stat(this.pathOf(hash)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  get(hash: string): Promise<Uint8Array> {
    return readFile(this.pathOf(hash));
  }
}
