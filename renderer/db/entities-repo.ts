// The entity registry: linking entity annotations to canonical entities, the list and page queries, relink, merge and merge decisions.
import { ENTITY_TYPES, isEntityType, type EntitySpan, type EntityType } from '../../shared/model/annotation';
import type { AnnotationRecord, DocumentRecord, EntityRecord, FactRecord, MergeDecisionRecord } from '../../shared/model/records';
import { foldName } from '../../shared/entities/name-folding';
import { inTextDefinitions } from '../../shared/entities/merge-suggester';
import { mergedEntity, newEntity, pickEntity, renamedEntity, withAliases, withoutAlias } from '../../shared/entities/registry';
import type { DocumentDefinition, RegistryMention } from '../../shared/entities/registry-merges';
import type { WorkbenchDb } from './database';

/** What linking did to the registry, so that undoing the annotation change can undo it too. */
export interface LinkEffect {
  /** Entities created for mentions no entity had. */
  created: string[];
  /** Surface forms added to an existing entity's aliases. */
  extended: Array<{ entityId: string; alias: string }>;
}

/** An entity annotation the analyst kept (accepted or marked): the rows that link to an entity. */
export function isLinkable(a: AnnotationRecord): a is AnnotationRecord & EntitySpan {
  return isEntityType(a.type) && (a.status === 'accepted' || a.status === 'manual');
}

function withoutEntity(a: AnnotationRecord): AnnotationRecord {
  const { entityId: _drop, ...rest } = a;
  return rest as AnnotationRecord;
}

export interface EntitySummary {
  entity: EntityRecord;
  mentions: number;
  documents: number;
}

export interface EntityMentions {
  entity: EntityRecord;
  /** Linked annotations, newest document first, then in text order. */
  mentions: AnnotationRecord[];
  documents: Map<string, DocumentRecord>;
}

export interface RelinkUndo {
  annotation: AnnotationRecord;
  /** The entity the annotation now links to, as it was before (undefined: created by the relink). */
  targetBefore?: EntityRecord;
  targetId: string;
  /** The entity it linked to before, when the relink left it with nothing and removed it. */
  removedOld?: EntityRecord;
}

export interface MergeUndo {
  keep: EntityRecord;
  drop: EntityRecord;
  annotationIds: string[];
  subjectFacts: string[];
  counterpartFacts: string[];
  decisionsBefore: Array<{ key: string; before?: MergeDecisionRecord }>;
}

export class EntitiesRepo {
  /** In-text definitions per document, with the linked mentions they were read for (mergeInput). */
  private readonly definitionCache = new Map<string, { signature: string; definitions: DocumentDefinition[] }>();

  constructor(private readonly db: WorkbenchDb) {}

  get(id: string): Promise<EntityRecord | undefined> {
    return this.db.entities.get(id);
  }

  bulkGet(ids: string[]): Promise<Array<EntityRecord | undefined>> {
    return this.db.entities.bulkGet(ids);
  }

