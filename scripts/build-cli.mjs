// Bundles the command line (electron/cli) into out/cli/workbench.mjs for plain Node: no Electron needed.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { workbench: 'electron/cli/workbench.ts', 'import-thread': 'electron/services/import-thread.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  define: { __WORKBENCH_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
