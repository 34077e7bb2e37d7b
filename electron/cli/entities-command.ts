// `workbench entities --json FILE...`: the entity clusters the workbench would propose across the given files.
import { extractEntities } from '../../shared/extract/entity-extractor';
import { clusterMentions, gazetteerEntryId, inTextDefinitions } from '../../shared/entities/merge-suggester';
import type { DefinitionPair, EntityMention } from '../../shared/entities/merge-suggester';
import { decodeText } from '../../shared/import/text-decoding';
import { describeRefusal } from '../../shared/import/refusal';
import { normalizeText } from '../../shared/text/normalize';
import type { CliIo } from './workbench';

export async function entitiesCommand(args: string[], io: CliIo): Promise<number> {
  const files = args.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('-'));
  if (!args.includes('--json') || files.length === 0 || unknown.length > 0) {
    io.err(`workbench entities: usage: entities --json FILE...${unknown.length ? ` (unknown option ${unknown[0]})` : ''}\n`);
    return 1;
  }
  const mentions: EntityMention[] = [];
  const definitions: DefinitionPair[] = [];
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (e) {
      io.err(`workbench entities: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'could not be read'}\n`);
      failed = true;
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      io.err(`workbench entities: ${describeRefusal(file, decoded.refusal)}\n`);
      failed = true;
      continue;
    }
    const text = normalizeText(decoded.text);
    const entities = extractEntities(text);
    for (const e of entities) mentions.push({ type: e.type, quote: e.quote, docId: file, start: e.start, end: e.end });
    definitions.push(...inTextDefinitions(text, entities));
  }
  const clusters = clusterMentions(mentions, gazetteerEntryId, definitions).map((c) => ({
    name: c.name,
    type: c.type,
    aliases: c.aliases,
    mentions: c.mentions,
  }));
  io.out(`${JSON.stringify(clusters, null, 2)}\n`);
  return failed ? 2 : 0;
}
