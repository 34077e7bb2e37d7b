// Turns entity candidates into flat spans: longest wins, acronyms in brackets, names repeated later in the text.
import type { EntityType } from '../model/annotation';
import type { Candidate } from './candidate';
import { CharTrie } from './char-trie';
import { leadingCapsAlias } from './latin-names';
import { honorificAt } from './person-rules';
import { baseLength, isThaiText, isolatedOk, latinBoundaryOk, thaiBoundaryOk } from './thai-chars';

/** Accepted spans over a text, with a per-character index for overlap tests. */
export class SpanSet {
  readonly spans: Candidate[] = [];
  private readonly owner: Int32Array;

  constructor(readonly length: number) {
    this.owner = new Int32Array(length).fill(-1);
  }

  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.owner[i] !== -1) return false;
    return true;
  }

  add(c: Candidate): boolean {
    if (c.end <= c.start || !this.free(c.start, c.end)) return false;
    const k = this.spans.length;
    this.spans.push(c);
    for (let i = c.start; i < c.end; i++) this.owner[i] = k;
    return true;
  }

  /** Removes every span overlapping [start, end). */
  clear(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const k = this.owner[i] ?? -1;
      if (k < 0) continue;
      const s = this.spans[k];
      if (!s) continue;
      for (let j = s.start; j < s.end; j++) this.owner[j] = -1;
      s.end = s.start; // tombstone
    }
  }

  /** The span starting exactly at pos, if any. */
  startingAt(pos: number): Candidate | null {
    const k = pos < this.length ? (this.owner[pos] ?? -1) : -1;
    const s = k >= 0 ? this.spans[k] : undefined;
    return s && s.start === pos ? s : null;
  }

  live(): Candidate[] {
    return this.spans.filter((s) => s.end > s.start);
  }
}

/** Longest candidate first (then higher priority, then earlier); a candidate overlapping an accepted one is dropped. */
export function resolveOverlaps(length: number, cands: Candidate[]): SpanSet {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const set = new SpanSet(length);
  for (const c of sorted) set.add(c);
  return set;
}

const ACRONYM = /^[A-Z][A-Za-z0-9&.\-]*[A-Z0-9.](?: [0-9]+(?:\.[0-9]+)*)?$/;
const THAI_SHORT = /^[\u0E01-\u0E4E.ฯ]{2,12}$/;
const LATIN_NAME = /^[A-Z][A-Za-z0-9&'’.\-]*(?:,? (?:[A-Z0-9][A-Za-z0-9&'’.\-]*|of|for|and|the|&|de|in))+$/;

function isAcronym(s: string): boolean {
  return (ACRONYM.test(s) && s.replace(/[^A-Z]/g, '').length >= 2) || (THAI_SHORT.test(s) && s.length <= 8);
}

/**
 * After an ORG or PROGRAMME span, a bracket holding its acronym ("(MOTIE)", "(ดีอี)"), its English name, or
 * "English Name: ACRONYM" gives spans of the same type. Returns the aliases (acronyms, names) it found.
 */
export function applyBrackets(text: string, set: SpanSet, aliases: Map<string, EntityType>): void {
  for (const parent of set.live()) {
    if (parent.type !== 'ORG' && parent.type !== 'PROGRAMME') continue;
    let p = parent.end;
    if (text[p] === ' ') p++;
    if (text[p] !== '(') continue;
    const close = text.indexOf(')', p + 1);
    if (close < 0 || close - p > 160) continue;
    const inner = text.slice(p + 1, close);
    if (inner.includes('(') || inner.includes('\n')) continue;
    if (/^(รมว|รมช|รมต|ผอ|ผวจ|ปลัด)/.test(inner)) continue; // a shortened title, not the organisation
    const pieces: { start: number; end: number }[] = [];
    const colon = /^(.*?)\s?[:;]\s?(.+)$/.exec(inner);
    const trimPiece = (s: number, e: number): void => {
      while (s < e && text[s] === ' ') s++;
      while (e > s && text[e - 1] === ' ') e--;
      if (e > s) pieces.push({ start: s, end: e });
    };
    if (colon && colon[1] !== undefined && colon[2] !== undefined) {
      const a = colon[1].trim();
      const b = colon[2].trim();
      if (!(LATIN_NAME.test(a) || isThaiText(a)) || !isAcronym(b)) continue;
      const aStart = p + 1 + inner.indexOf(colon[1]);
      trimPiece(aStart, aStart + colon[1].length);
      const bStart = p + 1 + inner.lastIndexOf(colon[2]);
      trimPiece(bStart, bStart + colon[2].length);
    } else if (isAcronym(inner.trim()) || LATIN_NAME.test(inner.trim())) {
      if (/^(Mr|Mrs|Ms|Dr)\b/.test(inner.trim())) continue;
      trimPiece(p + 1, close);
    } else continue;
    for (const piece of pieces) {
      set.clear(piece.start, piece.end);
      set.add({ start: piece.start, end: piece.end, type: parent.type, priority: 2 });
      aliases.set(text.slice(piece.start, piece.end), parent.type);
    }
  }
}

/** Names worth finding again elsewhere in the same text, with their types. */
export function collectAliases(text: string, set: SpanSet, aliases: Map<string, EntityType>): void {
  for (const s of set.live()) {
    const q = text.slice(s.start, s.end);
    if (s.type === 'PERSON') {
      let p = s.start;
      for (let k = 0; k < 3; k++) {
        const h = honorificAt(text, p);
        if (!h) break;
        p += h.length;
        if (text[p] === ' ') p++;
      }
      const name = text.slice(p, s.end);
      if (!isThaiText(name)) continue;
      if (name.includes(' ')) aliases.set(name, 'PERSON');
      const first = name.split(' ')[0] ?? '';
      if (baseLength(first) >= 3 && !aliases.has(first)) aliases.set(first, 'PERSON');
    } else if (!isThaiText(q)) {
      if (q.includes(' ') || q.replace(/[^A-Z]/g, '').length >= 2) aliases.set(q, s.type);
      const lead = leadingCapsAlias(q);
      if (lead && !aliases.has(lead)) aliases.set(lead, s.type);
    }
  }
}

/** Adds further mentions of known aliases where nothing else was found. */
export function propagateAliases(text: string, set: SpanSet, aliases: Map<string, EntityType>): void {
  if (aliases.size === 0) return;
  const trie = new CharTrie<{ type: EntityType; name: string }>();
  for (const [name, type] of aliases) trie.add(name, { type, name });
  for (let i = 0; i < text.length; i++) {
    if (!trie.startsAt(text, i)) continue;
    const m = trie.longestAt(text, i, (end, v) => {
      if (!isThaiText(v.name)) return latinBoundaryOk(text, i, end);
      if (v.type === 'PERSON' && !v.name.includes(' ')) return isolatedOk(text, i, end);
      return thaiBoundaryOk(text, i, end);
    });
    if (!m) continue;
    if (set.free(i, m.end)) {
      set.add({ start: i, end: m.end, type: m.value.type, priority: 1 });
      i = m.end - 1;
    }
  }
}
