// Undo and redo over annotation commands, in order, with a fresh redo stack after a new change.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addAnnotations, deleteAnnotations, setStatus, updateAnnotations } from '../../../../renderer/features/annotate/annotation-commands';
import { History } from '../../../../renderer/features/annotate/history';
import { newAnnotation, parseSpan } from '../../../../renderer/features/annotate/annotation-factory';
import { AnnotationsRepo } from '../../../../renderer/db/annotations-repo';
import { openDatabase } from '../../../../renderer/db/database';

describe('History with annotation commands', () => {
  it('undoes and redoes add, edit, status change and delete', async () => {
    const db = openDatabase('history-test');
    const repo = new AnnotationsRepo(db);
    const h = new History();
    const a = newAnnotation('doc', parseSpan('LOC', 'ไฮฟอง', 10));
    await h.run(addAnnotations(repo, [a]));
    expect(await repo.get(a.id)).toBeDefined();

    const noted = { ...a, note: 'เมืองท่า' };
    await h.run(updateAnnotations(repo, [a], [noted]));
    expect((await repo.get(a.id))?.note).toBe('เมืองท่า');

    await h.run(setStatus(repo, [noted], 'accepted'));
    await h.run(deleteAnnotations(repo, [{ ...noted, status: 'accepted' }]));
    expect(await repo.get(a.id)).toBeUndefined();

    await h.undo();
    expect((await repo.get(a.id))?.status).toBe('accepted');
    await h.undo();
    expect((await repo.get(a.id))?.status).toBe('manual');
    await h.undo();
    expect((await repo.get(a.id))?.note).toBeUndefined();
    await h.redo();
    expect((await repo.get(a.id))?.note).toBe('เมืองท่า');

    // A new change clears what could be redone.
    await h.run(setStatus(repo, [noted], 'rejected'));
    expect(h.canRedo).toBe(false);
    await h.undo();
    await h.undo();
    await h.undo();
    expect(await repo.get(a.id)).toBeUndefined();
    expect(h.canUndo).toBe(false);
    await db.delete();
  });

  it('tells listeners after each change and keeps at most its limit', async () => {
    const h = new History(2);
    let calls = 0;
    h.subscribe(() => calls++);
    const noop = { label: 'x', apply: async () => {}, revert: async () => {} };
    await h.run(noop);
    await h.run(noop);
    await h.run(noop);
    expect(calls).toBe(3);
    await h.undo();
    await h.undo();
    expect(h.canUndo).toBe(false);
  });
});
