// The entities named in the same documents as one entity, most shared documents first.

export interface LinkedMention {
  entityId: string;
  docId: string;
}

export interface CoMention {
  entityId: string;
  /** Documents that name both. */
  documents: number;
  /** Mentions of the other entity in those documents. */
  mentions: number;
}

/**
 * Counts, for every other entity, the documents it shares with `entityId` and its mentions there.
 * `mentions` are the linked mentions of (at least) the documents that name the entity.
 */
export function coMentions(entityId: string, mentions: readonly LinkedMention[], limit = 20): CoMention[] {
  const docs = new Set(mentions.filter((m) => m.entityId === entityId).map((m) => m.docId));
  const byEntity = new Map<string, { docs: Set<string>; mentions: number }>();
  for (const m of mentions) {
    if (m.entityId === entityId || !docs.has(m.docId)) continue;
    const e = byEntity.get(m.entityId) ?? { docs: new Set<string>(), mentions: 0 };
    e.docs.add(m.docId);
    e.mentions++;
    byEntity.set(m.entityId, e);
  }
  return [...byEntity]
    .map(([id, e]) => ({ entityId: id, documents: e.docs.size, mentions: e.mentions }))
    .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.entityId.localeCompare(b.entityId))
    .slice(0, limit);
}