  /**
   * Links records about to be stored: a kept entity annotation keeps its entity when that entity exists,
   * else links to the entity whose folded keys hold its quote's folded form (pickEntity when several do),
   * else to a new entity named by its quote; every other record loses any link. One query for the keys,
   * one for the ids, one write of the entities touched: accept-all of thousands costs a few lookups.
   * Must run inside a transaction over annotations and entities (AnnotationsRepo.put).
   */
  async link(records: AnnotationRecord[], now = new Date().toISOString()): Promise<{ records: AnnotationRecord[]; effect: LinkEffect }> {
    const effect: LinkEffect = { created: [], extended: [] };
    const out = records.map((r) => (isLinkable(r) || r.entityId === undefined ? r : withoutEntity(r)));
    const linkable = out.map((r, i) => (isLinkable(r) ? i : -1)).filter((i) => i >= 0);
    if (linkable.length === 0) return { records: out, effect };

    const claimed = [...new Set(linkable.map((i) => out[i]!.entityId).filter((id): id is string => id !== undefined))];
    const existing = new Map<string, EntityRecord>();
    (await this.db.entities.bulkGet(claimed)).forEach((e) => e && existing.set(e.id, e));
    // Each distinct form once: type, quote, folded key.
    const forms = new Map<string, { type: EntityType; quote: string; key: string; at: number[] }>();
    for (const i of linkable) {
      const r = out[i]! as AnnotationRecord & EntitySpan;
      const known = r.entityId !== undefined ? existing.get(r.entityId) : undefined;
      if (known && known.type === r.type) continue;
      const k = `${r.type}\u0000${r.quote}`;
      const f = forms.get(k) ?? forms.set(k, { type: r.type, quote: r.quote, key: foldName(r.quote, r.type), at: [] }).get(k)!;
      f.at.push(i);
    }
    if (forms.size === 0) return { records: out, effect };

    const keys = [...new Set([...forms.values()].map((f) => f.key))];
    const pool = new Map<string, EntityRecord>();
    for (const e of await this.db.entities.where('keys').anyOf(keys).distinct().toArray()) pool.set(e.id, e);
    const created = new Set<string>();
    const written = new Map<string, EntityRecord>();
    const counts = new Map<string, number>();
    for (const f of forms.values()) {
      const candidates = [...pool.values()].filter((e) => e.type === f.type && (e.keys ?? []).includes(f.key));
      if (candidates.length > 1) {
        for (const c of candidates) if (!counts.has(c.id)) counts.set(c.id, await this.db.annotations.where('entityId').equals(c.id).count());
      }
      let entity = pickEntity(candidates, f.quote, counts);
      if (!entity) {
        entity = newEntity(f.type, [f.quote], crypto.randomUUID(), now);
        effect.created.push(entity.id);
        created.add(entity.id);
        written.set(entity.id, entity);
      } else if (!entity.aliases.includes(f.quote)) {
        entity = withAliases(entity, [f.quote]);
        if (!created.has(entity.id)) effect.extended.push({ entityId: entity.id, alias: f.quote });
        written.set(entity.id, entity);
      }
      pool.set(entity.id, entity);
      for (const i of f.at) out[i] = { ...out[i]!, entityId: entity.id };
    }
    // Only entities created or given a new alias are written.
    if (written.size > 0) await this.db.entities.bulkPut([...written.values()]);
    return { records: out, effect };
  }

  /** Undoes what linking did once the annotations are back as they were: new entities left unused go, added aliases no mention uses go. */
  async revertLink(effect: LinkEffect): Promise<void> {
    if (effect.created.length === 0 && effect.extended.length === 0) return;
    await this.db.transaction('rw', [this.db.entities, this.db.annotations, this.db.facts], async () => {
      // A few batched lookups whatever the number of entities: an undone accept-all may have made hundreds.
      const extendedIds = [...new Set(effect.extended.map((x) => x.entityId))];
      const stillUsed = new Set<string>();
      for (const r of await this.db.annotations.where('entityId').anyOf(extendedIds).toArray()) stillUsed.add(`${r.entityId}\u0000${r.quote}`);
      const extended = new Map<string, EntityRecord>();
      (await this.db.entities.bulkGet(extendedIds)).forEach((e) => e && extended.set(e.id, e));
      for (const { entityId, alias } of effect.extended) {
        const e = extended.get(entityId);
        if (e && !stillUsed.has(`${entityId}\u0000${alias}`)) extended.set(entityId, withoutAlias(e, alias));
      }
      await this.db.entities.bulkPut([...extended.values()]);
      const unused = await this.unusedOf(effect.created);
      await this.db.entities.bulkDelete(unused);
    });
  }

