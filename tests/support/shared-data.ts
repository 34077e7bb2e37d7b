// Finds the shared corpus and gold files (../shared by default, WORKBENCH_SHARED_DIR to override), read in place.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared folder: $WORKBENCH_SHARED_DIR, or ../shared beside the project. */
export function sharedDir(): string {
  return resolve(process.env.WORKBENCH_SHARED_DIR ?? join(projectRoot, '..', 'shared'));
}

/** A path inside the shared folder (e.g. sharedPath('corpus', 'seeds')). */
export function sharedPath(...parts: string[]): string {
  return join(sharedDir(), ...parts);
}

/** True when the named part of the shared folder is present. */
export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

/** The message a test prints when it skips for want of shared data. */
export function missingSharedMessage(...parts: string[]): string {
  return `skipped: ${sharedPath(...parts)} is absent (set WORKBENCH_SHARED_DIR to the shared folder to run it)`;
}

export { projectRoot };
