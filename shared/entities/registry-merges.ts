// Merge suggestions between registry entities: the clusterer's joins, read back as pairs of entities, refusals left out.
import type { EntityType } from '../model/annotation';
import { ENTITY_TYPES } from '../model/annotation';
import type { EntityRecord } from '../model/records';
import { GAZETTEERS, NAME_LANGS } from '../extract/gazetteer';
import {
  clusterMentions,
  gazetteerEntryId,
  pairKey,
  type DefinitionPair,
  type GazetteerLookup,
  type MergeReason,
} from './merge-suggester';

/** A linked mention: an annotation row with its entity. */
export interface RegistryMention {
  entityId: string;
  type: EntityType;
  quote: string;
  docId: string;
  start: number;
  end: number;
}

/** An in-text definition and the document that makes it. */
export type DocumentDefinition = DefinitionPair & { docId: string };

/** One reason to merge, with its decision key (pairKey of the two forms) and, where it has one, the document that shows it. */
export type PairReason = MergeReason & { key: string; docId?: string };

export interface EntityPairSuggestion {
  type: EntityType;
  /** The entity to keep (more mentions) and the one to merge into it. */
  keep: string;
  drop: string;
  reasons: PairReason[];
}

function firstShared(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): string | undefined {
  if (!a || !b) return undefined;
  for (const x of a) if (b.has(x)) return x;
  return undefined;
}

/**
 * Pairs of registry entities the clusterer would make one (folding, gazetteer, in-text definition,
 * transliteration with its evidence), from the mentions linked to them. A pair is left out when the
 * analyst refused to merge any name of one with any name of the other (`refused`: pairKey values); the
 * refused keys also stop the clusterer joining through them. Pairs come by type, then most mentions.
 */
export function registryMergeSuggestions(
  entities: readonly EntityRecord[],
  mentions: readonly RegistryMention[],
  definitions: readonly DocumentDefinition[] = [],
  refused: ReadonlySet<string> = new Set(),
  gazetteer: GazetteerLookup = gazetteerEntryId,
): EntityPairSuggestion[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const live = mentions.filter((m) => byId.get(m.entityId)?.type === m.type);
  const surfaceEntities = new Map<string, Set<string>>();
  const surfaceDocs = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const m of live) {
    const k = `${m.type}\u0000${m.quote}`;
    (surfaceEntities.get(k) ?? surfaceEntities.set(k, new Set()).get(k)!).add(m.entityId);
    (surfaceDocs.get(k) ?? surfaceDocs.set(k, new Set()).get(k)!).add(m.docId);
    count.set(m.entityId, (count.get(m.entityId) ?? 0) + 1);
  }
  const definedIn = new Map<string, string>();
  for (const d of definitions) if (!definedIn.has(pairKey(d.type, d.a, d.b))) definedIn.set(pairKey(d.type, d.a, d.b), d.docId);

  const clusters = clusterMentions(live, gazetteer, definitions, refused);
  const pairs = new Map<string, EntityPairSuggestion>();
  for (const c of clusters) {
    for (const r of c.reasons) {
      const key = pairKey(c.type, r.a, r.b);
      const ka = `${c.type}\u0000${r.a}`;
      const kb = `${c.type}\u0000${r.b}`;
      const docId =
        r.rule === 'definition' ? definedIn.get(key) : r.rule === 'transliteration' ? firstShared(surfaceDocs.get(ka), surfaceDocs.get(kb)) : undefined;
      const reason: PairReason = docId === undefined ? { ...r, key } : { ...r, key, docId };
      for (const x of surfaceEntities.get(ka) ?? []) {
        for (const y of surfaceEntities.get(kb) ?? []) {
          if (x === y) continue;
          const [keep, drop] = (count.get(x) ?? 0) > (count.get(y) ?? 0) || ((count.get(x) ?? 0) === (count.get(y) ?? 0) && x < y) ? [x, y] : [y, x];
          const id = `${keep}\u0000${drop}`;
          const pair = pairs.get(id) ?? pairs.set(id, { type: c.type, keep, drop, reasons: [] }).get(id)!;
          if (!pair.reasons.some((p) => p.key === key && p.rule === reason.rule)) pair.reasons.push(reason);
        }
      }
    }
  }
  const names = (e: EntityRecord) => [...new Set([e.name, ...e.aliases])];
  const refusedPair = (a: EntityRecord, b: EntityRecord) => names(a).some((x) => names(b).some((y) => refused.has(pairKey(a.type, x, y))));
  const typeOrder = (t: EntityType) => ENTITY_TYPES.indexOf(t);
  const total = (p: EntityPairSuggestion) => (count.get(p.keep) ?? 0) + (count.get(p.drop) ?? 0);
  return [...pairs.values()]
    .filter((p) => refused.size === 0 || !refusedPair(byId.get(p.keep)!, byId.get(p.drop)!))
    .sort((a, b) => typeOrder(a.type) - typeOrder(b.type) || total(b) - total(a) || a.keep.localeCompare(b.keep) || a.drop.localeCompare(b.drop));
}

let entryNames: Map<string, Partial<Record<string, string[]>>> | undefined;

/** A gazetteer entry's name to show (Thai or English first, as the UI asks), or its id when unknown. */
export function gazetteerEntryName(entryId: string, language: 'th' | 'en'): string {
  if (!entryNames) {
    entryNames = new Map();
    for (const file of Object.values(GAZETTEERS)) for (const e of file.entries) entryNames.set(e.id, e.names);
  }
  const names = entryNames.get(entryId);
  if (!names) return entryId;
  const order = language === 'th' ? ['th', ...NAME_LANGS] : ['en', ...NAME_LANGS];
  for (const lang of order) {
    const first = names[lang]?.[0];
    if (first) return first;
  }
  return entryId;
}