  /** Of these entities, those nothing points at (no annotation, no fact) that the analyst never edited (name, note). */
  private async unusedOf(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const [entities, linked, subjects, counterparts] = await Promise.all([
      this.db.entities.bulkGet(ids),
      this.db.annotations.where('entityId').anyOf(ids).keys(),
      this.db.facts.where('subjectId').anyOf(ids).keys(),
      this.db.facts.where('counterpartId').anyOf(ids).keys(),
    ]);
    const used = new Set([...linked, ...subjects, ...counterparts].map(String));
    return entities.filter((e): e is EntityRecord => !!e && !e.note && e.createdAt === e.updatedAt && !used.has(e.id)).map((e) => e.id);
  }

  private async unused(e: EntityRecord): Promise<boolean> {
    return (await this.unusedOf([e.id])).length === 1;
  }

  /** Links every kept entity annotation that has no entity yet (rows from before the registry, a restored backup). */
  async linkUnlinked(now = new Date().toISOString()): Promise<number> {
    return this.db.transaction('rw', this.db.annotations, this.db.entities, async () => {
      const rows = await this.db.annotations
        .where('type')
        .anyOf([...ENTITY_TYPES])
        .filter((a) => isLinkable(a) && a.entityId === undefined)
        .toArray();
      if (rows.length === 0) return 0;
      const { records } = await this.link(rows, now);
      await this.db.annotations.bulkPut(records);
      return rows.length;
    });
  }

  /**
   * Takes in entities from a backup (inside the restore's transaction): one whose id is here is left as
   * it is here; one of the same type whose folded name an entity here has is the same entity, and its
   * names and note join that one; any other is added. Returns where each backup id now points.
   */
  async absorb(rows: EntityRecord[]): Promise<{ ids: Map<string, string>; added: number; skipped: number }> {
    const ids = new Map<string, string>();
    if (rows.length === 0) return { ids, added: 0, skipped: 0 };
    const here = new Set((await this.db.entities.bulkGet(rows.map((r) => r.id))).filter((e): e is EntityRecord => !!e).map((e) => e.id));
    const keyOf = (r: EntityRecord) => foldName(r.name, r.type);
    const pool = new Map<string, EntityRecord>();
    for (const e of await this.db.entities.where('keys').anyOf([...new Set(rows.map(keyOf))]).distinct().toArray()) pool.set(e.id, e);
    const write = new Map<string, EntityRecord>();
    let added = 0;
    for (const row of rows) {
      if (here.has(row.id)) {
        ids.set(row.id, row.id);
        continue;
      }
      const key = keyOf(row);
      const same = pickEntity(
        [...pool.values()].filter((e) => e.type === row.type && (e.keys ?? []).includes(key)),
        row.name,
      );
      if (same) {
        const merged = mergedEntity(same, row, same.updatedAt ?? new Date().toISOString());
        pool.set(same.id, merged);
        write.set(same.id, merged);
        ids.set(row.id, same.id);
      } else {
        // Matched against with its key; stored as it came.
        pool.set(row.id, row.keys ? row : { ...row, keys: [key] });
        write.set(row.id, row);
        ids.set(row.id, row.id);
        added++;
      }
    }
    await this.db.entities.bulkPut([...write.values()]);
    return { ids, added, skipped: rows.length - added };
  }

  // ---------------------------------------------------------------------------------------------
  // Reading.

  /** Every entity with its mention and document counts (entities nothing mentions included, with zero). */
  async summaries(): Promise<EntitySummary[]> {
    const [entities, rows] = await Promise.all([this.db.entities.toArray(), this.db.annotations.orderBy('entityId').toArray()]);
    const counts = new Map<string, { mentions: number; docs: Set<string> }>();
    for (const r of rows) {
      if (!r.entityId || !isLinkable(r)) continue;
      const c = counts.get(r.entityId) ?? counts.set(r.entityId, { mentions: 0, docs: new Set() }).get(r.entityId)!;
      c.mentions++;
      c.docs.add(r.docId);
    }
    return entities.map((entity) => ({ entity, mentions: counts.get(entity.id)?.mentions ?? 0, documents: counts.get(entity.id)?.docs.size ?? 0 }));
  }

  /** Entities of one type, for choosing where an annotation links to. */
  ofType(type: EntityType): Promise<EntityRecord[]> {
    return this.db.entities.where('type').equals(type).toArray();
  }

