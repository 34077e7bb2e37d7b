// Import speed over thaigov-2023: the command line with extraction on both cores, and the web edition's app path into IndexedDB.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { hasShared, missingSharedMessage, projectRoot, sharedPath } from '../../support/shared-data';
import { corpusStats, subset } from '../support/corpus-folder';
import { webImportBench } from '../support/web-import';

/** Runs the built command line and counts its output without keeping it. */
function runCli(args: string[]): Promise<{ ms: number; code: number; outBytes: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(projectRoot, 'out/cli/workbench.mjs'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let outBytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (outBytes += chunk.length));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - t0, code: code ?? -1, outBytes }));
  });
}

/** args: `cli` or `web` to run one path only (default both); a number limits the articles (default all). */
export default async function run(args: string[]): Promise<void> {
  if (!hasShared('corpus', 'thaigov-2023')) {
    console.log(missingSharedMessage('corpus', 'thaigov-2023'));
    return;
  }
  if (!existsSync(join(projectRoot, 'out/cli/workbench.mjs'))) {
    console.log('bench import: run `npm run build` first (out/cli/workbench.mjs is missing)');
    process.exitCode = 1;
    return;
  }
  const limit = Number(args.find((a) => /^\d+$/.test(a)) ?? 0);
  const corpus = limit > 0 ? subset(sharedPath('corpus', 'thaigov-2023'), limit) : sharedPath('corpus', 'thaigov-2023');
  const { files, bytes } = corpusStats(corpus);
  const mb = bytes / 1024 / 1024;
  console.log(`thaigov-2023: ${files} files, ${mb.toFixed(1)} MB; ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'})`);
  const result: Record<string, unknown> = { bench: 'import', files, megabytes: Number(mb.toFixed(1)), cores: availableParallelism() };

  const only = args.filter((a) => a === 'cli' || a === 'web');
  if (only.length === 0 || only.includes('cli')) {
    const cli = await runCli(['import', '--dry-run', '--extract', '--json', corpus]);
    const docsPerSec = files / (cli.ms / 1000);
    console.log(
      `command line (import --dry-run --extract, worker threads): ${(cli.ms / 1000).toFixed(1)} s, ${docsPerSec.toFixed(0)} docs/s, ${(mb / (cli.ms / 1000)).toFixed(2)} MB/s, exit ${cli.code}, ${(cli.outBytes / 1024 / 1024).toFixed(0)} MB of JSON`,
    );
    result.cli = { seconds: Number((cli.ms / 1000).toFixed(2)), docsPerSec: Math.round(docsPerSec), mbPerSec: Number((mb / (cli.ms / 1000)).toFixed(2)), exitCode: cli.code };
  }
  if (only.length === 0 || only.includes('web')) {
    result.web = await webImportBench(corpus, files, mb);
  }
  console.log(JSON.stringify(result));
}
