// `workbench extract --json FILE...`: normalized text and suggested annotations for each file.
import { extractAll } from '../../shared/extract/extract';
import { documentDateOf } from '../../shared/import/metadata';
import { decodeText } from '../../shared/import/text-decoding';
import { describeRefusal } from '../../shared/import/refusal';
import { normalizeText } from '../../shared/text/normalize';
import type { CliIo } from './workbench';

export async function extractCommand(args: string[], io: CliIo): Promise<number> {
  const files = args.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('-'));
  if (!args.includes('--json') || files.length === 0 || unknown.length > 0) {
    io.err(`workbench extract: usage: extract --json FILE...${unknown.length ? ` (unknown option ${unknown[0]})` : ''}\n`);
    return 1;
  }
  const results: unknown[] = [];
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (e) {
      io.err(`workbench extract: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'could not be read'}\n`);
      failed = true;
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      io.err(`workbench extract: ${describeRefusal(file, decoded.refusal)}\n`);
      failed = true;
      continue;
    }
    const text = normalizeText(decoded.text);
    const annotations = extractAll(text, { documentDate: documentDateOf(text) });
    results.push({ file, text, annotations });
  }
  io.out(`${JSON.stringify(results, null, 2)}\n`);
  return failed ? 2 : 0;
}
