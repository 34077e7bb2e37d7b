// Groups entity mentions into proposed canonical entities (folding, gazetteer, in-text definitions, transliteration).
import type { EntitySpan, EntityType } from '../model/annotation';
import { ENTITY_TYPES } from '../model/annotation';
import type { EntityRecord } from '../model/records';
import { GAZETTEERS, NAME_LANGS } from '../extract/gazetteer';
import { foldName } from './name-folding';
import { transliterationNameKey, transliterationVariants } from './transliteration';

/** One entity mention: an annotation's type and quote, where it is, and the title or role written with it. */
export interface EntityMention {
  type: EntityType;
  quote: string;
  docId: string;
  start: number;
  end: number;
  /** The person's title or role written with the mention (รองเลขาธิการกระทรวงการต่างประเทศสหรัฐฯ), if known. */
  role?: string;
}

/** Two names of one type that a text defines as one: `NAME (ACRONYM)`, `ACRONYM (NAME)`, `ไทย (English)`. */
export interface DefinitionPair {
  type: EntityType;
  a: string;
  b: string;
}

export type MergeRule = 'folding' | 'gazetteer' | 'definition' | 'transliteration';

/** Why two surface forms were put in one cluster: the rule and the two forms it joined. */
export interface MergeReason {
  rule: MergeRule;
  a: string;
  b: string;
  /** The gazetteer entry id (gazetteer rule). */
  entryId?: string;
}

export interface EntityCluster {
  /** The most frequent surface form; ties go to the longest, then the first seen. */
  name: string;
  type: EntityType;
  /** Every distinct surface form, as written, most frequent first (the name included). */
  aliases: string[];
  /** How many mentions the cluster has. */
  mentions: number;
  /** The merges that made the cluster (empty for a cluster of one surface form). */
  reasons: MergeReason[];
}

/** Looks up the gazetteer entry a name belongs to; undefined when none (or more than one) fits. */
export type GazetteerLookup = (name: string, type: EntityType) => string | undefined;

/** The key under which an analyst's refusal to merge two names is remembered (order-free). */
export function pairKey(type: EntityType, a: string, b: string): string {
  const [x, y] = a <= b ? [a, b] : [b, a];
  return `${type}\u0000${x}\u0000${y}`;
}

// ---------------------------------------------------------------------------------------------
// Gazetteer: names of one entry are one entity.

interface GazetteerIndex {
  exact: Map<string, string>;
  folded: Map<string, string | null>; // null: the folded key belongs to more than one entry
}

let gazIndex: GazetteerIndex | null = null;

function gazetteerIndex(): GazetteerIndex {
  if (gazIndex) return gazIndex;
  const exact = new Map<string, string>();
  const folded = new Map<string, string | null>();
  for (const file of Object.values(GAZETTEERS)) {
    for (const e of file.entries) {
      for (const lang of NAME_LANGS) {
        for (const name of e.names[lang] ?? []) {
          exact.set(`${file.type}\u0000${name}`, e.id);
          const k = `${file.type}\u0000${foldName(name, file.type)}`;
          const prev = folded.get(k);
          folded.set(k, prev === undefined || prev === e.id ? e.id : null);
        }
      }
    }
  }
  gazIndex = { exact, folded };
  return gazIndex;
}

/**
 * The id of the gazetteer entry a name of this type belongs to: the exact name, else the folded name
 * (สหรัฐฯ, ประเทศสหรัฐฯ and สหรัฐอเมริกา all give `us`). Undefined when no entry, or several, fit.
 */
export function gazetteerEntryId(name: string, type: EntityType): string | undefined {
  const idx = gazetteerIndex();
  const exact = idx.exact.get(`${type}\u0000${name}`);
  if (exact) return exact;
  return idx.folded.get(`${type}\u0000${foldName(name, type)}`) ?? undefined;
}

// ---------------------------------------------------------------------------------------------
// In-text definitions: NAME (ACRONYM), ACRONYM (NAME), ชื่อไทย (English name).