  /** The entity with its linked mentions and their documents. */
  async mentions(id: string): Promise<EntityMentions | undefined> {
    const entity = await this.db.entities.get(id);
    if (!entity) return undefined;
    const mentions = (await this.db.annotations.where('entityId').equals(id).toArray()).filter(isLinkable);
    const docIds = [...new Set(mentions.map((m) => m.docId))];
    const documents = new Map<string, DocumentRecord>();
    (await this.db.documents.bulkGet(docIds)).forEach((d) => d && documents.set(d.id, d));
    const date = (docId: string) => documents.get(docId)?.date ?? '';
    mentions.sort((a, b) => date(b.docId).localeCompare(date(a.docId)) || a.docId.localeCompare(b.docId) || a.start - b.start);
    return { entity, mentions, documents };
  }

  /** Texts of documents, for mention contexts. */
  async texts(docIds: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    (await this.db.texts.bulkGet(docIds)).forEach((t, i) => t && out.set(docIds[i]!, t.text));
    return out;
  }

  /** The linked mentions in the given documents (entity and document of each), for co-mentions. */
  async linkedIn(docIds: string[]): Promise<Array<{ entityId: string; docId: string }>> {
    const rows = await this.db.annotations.where('docId').anyOf(docIds).filter((a) => a.entityId !== undefined && isLinkable(a)).toArray();
    return rows.map((r) => ({ entityId: r.entityId!, docId: r.docId }));
  }

  /** Every confirmed fact with its figure and document (facts are few; the page picks those that name the entity). */
  async factsWithFigures(): Promise<Array<{ fact: FactRecord; figure?: AnnotationRecord; document?: DocumentRecord }>> {
    const facts = await this.db.facts.toArray();
    const figures = await this.db.annotations.bulkGet(facts.map((f) => f.annotationId));
    const docs = await this.db.documents.bulkGet([...new Set(facts.map((f) => f.docId))]);
    const byDoc = new Map(docs.filter((d): d is DocumentRecord => !!d).map((d) => [d.id, d]));
    return facts.map((fact, i) => ({ fact, figure: figures[i], document: byDoc.get(fact.docId) }));
  }

  /**
   * What merge suggestions are made of: every entity, every linked mention, the in-text definitions of
   * each document that has linked mentions (its text read once), the refused pair keys, document titles.
   */
  async mergeInput(): Promise<{
    entities: EntityRecord[];
    mentions: RegistryMention[];
    definitions: DocumentDefinition[];
    refused: Set<string>;
    documents: Map<string, DocumentRecord>;
  }> {
    const [entities, rows, decisions] = await Promise.all([
      this.db.entities.toArray(),
      this.db.annotations.orderBy('entityId').toArray(),
      this.db.mergeDecisions.toArray(),
    ]);
    const mentions: RegistryMention[] = [];
    const byDoc = new Map<string, EntitySpan[]>();
    for (const r of rows) {
      if (!r.entityId || !isLinkable(r)) continue;
      mentions.push({ entityId: r.entityId, type: r.type, quote: r.quote, docId: r.docId, start: r.start, end: r.end });
      (byDoc.get(r.docId) ?? byDoc.set(r.docId, []).get(r.docId)!).push({ type: r.type, start: r.start, end: r.end, quote: r.quote });
    }
    const docIds = [...byDoc.keys()];
    // A document's text never changes: its definitions are read again only when its linked mentions change.
    const signature = (spans: EntitySpan[]) => spans.map((x) => `${x.type}:${x.start}:${x.end}`).join(',');
    const stale = docIds.filter((id) => this.definitionCache.get(id)?.signature !== signature(byDoc.get(id)!));
    const texts = await this.db.texts.bulkGet(stale);
    texts.forEach((t, i) => {
      const docId = stale[i]!;
      const spans = byDoc.get(docId)!;
      const defs = t ? inTextDefinitions(t.text, spans).map((d) => ({ ...d, docId })) : [];
      this.definitionCache.set(docId, { signature: signature(spans), definitions: defs });
    });
    const definitions: DocumentDefinition[] = docIds.flatMap((id) => this.definitionCache.get(id)?.definitions ?? []);
    const documents = new Map<string, DocumentRecord>();
    (await this.db.documents.bulkGet(docIds)).forEach((d) => d && documents.set(d.id, d));
    const refused = new Set(decisions.filter((d) => d.decision === 'refused').map((d) => d.key));
    return { entities, mentions, definitions, refused, documents };
  }

