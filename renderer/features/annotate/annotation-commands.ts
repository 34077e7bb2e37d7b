// The changes an analyst makes to annotations and documents, as undoable commands over the repositories.
import type { ExtractedAnnotation } from '../../../shared/model/annotation';
import type { AnnotationRecord, AnnotationStatus, FactRecord } from '../../../shared/model/records';
import type { FactsRepo } from '../../db/facts-repo';
import type { AnnotationsRepo } from '../../db/annotations-repo';
import type { LinkEffect } from '../../db/entities-repo';
import type { DocumentsRepo } from '../../db/documents-repo';
import type { Command } from './history';

const NO_LINK: LinkEffect = { created: [], extended: [] };

export function addAnnotations(repo: AnnotationsRepo, records: AnnotationRecord[]): Command {
  // Storing an entity annotation links it to the registry (perhaps a new entity); undo takes that back too.
  let linked = NO_LINK;
  return {
    label: 'history.add',
    apply: async () => {
      linked = await repo.put(...records);
    },
    revert: async () => {
      await repo.delete(...records.map((r) => r.id));
      await repo.entities.revertLink(linked);
    },
  };
}

export function deleteAnnotations(repo: AnnotationsRepo, records: AnnotationRecord[]): Command {
  return {
    label: 'history.delete',
    apply: () => repo.remove(records),
    revert: async () => {
      await repo.put(...records);
    },
  };
}

/** Extraction run again: new suggestions join the document's set; undo restores the set as it was. */
export function addSuggestions(repo: AnnotationsRepo, docId: string, items: ExtractedAnnotation[]): Command {
  let before: ExtractedAnnotation[] | undefined;
  return {
    label: 'history.add',
    apply: async () => {
      before = await repo.addSuggestions(docId, items);
    },
    revert: () => repo.setSuggestions(docId, before),
  };
}

/** Replaces records with edited versions (fields, note or status); undo puts the originals back. */
export function updateAnnotations(repo: AnnotationsRepo, before: AnnotationRecord[], after: AnnotationRecord[], label = 'history.edit'): Command {
  let linked = NO_LINK;
  return {
    label,
    apply: async () => {
      linked = await repo.put(...after);
    },
    revert: async () => {
      await repo.put(...before);
      await repo.entities.revertLink(linked);
    },
  };
}

export function setStatus(repo: AnnotationsRepo, records: AnnotationRecord[], status: AnnotationStatus, now = new Date().toISOString()): Command {
  const after = records.map((r) => ({ ...r, status, updatedAt: now }));
  return updateAnnotations(repo, records, after, status === 'accepted' ? 'history.accept' : status === 'rejected' ? 'history.reject' : 'history.edit');
}

export function deleteDocument(repo: DocumentsRepo, docId: string): Command {
  let removed: Awaited<ReturnType<DocumentsRepo['delete']>>;
  return {
    label: 'history.deleteDocument',
    apply: async () => {
      removed = await repo.delete(docId);
    },
    revert: async () => {
      if (removed) await repo.restore(removed);
    },
  };
}

/**
 * Confirms facts; a figure that was still a suggestion is accepted with them (a fact reads a kept figure).
 * Undo removes the facts and puts the figures back as they were.
 */
export function confirmFacts(facts: FactsRepo, annotations: AnnotationsRepo, items: Array<{ fact: FactRecord; figure: AnnotationRecord }>): Command {
  const now = new Date().toISOString();
  const toAccept = items.map((i) => i.figure).filter((f) => f.status === 'suggested');
  return {
    label: 'history.confirmFact',
    apply: async () => {
      await annotations.put(...toAccept.map((f) => ({ ...f, status: 'accepted', updatedAt: now }) as AnnotationRecord));
      await facts.put(...items.map((i) => i.fact));
    },
    revert: async () => {
      await facts.delete(...items.map((i) => i.fact.id));
      await annotations.put(...toAccept);
    },
  };
}

export function deleteFact(facts: FactsRepo, fact: FactRecord): Command {
  return { label: 'history.deleteFact', apply: () => facts.delete(fact.id), revert: () => facts.put(fact) };
}
