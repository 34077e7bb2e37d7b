// The `workbench` command line: the workbench's services without a window (npm run -s workbench -- --help).
import { readFile } from 'node:fs/promises';
import { extractCommand } from './extract-command';

const HELP = `Analyst Workbench command line

Usage:
  npm run -s workbench -- <command> [options]

Commands:
  extract --json FILE...   Normalize each article and print its suggested entities,
                           figures and dates as one JSON array:
                           [{"file", "text", "annotations": [{"type", "start", "end", "quote", ...}]}]
  --help, -h               Show this help
  --version                Show the version

Exit status: 0 on success, 2 when a file could not be read, 1 on a usage error.
`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
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
  io.err(`workbench: unknown command "${command}". Run with --help for the list.\n`);
  return 1;
}

declare const __WORKBENCH_VERSION__: string;

// Run when executed as the bundled script (not when imported by tests).
if (process.argv[1]?.endsWith('workbench.mjs')) {
  runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readFile: (p) => readFile(p),
  }).then((code) => {
    process.exitCode = code;
  });
}