const LATIN = /[A-Za-z]/;
const THAI = /[\u0E00-\u0E7F]/;
// Characters allowed in a bracket between the entities it holds: `(English name: ACRONYM)`.
const BRACKET_GLUE = /^[\s:;,/]*(?:(?:หรือ|or)[\s:;,/]*)?$/;

function isAcronym(s: string, type: EntityType): boolean {
  const t = s.trim();
  if (LATIN.test(t) && !THAI.test(t)) {
    const caps = (t.match(/[A-Z]/g) ?? []).length;
    return t.length <= 12 && caps >= 2 && /^[A-Z][A-Za-z0-9&.\-]*(?: [0-9.]+)?$/.test(t);
  }
  if (t.length > 8 || /\s/.test(t)) return false;
  // Thai: a dotted abbreviation (สดช., สปป.); for ORG and PROGRAMME also a short spelled-out one with no
  // dot (ดีอี, บีโอไอ). A short undotted Thai place or person name (ฮานอย) is no acronym.
  return t.includes('.') || ((type === 'ORG' || type === 'PROGRAMME') && t.length <= 6);
}

function script(s: string): 'th' | 'latin' | 'mixed' {
  const th = THAI.test(s);
  const la = LATIN.test(s);
  return th && la ? 'mixed' : th ? 'th' : 'latin';
}

/**
 * True when a text's `a (b)` says a and b name one entity: same type, not two different gazetteer
 * entries, and either written in different scripts (นายสำลี บุษดี (Mr. Samly Boutsady)) or one of them
 * an acronym (กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี)). `แอนต์เวิร์ป (ราชอาณาจักรเบลเยียม)` is a place and
 * its country, not a definition.
 */
function definesSame(type: EntityType, a: string, b: string, gazetteer: GazetteerLookup): boolean {
  if (a === b) return false;
  const ga = gazetteer(a, type);
  const gb = gazetteer(b, type);
  if (ga && gb && ga !== gb) return false;
  const sa = script(a);
  const sb = script(b);
  if (sa !== sb && sa !== 'mixed' && sb !== 'mixed') return true;
  return isAcronym(a, type) !== isAcronym(b, type);
}

/**
 * The `NAME (ACRONYM)` / `ACRONYM (NAME)` pairs of a text: an entity followed (spaces allowed) by a
 * bracket filled by entities of the same type, with only `:`, `,`, `/` or `หรือ` between them
 * (`(Ministry of Economy, Trade and Industry: METI)` pairs the Thai name with both). `entities` are the
 * text's entity spans (extractEntities or the annotations); pairs are returned for the same type only.
 */
