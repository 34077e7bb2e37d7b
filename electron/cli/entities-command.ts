// `workbench entities --json FILE...`: the entity clusters the workbench would propose across the given files.
import { extractEntities } from '../../shared/extract/entity-extractor';
import { clusterMentions, gazetteerEntryId, inTextDefinitions } from '../../shared/entities/merge-suggester';
import type { DefinitionPair, EntityMention } from '../../shared/entities/merge-suggester';
import { articleArgs, readArticles } from './read-articles';
import type { CliIo } from './workbench';

export async function entitiesCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = articleArgs('entities', args);
  if ('usage' in parsed) {
    io.err(parsed.usage);
    return 1;
  }
  const { articles, failed } = await readArticles('entities', parsed.files, io);
  const mentions: EntityMention[] = [];
  const definitions: DefinitionPair[] = [];
  for (const { file, text } of articles) {
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
