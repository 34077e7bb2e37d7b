// Relinking one annotation to another entity, or to a new entity of its own, as an undoable command.
import type { EntitiesRepo, RelinkUndo } from '../../db/entities-repo';
import type { Command } from '../annotate/history';

/** Links the annotation to `targetId`, or (undefined) to a new entity named by its quote. */
export function relinkAnnotation(repo: EntitiesRepo, annotationId: string, targetId: string | undefined): Command {
  let undo: RelinkUndo | undefined;
  return {
    label: targetId === undefined ? 'entities.undo.unlink' : 'entities.undo.relink',
    apply: async () => {
      undo = await repo.relink(annotationId, targetId);
    },
    revert: async () => {
      if (undo) await repo.undoRelink(undo);
    },
  };
}
