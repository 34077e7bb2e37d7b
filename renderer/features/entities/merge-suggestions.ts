// Loads the registry's merge suggestions and words each reason for the analyst.
import type { TFunction } from 'i18next';
import { gazetteerEntryName, registryMergeSuggestions, type EntityPairSuggestion, type PairReason } from '../../../shared/entities/registry-merges';
import type { DocumentRecord, EntityRecord } from '../../../shared/model/records';
import type { EntitiesRepo } from '../../db/entities-repo';

export interface LoadedSuggestions {
  pairs: EntityPairSuggestion[];
  entities: Map<string, EntityRecord>;
  documents: Map<string, DocumentRecord>;
}

export async function loadMergeSuggestions(repo: EntitiesRepo): Promise<LoadedSuggestions> {
  const input = await repo.mergeInput();
  return {
    pairs: registryMergeSuggestions(input.entities, input.mentions, input.definitions, input.refused),
    entities: new Map(input.entities.map((e) => [e.id, e])),
    documents: input.documents,
  };
}

/** Why the two names look like one entity, with its evidence (the gazetteer entry, the document). */
export function reasonText(t: TFunction, r: PairReason, documents: ReadonlyMap<string, DocumentRecord>, language: string): string {
  const doc = r.docId ? (documents.get(r.docId)?.title ?? '') : '';
  switch (r.rule) {
    case 'folding':
      return t('entities.merge.reason.folding', { a: r.a, b: r.b });
    case 'gazetteer':
      return t('entities.merge.reason.gazetteer', { a: r.a, b: r.b, entry: gazetteerEntryName(r.entryId ?? '', language === 'th' ? 'th' : 'en') });
    case 'definition':
      return doc ? t('entities.merge.reason.definition', { a: r.a, b: r.b, doc }) : t('entities.merge.reason.definitionNoDoc', { a: r.a, b: r.b });
    case 'transliteration':
      return doc ? t('entities.merge.reason.transliteration', { a: r.a, b: r.b, doc }) : t('entities.merge.reason.transliterationNoDoc', { a: r.a, b: r.b });
  }
}
