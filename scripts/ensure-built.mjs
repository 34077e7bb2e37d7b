// Before the end-to-end tests: builds the app when out/ is missing or older than any source file, so `npm test` never tests a stale build.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const builtFiles = ['out/renderer/index.html', 'out/main/index.cjs', 'out/cli/workbench.mjs'].map((f) => join(root, f));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const built = builtFiles.every(existsSync) ? Math.min(...builtFiles.map((f) => statSync(f).mtimeMs)) : 0;
const sources = Math.max(...['renderer', 'shared', 'electron', 'resources'].map((d) => newestSource(join(root, d))), statSync(join(root, 'package.json')).mtimeMs);
if (built < sources) {
  console.log(built === 0 ? 'e2e: building the app first (out/ is missing)' : 'e2e: sources changed since the last build; building again');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
