// The `workbench` command line: the workbench's services without a window (npm run -s workbench -- --help).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ImportPool } from '../services/import-pool';
import { entitiesCommand } from './entities-command';
import { extractCommand } from './extract-command';
import { importCommand } from './import-command';

const HELP = `Analyst Workbench command line

Usage:
  npm run -s workbench -- <command> [options]

Commands:
  extract --json FILE...   Normalize each article and print its suggested entities,
                           figures and dates as one JSON array:
                           [{"file", "text", "annotations": [{"type", "start", "end", "quote", ...}]}]
  entities --json FILE...  Extract the entities of all the files and print the entities the
                           workbench would propose (variant spellings merged) as one JSON array:
                           [{"name", "type", "aliases": [surface forms as written], "mentions"}]
  import [--dry-run] [--extract] --json [--data DIR] PATH...
                           Import files and folders (recursively) into the workbench's
                           data folder (--data to choose another; the app takes them in
                           when it next starts). Prints one JSON array, per file
                           {"file", "ok", "error", "format", "encoding", "title", "date",
                           "sourceUrl", "text", "annotations" (with --extract)}.
                           --dry-run reads and reports without keeping anything.
  --help, -h               Show this help
  --version                Show the version

Exit status: 0 on success, 2 when any file was refused or could not be read, 1 on a usage error.
`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** The parser pool: worker threads in the built command, in-process in tests. */
  pool?: ImportPool;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command === undefined ? 1 : 0;
  }
  if (command === '--version') {
    io.out(`${__WORKBENCH_VERSION__}\n`);
    return 0;
  }
  if (command === 'extract') return extractCommand(rest, io);
  if (command === 'entities') return entitiesCommand(rest, io);
  if (command === 'import') return importCommand(rest, io, io.pool ?? new ImportPool(undefined));
  io.err(`workbench: unknown command "${command}". Run with --help for the list.\n`);
  return 1;
}

declare const __WORKBENCH_VERSION__: string;

// Run when executed as the bundled script (not when imported by tests).
if (process.argv[1]?.endsWith('workbench.mjs')) {
  const needsPool = process.argv[2] === 'import';
  const pool = new ImportPool(needsPool ? fileURLToPath(new URL('./import-thread.mjs', import.meta.url)) : undefined);
  runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readFile: (p) => readFile(p),
    pool,
  })
    .then((code) => {
      process.exitCode = code;
    })
    .finally(() => pool.close());
}