  /** Every entity, by name (the search's entity filter). */
  byName(): Promise<EntityRecord[]> {
    return this.db.entities.orderBy('name').toArray();
  }

  // ---------------------------------------------------------------------------------------------
  // The analyst's edits.

  async rename(id: string, name: string, now = new Date().toISOString()): Promise<void> {
    await this.db.transaction('rw', this.db.entities, async () => {
      const e = await this.db.entities.get(id);
      if (e) await this.db.entities.put(renamedEntity(e, name, now));
    });
  }

  /** Puts an entity record back as it was (undo of an edit). */
  async restoreEntity(e: EntityRecord): Promise<void> {
    await this.db.entities.put(e);
  }

  async setNote(id: string, note: string, now = new Date().toISOString()): Promise<void> {
    await this.db.transaction('rw', this.db.entities, async () => {
      const e = await this.db.entities.get(id);
      if (!e) return;
      const { note: _old, ...rest } = e;
      const clean = note.trim();
      await this.db.entities.put(clean ? { ...rest, note: clean, updatedAt: now } : { ...rest, updatedAt: now });
    });
  }

  /**
   * Links one kept annotation to another entity of its type, or (targetId undefined) to a new entity
   * named by its quote. The quote joins the target's aliases; the entity it leaves is removed when
   * nothing else points at it. Returns what undoRelink needs, or undefined when nothing changed.
   */
  async relink(annotationId: string, targetId: string | undefined, now = new Date().toISOString()): Promise<RelinkUndo | undefined> {
    return this.db.transaction('rw', [this.db.annotations, this.db.entities, this.db.facts], async () => {
      const row = await this.db.annotations.get(annotationId);
      if (!row || !isLinkable(row) || (targetId !== undefined && row.entityId === targetId)) return undefined;
      const targetBefore = targetId === undefined ? undefined : await this.db.entities.get(targetId);
      if (targetId !== undefined && (!targetBefore || targetBefore.type !== row.type)) return undefined;
      const target = targetBefore ? withAliases(targetBefore, [row.quote]) : newEntity(row.type, [row.quote], crypto.randomUUID(), now);
      await this.db.entities.put(target);
      await this.db.annotations.put({ ...row, entityId: target.id });
      const old = row.entityId ? await this.db.entities.get(row.entityId) : undefined;
      let removedOld: EntityRecord | undefined;
      if (old && (await this.unused(old))) {
        await this.db.entities.delete(old.id);
        removedOld = old;
      }
      return { annotation: row, targetBefore, targetId: target.id, removedOld };
    });
  }

  async undoRelink(u: RelinkUndo): Promise<void> {
    await this.db.transaction('rw', [this.db.annotations, this.db.entities], async () => {
      if (u.removedOld) await this.db.entities.put(u.removedOld);
      const row = await this.db.annotations.get(u.annotation.id);
      if (row) await this.db.annotations.put(u.annotation.entityId ? { ...row, entityId: u.annotation.entityId } : withoutEntity(row));
      if (u.targetBefore) await this.db.entities.put(u.targetBefore);
      else await this.db.entities.delete(u.targetId);
    });
  }

