// Merging two entities (and splitting them again with undo), refusing a suggestion for good, and carrying the registry through a backup.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../../shared/backup/backup-format';
import { registryMergeSuggestions } from '../../../../shared/entities/registry-merges';
import type { ParsedDocument } from '../../../../shared/import/import-file';
import { AnnotationsRepo } from '../../../../renderer/db/annotations-repo';
import { openDatabase, type WorkbenchDb } from '../../../../renderer/db/database';
import { DocumentsRepo } from '../../../../renderer/db/documents-repo';
import type { EntitiesRepo } from '../../../../renderer/db/entities-repo';
import { dumpWorkspace, restoreWorkspace } from '../../../../renderer/db/workspace-backup';
import { setStatus } from '../../../../renderer/features/annotate/annotation-commands';
import { History } from '../../../../renderer/features/annotate/history';
import { mergeEntities, refuseMerge } from '../../../../renderer/features/entities/merge-actions';

const dbs: WorkbenchDb[] = [];
let n = 0;
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

function article(id: string, text: string, names: string[]): ParsedDocument {
  const suggestions = names.flatMap((name) => {
    const at = text.indexOf(name);
    return at < 0 ? [] : [{ type: 'LOC' as const, start: at, end: at + name.length, quote: name }];
  });
  return { id, fingerprint: `fp-${id}`, title: `ข่าว ${id}`, text, fileName: `${id}.txt`, format: 'txt', encoding: 'utf-8', suggestions };
}

/** Two articles: one says สหรัฐฯ, the other สหรัฐอเมริกา (one gazetteer entry), each accepted. */
async function workspace() {
  const db = openDatabase(`entities-merge-${n++}`);
  dbs.push(db);
  const anns = new AnnotationsRepo(db);
  const docs = new DocumentsRepo(db);
  const history = new History();
  await docs.addParsed(article('a', 'สหรัฐฯ ซื้อสินค้าจากไทย', ['สหรัฐฯ']));
  await docs.addParsed(article('b', 'สหรัฐอเมริกา นำเข้าข้าว', ['สหรัฐอเมริกา']));
  for (const id of ['a', 'b']) await history.run(setStatus(anns, (await anns.forDocument(id)).filter((x) => x.status === 'suggested'), 'accepted'));
  return { db, anns, entities: anns.entities, history };
}

async function suggestions(entities: EntitiesRepo) {
  const input = await entities.mergeInput();
  return registryMergeSuggestions(input.entities, input.mentions, input.definitions, input.refused);
}

describe('merge', () => {
  it('confirming a suggestion merges names, mentions and facts into one entity; undo splits them', async () => {
    const { db, entities, history } = await workspace();
    const [pair] = await suggestions(entities);
    expect(pair).toBeDefined();
    expect(pair!.reasons[0]!.rule).toBe('gazetteer');
    const dropRow = (await db.annotations.where('entityId').equals(pair!.drop).toArray())[0]!;
    await db.facts.add({ id: 'f1', docId: dropRow.docId, annotationId: 'x', measure: 'import', subjectId: pair!.drop, periodKind: 'year', createdAt: '2026-01-01' });

    await history.run(mergeEntities(entities, pair!.keep, pair!.drop, pair!.reasons.map((r) => r.key)));
    const kept = (await db.entities.get(pair!.keep))!;
    expect(new Set(kept.aliases)).toEqual(new Set(['สหรัฐฯ', 'สหรัฐอเมริกา']));
    expect(await db.entities.get(pair!.drop)).toBeUndefined();
    expect(new Set((await db.annotations.toArray()).map((a) => a.entityId))).toEqual(new Set([pair!.keep]));
    expect((await db.facts.get('f1'))?.subjectId).toBe(pair!.keep);
    expect((await db.mergeDecisions.toArray()).map((d) => d.decision)).toEqual(['merged']);
    expect(await suggestions(entities)).toEqual([]);

    await history.undo();
    expect((await db.entities.get(pair!.keep))!.aliases).toHaveLength(1);
    expect(await db.entities.get(pair!.drop)).toBeDefined();
    expect((await db.annotations.get(dropRow.id))?.entityId).toBe(pair!.drop);
    expect((await db.facts.get('f1'))?.subjectId).toBe(pair!.drop);
    expect(await db.mergeDecisions.count()).toBe(0);
    expect(await suggestions(entities)).toHaveLength(1);
  });

  it('a refused pair is stored and never suggested again; undo forgets the refusal', async () => {
    const { db, entities, history } = await workspace();
    const [pair] = await suggestions(entities);
    await history.run(refuseMerge(entities, pair!.reasons.map((r) => r.key)));
    expect((await db.mergeDecisions.toArray()).map((d) => d.decision)).toEqual(['refused']);
    expect(await suggestions(entities)).toEqual([]);
    // A fresh repository over the same database (a reload) still remembers.
    expect(await suggestions(new AnnotationsRepo(db).entities)).toEqual([]);
    await history.undo();
    expect(await suggestions(entities)).toHaveLength(1);
  });
});

describe('backup of the registry', () => {
  it('carries entities and merge decisions, and a restore into another workspace doubles no entity', async () => {
    const source = await workspace();
    const [pair] = await suggestions(source.entities);
    await source.history.run(refuseMerge(source.entities, pair!.reasons.map((r) => r.key)));
    const file = await encodeBackup(await dumpWorkspace(source.db, async () => undefined));

    // Another analyst accepted the same article on their own: the same names under other ids.
    const target = await workspace();
    const restored = await restoreWorkspace(target.db, await decodeBackup(file), async () => {});
    expect(await target.db.entities.count()).toBe(2);
    expect(restored.skipped.entities).toBe(2);
    expect(await target.db.mergeDecisions.count()).toBe(1);
    expect(await suggestions(target.entities)).toEqual([]);

    // Into an empty profile, everything arrives as it was, links included.
    const empty = openDatabase(`entities-merge-${n++}`);
    dbs.push(empty);
    await restoreWorkspace(empty, await decodeBackup(file), async () => {});
    expect((await empty.entities.toArray()).map((e) => e.id).sort()).toEqual((await source.db.entities.toArray()).map((e) => e.id).sort());
    expect((await empty.annotations.toArray()).map((a) => a.entityId).sort()).toEqual((await source.db.annotations.toArray()).map((a) => a.entityId).sort());
    // A second restore doubles nothing.
    const again = await restoreWorkspace(empty, await decodeBackup(file), async () => {});
    expect(again.added.entities + again.added.mergeDecisions + again.added.annotations).toBe(0);
  });

  it('points restored annotations at the entity already here when it has another id', async () => {
    const source = await workspace();
    const file = await encodeBackup(await dumpWorkspace(source.db, async () => undefined));
    const target = openDatabase(`entities-merge-${n++}`);
    dbs.push(target);
    await target.entities.add({ id: 'mine', type: 'LOC', name: 'ประเทศสหรัฐฯ', aliases: ['ประเทศสหรัฐฯ'], keys: ['สหรัฐ'], note: 'ของฉัน' });
    await restoreWorkspace(target, await decodeBackup(file), async () => {});
    const mine = (await target.entities.get('mine'))!;
    expect(mine.aliases).toContain('สหรัฐฯ');
    expect(mine.note).toBe('ของฉัน');
    const a = (await target.annotations.toArray()).find((x) => x.quote === 'สหรัฐฯ')!;
    expect(a.entityId).toBe('mine');
    expect(await target.entities.count()).toBe(2);
  });
});