export function inTextDefinitions(
  text: string,
  entities: readonly EntitySpan[],
  gazetteer: GazetteerLookup = gazetteerEntryId,
): DefinitionPair[] {
  const sorted = [...entities].sort((x, y) => x.start - y.start || y.end - x.end);
  const pairs: DefinitionPair[] = [];
  const seen = new Set<string>();
  const add = (type: EntityType, a: string, b: string) => {
    if (!definesSame(type, a, b, gazetteer)) return;
    const k = pairKey(type, a, b);
    if (seen.has(k)) return;
    seen.add(k);
    pairs.push({ type, a, b });
  };
  for (let i = 0; i < sorted.length; i++) {
    const outer = sorted[i]!;
    let p = outer.end;
    while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
    if (text[p] !== '(') continue;
    const close = text.indexOf(')', p + 1);
    if (close < 0 || close - p > 200) continue;
    const inside = sorted.filter((e) => e.start > p && e.end <= close);
    if (inside.length === 0 || inside.some((e) => e.type !== outer.type)) continue;
    // The entities must fill the bracket, with only glue between them.
    let cursor = p + 1;
    let filled = true;
    for (const e of inside) {
      if (e.start < cursor) continue; // nested (should not happen: spans are flat)
      if (!BRACKET_GLUE.test(text.slice(cursor, e.start))) filled = false;
      cursor = e.end;
    }
    if (!filled || !BRACKET_GLUE.test(text.slice(cursor, close))) continue;
    const names = [outer.quote, ...inside.map((e) => e.quote)];
    for (let x = 0; x < names.length; x++) {
      for (let y = x + 1; y < names.length; y++) add(outer.type, names[x]!, names[y]!);
    }
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Clustering.

interface Surface {
  type: EntityType;
  quote: string;
  count: number;
  firstSeen: number;
  docs: Set<string>;
  roles: Set<string>;
}

/**
 * Union-find over surface forms that refuses a union joining two forms an analyst said differ, or two
 * groups that hold names of different gazetteer entries (กพร. and ก.พ.ร. fold alike but are two agencies).
 */
class Groups {
  private parent: number[];
  private members: number[][];
  private reasons: MergeReason[][];
  private entries: Array<Set<string>>;

  constructor(
    private readonly surfaces: Surface[],
    private readonly refused: ReadonlySet<string>,
    gazetteer: GazetteerLookup,
  ) {
    this.parent = surfaces.map((_, i) => i);
    this.members = surfaces.map((_, i) => [i]);
    this.reasons = surfaces.map(() => []);
    this.entries = surfaces.map((s) => {
      const id = gazetteer(s.quote, s.type);
      return new Set(id === undefined ? [] : [id]);
    });
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  /** Joins the groups of i and j unless a refused pair spans them; true when they are (now) one. */
  union(i: number, j: number, reason: MergeReason): boolean {
    const a = this.find(i);
    const b = this.find(j);
    if (a === b) return true;
    const ea = this.entries[a]!;
    const eb = this.entries[b]!;
    if (ea.size > 0 && eb.size > 0 && [...ea].some((id) => !eb.has(id))) return false;
    if (this.refused.size > 0) {
      for (const x of this.members[a]!) {
        for (const y of this.members[b]!) {
          const sx = this.surfaces[x]!;
          const sy = this.surfaces[y]!;
          if (this.refused.has(pairKey(sx.type, sx.quote, sy.quote))) return false;
        }
      }
    }
    const [big, small] = this.members[a]!.length >= this.members[b]!.length ? [a, b] : [b, a];
    this.parent[small] = big;
    this.members[big]!.push(...this.members[small]!);
    this.reasons[big]!.push(...this.reasons[small]!, reason);
    for (const id of this.entries[small]!) this.entries[big]!.add(id);
    this.members[small] = [];
    this.reasons[small] = [];
    return true;
  }

  groups(): Array<{ members: number[]; reasons: MergeReason[] }> {
    return this.surfaces
      .map((_, i) => i)
      .filter((i) => this.find(i) === i)
      .map((i) => ({ members: this.members[i]!, reasons: this.reasons[i]! }));
  }
}

function byKey<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}

function sharesAny(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Groups mentions into the entities the workbench proposes. Within one type, surface forms are joined
 * when (1) their folded names agree (foldName), (2) one gazetteer entry holds both, (3) a text defines
 * one by the other (inTextDefinitions), or (4) they are transliteration variants of a foreign name
 * (transliterationVariants) and the evidence agrees: they occur in the same document or with the same
 * role. No other closeness joins names. A union that would put two forms of a refused pair (pairKey),
 * or names of two different gazetteer entries, in one cluster is not made. Clusters come out by type (ENTITY_TYPES order), then most mentions first.
 */
export function clusterMentions(
  mentions: readonly EntityMention[],
  gazetteer: GazetteerLookup = gazetteerEntryId,
  definitions: readonly DefinitionPair[] = [],
  refused: ReadonlySet<string> = new Set(),
): EntityCluster[] {
  const surfaces: Surface[] = [];
  const index = new Map<string, number>();
  mentions.forEach((m, n) => {
    const k = `${m.type}\u0000${m.quote}`;
    let i = index.get(k);
    if (i === undefined) {
      i = surfaces.length;
      index.set(k, i);
      surfaces.push({ type: m.type, quote: m.quote, count: 0, firstSeen: n, docs: new Set(), roles: new Set() });
    }
    const s = surfaces[i]!;
    s.count++;
    s.docs.add(m.docId);
    const role = m.role?.trim();
    if (role) s.roles.add(role);
  });
  const ids = surfaces.map((_, i) => i);
  const groups = new Groups(surfaces, refused, gazetteer);
  const joinAll = (list: number[], rule: MergeRule, entryId?: string) => {
    // Join each form to an earlier one; a refused pair only blocks that one union, so try the others.
    for (let x = 1; x < list.length; x++) {
      for (let y = 0; y < x; y++) {
        const a = surfaces[list[y]!]!.quote;
        const b = surfaces[list[x]!]!.quote;
        if (groups.union(list[y]!, list[x]!, entryId ? { rule, a, b, entryId } : { rule, a, b })) break;
      }
    }
  };

  // (1) Folding.
  for (const list of byKey(ids, (i) => `${surfaces[i]!.type}\u0000${foldName(surfaces[i]!.quote, surfaces[i]!.type)}`).values()) {
    joinAll(list, 'folding');
  }
  // (2) Gazetteer entries.
  for (const [k, list] of byKey(ids, (i) => {
    const id = gazetteer(surfaces[i]!.quote, surfaces[i]!.type);
    return id === undefined ? undefined : `${surfaces[i]!.type}\u0000${id}`;
  })) {
    joinAll(list, 'gazetteer', k.split('\u0000')[1]);
  }
  // (3) In-text definitions.
  for (const d of definitions) {
    const a = index.get(`${d.type}\u0000${d.a}`);
    const b = index.get(`${d.type}\u0000${d.b}`);
    if (a !== undefined && b !== undefined) groups.union(a, b, { rule: 'definition', a: d.a, b: d.b });
  }
  // (4) Transliteration variants, with evidence: same document or same role.
  const translit = ids.filter((i) => surfaces[i]!.type === 'PERSON' || surfaces[i]!.type === 'LOC');
  for (const list of byKey(translit, (i) => `${surfaces[i]!.type}\u0000${transliterationNameKey(surfaces[i]!.quote, surfaces[i]!.type)}`).values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = surfaces[list[x]!]!;
        const b = surfaces[list[y]!]!;
        if (!transliterationVariants(a.quote, b.quote, a.type)) continue;
        if (!sharesAny(a.docs, b.docs) && !sharesAny(a.roles, b.roles)) continue;
        groups.union(list[x]!, list[y]!, { rule: 'transliteration', a: a.quote, b: b.quote });
      }
    }
  }

  const clusters = groups.groups().map(({ members, reasons }) => {
    const forms = members
      .map((i) => surfaces[i]!)
      .sort((a, b) => b.count - a.count || b.quote.length - a.quote.length || a.firstSeen - b.firstSeen);
    const first = forms[0]!;
    return {
      cluster: {
        name: first.quote,
        type: first.type,
        aliases: forms.map((f) => f.quote),
        mentions: forms.reduce((n, f) => n + f.count, 0),
        reasons,
      } satisfies EntityCluster,
      firstSeen: Math.min(...forms.map((f) => f.firstSeen)),
    };
  });
  const typeOrder = (t: EntityType) => ENTITY_TYPES.indexOf(t);
  return clusters
    .sort(
      (a, b) =>
        typeOrder(a.cluster.type) - typeOrder(b.cluster.type) ||
        b.cluster.mentions - a.cluster.mentions ||
        a.firstSeen - b.firstSeen,
    )
    .map((c) => c.cluster);
}

/** The merge suggestions of a clustering: every join that put two surface forms in one cluster. */
export function mergeSuggestions(clusters: readonly EntityCluster[]): Array<MergeReason & { type: EntityType; key: string }> {
  return clusters.flatMap((c) => c.reasons.map((r) => ({ ...r, type: c.type, key: pairKey(c.type, r.a, r.b) })));
}

/**
 * The registry entity a new annotation links to: one of the same type whose name or an alias is the
 * annotation's text, else (only when exactly one fits) whose name or alias folds to the same key.
 */
export function entityForMention(entities: readonly EntityRecord[], type: EntityType, quote: string): EntityRecord | undefined {
  const ofType = entities.filter((e) => e.type === type);
  const exact = ofType.find((e) => e.name === quote || e.aliases.includes(quote));
  if (exact) return exact;
  const key = foldName(quote, type);
  const folded = ofType.filter((e) => [e.name, ...e.aliases].some((n) => foldName(n, type) === key));
  return folded.length === 1 ? folded[0] : undefined;
}
