// `workbench extract --json FILE...`: normalized text and suggested annotations for each file.
import { extractAll } from '../../shared/extract/extract';
import { documentDateOf } from '../../shared/import/metadata';
import { articleArgs, readArticles } from './read-articles';
import type { CliIo } from './workbench';

export async function extractCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = articleArgs('extract', args);
  if ('usage' in parsed) {
    io.err(parsed.usage);
    return 1;
  }
  const { articles, failed } = await readArticles('extract', parsed.files, io);
  const results = articles.map(({ file, text }) => ({ file, text, annotations: extractAll(text, { documentDate: documentDateOf(text) }) }));
  io.out(`${JSON.stringify(results, null, 2)}\n`);
  return failed ? 2 : 0;
}
