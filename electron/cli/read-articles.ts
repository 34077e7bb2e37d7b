// The file arguments of a `--json FILE...` command, read and normalized; each file that cannot be read is reported on stderr.
import { decodeText } from '../../shared/import/text-decoding';
import { describeRefusal } from '../../shared/import/refusal';
import { normalizeText } from '../../shared/text/normalize';
import type { CliIo } from './workbench';

export type ArticleArgs = { files: string[] } | { usage: string };

/** `--json` and at least one FILE, no other option. */
export function articleArgs(command: string, args: string[]): ArticleArgs {
  const files = args.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('-'));
  if (!args.includes('--json') || files.length === 0 || unknown.length > 0) {
    return { usage: `workbench ${command}: usage: ${command} --json FILE...${unknown.length ? ` (unknown option ${unknown[0]})` : ''}\n` };
  }
  return { files };
}

export async function readArticles(command: string, files: string[], io: CliIo): Promise<{ articles: Array<{ file: string; text: string }>; failed: boolean }> {
  const articles: Array<{ file: string; text: string }> = [];
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (e) {
      io.err(`workbench ${command}: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'could not be read'}\n`);
      failed = true;
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      io.err(`workbench ${command}: ${describeRefusal(file, decoded.refusal)}\n`);
      failed = true;
      continue;
    }
    articles.push({ file, text: normalizeText(decoded.text) });
  }
  return { articles, failed };
}
