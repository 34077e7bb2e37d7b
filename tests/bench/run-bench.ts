// `npm run bench -- NAME`: runs the default export of tests/bench/benches/NAME.ts; with no or an unknown NAME, lists them.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), 'benches');

function available(): string[] {
  return readdirSync(benchDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const names = available();
  if (name === undefined || !names.includes(name)) {
    if (name !== undefined) console.error(`unknown bench "${name}"`);
    console.log(`usage: npm run bench -- NAME [args]\navailable: ${names.join(', ')}`);
    process.exit(name === undefined ? 0 : 2);
  }
  const mod = (await import(pathToFileURL(join(benchDir, `${name}.ts`)).href)) as {
    default?: (args: string[]) => unknown;
  };
  if (typeof mod.default !== 'function') {
    console.error(`bench "${name}" has no default export function`);
    process.exit(2);
  }
  await mod.default(args);
}

void main();
