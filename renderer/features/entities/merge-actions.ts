// Merge decisions as undoable commands: confirm (merge two entities) and refuse (never suggest the pair again).
import type { EntitiesRepo, MergeUndo } from '../../db/entities-repo';
import type { EntityRecord, MergeDecisionRecord } from '../../../shared/model/records';
import type { Command } from '../annotate/history';

/**
 * Merges `dropId` into `keepId` and stores the decision under each key (pairKey of the forms that made
 * the suggestion). One step of the history: undo splits them again, every mention back where it was.
 */
export function mergeEntities(repo: EntitiesRepo, keepId: string, dropId: string, keys: string[]): Command {
  let undo: MergeUndo | undefined;
  return {
    label: 'entities.undo.merge',
    apply: async () => {
      undo = await repo.merge(keepId, dropId, keys);
    },
    revert: async () => {
      if (undo) await repo.unmerge(undo);
    },
  };
}

/** Renames an entity and sets its note, as one undoable step. */
export function editEntity(repo: EntitiesRepo, id: string, name: string, note: string): Command {
  let before: EntityRecord | undefined;
  return {
    label: 'entities.undo.edit',
    apply: async () => {
      before = await repo.get(id);
      if (!before) return;
      if (name.trim() && name.trim() !== before.name) await repo.rename(id, name);
      if (note.trim() !== (before.note ?? '')) await repo.setNote(id, note);
    },
    revert: async () => {
      if (before) await repo.restoreEntity(before);
    },
  };
}

/** Refuses a suggested merge: the pair is never suggested again (undo forgets the refusal). */
export function refuseMerge(repo: EntitiesRepo, keys: string[]): Command {
  let before: Array<{ key: string; before?: MergeDecisionRecord }> = [];
  return {
    label: 'entities.undo.refuse',
    apply: async () => {
      before = await repo.decide(keys, 'refused');
    },
    revert: () => repo.restoreDecisions(before),
  };
}
