// Bundles the command line (electron/cli) into out/cli/workbench.mjs for plain Node: no Electron needed.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['electron/cli/workbench.ts'],
  outfile: 'out/cli/workbench.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  define: { __WORKBENCH_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
