// The entity registry's record rules: folded keys, aliases, which entity a mention links to, merges, name filters, facts.
import type { EntityType } from '../model/annotation';
import type { EntityRecord, FactRecord } from '../model/records';
import { foldChars, foldName } from './name-folding';

/** The folded keys of a set of names (foldName), each once, in the order of the names. */
export function entityKeys(type: EntityType, names: readonly string[]): string[] {
  return [...new Set(names.map((n) => foldName(n, type)).filter((k) => k.length > 0))];
}

/** A new entity named by its first surface form, with every form as an alias. */
export function newEntity(type: EntityType, forms: readonly string[], id: string, now: string): EntityRecord {
  const aliases = [...new Set(forms.map((f) => f.trim()).filter((f) => f.length > 0))];
  return { id, type, name: aliases[0] ?? '', aliases, keys: entityKeys(type, aliases), createdAt: now, updatedAt: now };
}

/**
 * The entity with more surface forms among its aliases (and their keys); the same object when it
 * already has them all. Linking a mention is not an edit of the entity: updatedAt stays.
 */
export function withAliases(entity: EntityRecord, forms: readonly string[]): EntityRecord {
  const fresh = forms.map((f) => f.trim()).filter((f) => f.length > 0 && !entity.aliases.includes(f));
  if (fresh.length === 0 && entity.keys) return entity;
  const aliases = [...entity.aliases, ...new Set(fresh)];
  return { ...entity, aliases, keys: entityKeys(entity.type, [entity.name, ...aliases]) };
}

/** The entity without a surface form (an undone link); its name is never removed. */
export function withoutAlias(entity: EntityRecord, form: string): EntityRecord {
  if (form === entity.name || !entity.aliases.includes(form)) return entity;
  const aliases = entity.aliases.filter((a) => a !== form);
  return { ...entity, aliases, keys: entityKeys(entity.type, [entity.name, ...aliases]) };
}

/** The entity under a new name; the name joins the aliases (the name is always one of them). */
export function renamedEntity(entity: EntityRecord, name: string, now: string): EntityRecord {
  const clean = name.trim();
  if (!clean || clean === entity.name) return entity;
  const aliases = entity.aliases.includes(clean) ? entity.aliases : [clean, ...entity.aliases];
  return { ...entity, name: clean, aliases, keys: entityKeys(entity.type, aliases), updatedAt: now };
}

/** Two entities as one: the kept one's name, the union of aliases and keys, both notes. */
export function mergedEntity(keep: EntityRecord, drop: EntityRecord, now: string): EntityRecord {
  const aliases = [...new Set([...keep.aliases, drop.name, ...drop.aliases])];
  const keys = [...new Set([...(keep.keys ?? []), ...(drop.keys ?? []), ...entityKeys(keep.type, [keep.name, ...aliases])])];
  const notes = [keep.note, drop.note].filter((n): n is string => !!n && n.trim().length > 0);
  const merged: EntityRecord = { ...keep, aliases, keys, updatedAt: now };
  if (notes.length > 0) merged.note = [...new Set(notes)].join('\n\n');
  return merged;
}

/**
 * Which of the entities that share a mention's folded key it links to: one whose name or alias is the
 * mention's text as written, then the one with the most mentions, then the oldest. `mentions` counts
 * are asked for only when there is a choice.
 */
export function pickEntity(candidates: readonly EntityRecord[], quote: string, mentions?: ReadonlyMap<string, number>): EntityRecord | undefined {
  if (candidates.length <= 1) return candidates[0];
  const exact = candidates.filter((e) => e.name === quote || e.aliases.includes(quote));
  const pool = exact.length > 0 ? exact : candidates;
  return [...pool].sort(
    (a, b) => (mentions?.get(b.id) ?? 0) - (mentions?.get(a.id) ?? 0) || (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id),
  )[0];
}

/**
 * True when a name filter matches the entity: the folded query is part of one of its folded names
 * (`สหรัฐ` finds `สหรัฐฯ`, `ประเทศสหรัฐอเมริกา`; `dae jin` finds `Mr. Dae-jin Jeong`).
 */
export function matchesNameFilter(entity: EntityRecord, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  const folded = [foldName(q, entity.type), foldChars(q)].filter((k) => k.length > 0);
  if (folded.length === 0) return true;
  const keys = entity.keys ?? entityKeys(entity.type, [entity.name, ...entity.aliases]);
  const names = [...keys, ...[entity.name, ...entity.aliases].map(foldChars)];
  return folded.some((f) => names.some((n) => n.includes(f)));
}

/**
 * Whether a fact names the entity, and as what: by entity id when the fact has one, else by the name
 * the analyst wrote, folded as a name of the entity's type (facts hold names: ไฮฟอง, เบลเยียม).
 */
export function factRole(fact: FactRecord, entity: EntityRecord): 'subject' | 'counterpart' | 'both' | undefined {
  const keys = new Set(entity.keys ?? entityKeys(entity.type, [entity.name, ...entity.aliases]));
  const names = (id: string | undefined, name: string | undefined) =>
    id !== undefined ? id === entity.id : name !== undefined && name.trim().length > 0 && keys.has(foldName(name, entity.type));
  const subject = names(fact.subjectId, fact.subject);
  const counterpart = names(fact.counterpartId, fact.counterpart);
  return subject && counterpart ? 'both' : subject ? 'subject' : counterpart ? 'counterpart' : undefined;
}