  /**
   * Merges `dropId` into `keepId` in one transaction: the union of names and keys, every annotation and
   * fact of the dropped entity relinked to the kept one, the dropped entity deleted, and the decision
   * stored under each key. Returns what unmerge needs to split them again.
   */
  async merge(keepId: string, dropId: string, keys: string[], now = new Date().toISOString()): Promise<MergeUndo> {
    return this.db.transaction('rw', [this.db.entities, this.db.annotations, this.db.facts, this.db.mergeDecisions], async () => {
      const [keep, drop] = await this.db.entities.bulkGet([keepId, dropId]);
      if (!keep || !drop || keep.id === drop.id) throw new Error('merge: both entities must exist and differ');
      if (keep.type !== drop.type) throw new Error('merge: entities of different types');
      const rows = await this.db.annotations.where('entityId').equals(dropId).toArray();
      await this.db.annotations.bulkPut(rows.map((r) => ({ ...r, entityId: keepId })));
      const subject = await this.db.facts.where('subjectId').equals(dropId).toArray();
      const counterpart = await this.db.facts.where('counterpartId').equals(dropId).toArray();
      await this.db.facts.bulkPut(subject.map((f) => ({ ...f, subjectId: keepId })));
      await this.db.facts.bulkPut((await this.db.facts.bulkGet(counterpart.map((f) => f.id))).filter((f): f is FactRecord => !!f).map((f) => ({ ...f, counterpartId: keepId })));
      const before = await this.db.mergeDecisions.bulkGet(keys);
      await this.db.mergeDecisions.bulkPut(keys.map((key) => ({ key, decision: 'merged', decidedAt: now })));
      await this.db.entities.put(mergedEntity(keep, drop, now));
      await this.db.entities.delete(dropId);
      return {
        keep,
        drop,
        annotationIds: rows.map((r) => r.id),
        subjectFacts: subject.map((f) => f.id),
        counterpartFacts: counterpart.map((f) => f.id),
        decisionsBefore: keys.map((key, i) => ({ key, before: before[i] })),
      };
    });
  }

  /** Splits a merge: both entities as they were, each annotation and fact back on the dropped one, the decisions as they were. */
  async unmerge(u: MergeUndo): Promise<void> {
    await this.db.transaction('rw', [this.db.entities, this.db.annotations, this.db.facts, this.db.mergeDecisions], async () => {
      await this.db.entities.bulkPut([u.keep, u.drop]);
      const rows = (await this.db.annotations.bulkGet(u.annotationIds)).filter((r): r is AnnotationRecord => !!r && r.entityId === u.keep.id);
      await this.db.annotations.bulkPut(rows.map((r) => ({ ...r, entityId: u.drop.id })));
      const subject = (await this.db.facts.bulkGet(u.subjectFacts)).filter((f): f is FactRecord => !!f);
      await this.db.facts.bulkPut(subject.map((f) => ({ ...f, subjectId: u.drop.id })));
      const counterpart = (await this.db.facts.bulkGet(u.counterpartFacts)).filter((f): f is FactRecord => !!f);
      await this.db.facts.bulkPut(counterpart.map((f) => ({ ...f, counterpartId: u.drop.id })));
      await this.restoreDecisions(u.decisionsBefore);
    });
  }

  /** Stores a decision under each key; returns the decisions as they were, for undo. */
  async decide(keys: string[], decision: MergeDecisionRecord['decision'], now = new Date().toISOString()): Promise<Array<{ key: string; before?: MergeDecisionRecord }>> {
    return this.db.transaction('rw', this.db.mergeDecisions, async () => {
      const before = await this.db.mergeDecisions.bulkGet(keys);
      await this.db.mergeDecisions.bulkPut(keys.map((key) => ({ key, decision, decidedAt: now })));
      return keys.map((key, i) => ({ key, before: before[i] }));
    });
  }

  async restoreDecisions(list: Array<{ key: string; before?: MergeDecisionRecord }>): Promise<void> {
    await this.db.transaction('rw', this.db.mergeDecisions, async () => {
      await this.db.mergeDecisions.bulkDelete(list.filter((d) => !d.before).map((d) => d.key));
      await this.db.mergeDecisions.bulkPut(list.flatMap((d) => (d.before ? [d.before] : [])));
    });
  }
}
