// Capitalised Latin names in Thai text: ORG (Korea Productivity Center) or PROGRAMME (DEEP C Industrial Park Complex) by their head word.
import type { EntityType } from '../model/annotation';
import type { Candidate } from './candidate';

const ORG_HEADS = new Set([
  'Center', 'Centre', 'Agency', 'Institute', 'Ministry', 'Department', 'Committee', 'Commission', 'Council',
  'Association', 'Bank', 'Corporation', 'Corp', 'Corp.', 'Company', 'Co.', 'Co', 'Ltd', 'Ltd.', 'Limited', 'Inc',
  'Inc.', 'PLC', 'Plc', 'University', 'College', 'Organization', 'Organisation', 'Authority', 'Office', 'Bureau',
  'Federation', 'Chamber', 'Group', 'Board', 'Fund', 'Foundation', 'Union', 'Party', 'Holdings', 'Telecom',
  'Airlines', 'Airways', 'Motors', 'Electronics', 'Electric', 'Industries', 'Systems', 'Technologies', 'Laboratory',
  'Laboratories', 'School', 'Academy', 'Society', 'Secretariat', 'Administration', 'Institution', 'Hospital', 'Court',
  'Parliament', 'Senate', 'Assembly', 'Alliance', 'Consortium', 'Partners', 'Securities', 'Insurance', 'Bancorp',
]);

const PROGRAMME_HEADS = new Set([
  'Vision', 'Initiative', 'Programme', 'Program', 'Plan', 'Project', 'Park', 'Complex', 'Zone', 'Corridor',
  'Framework', 'Strategy', 'Agreement', 'Partnership', 'Cooperation', 'Co-operation', 'Expo', 'Summit', 'Fair',
  'Festival', 'Week', 'Convention', 'Exhibition', 'Show', 'Games', 'Olympics', 'Cup', 'Goals', 'Roadmap', 'Scheme', 'Awards', 'Roadshow', 'Campaign', 'Policy', 'Model',
]);

const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&', 'de', 'du', 'des', 'für', 'in']);

const WORD = /[A-Za-z0-9][A-Za-z0-9&'’.\-]*|&/g;

interface Tok {
  start: number;
  end: number;
  text: string;
}

function isCapToken(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return true;
  return /^[0-9]+(\.[0-9]+)*$/.test(t);
}

/** Head type of a sequence of tokens: the last ORG or PROGRAMME head decides. */
function headType(tokens: readonly Tok[]): EntityType | null {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]?.text ?? '';
    const bare = t.replace(/[.,]$/, '');
    if (ORG_HEADS.has(t) || ORG_HEADS.has(bare)) return 'ORG';
    if (PROGRAMME_HEADS.has(bare)) return 'PROGRAMME';
  }
  return null;
}

/** Groups of capitalised tokens joined by single spaces, connectors (of, and, for) and ", ". */
export function latinNameGroups(text: string): Tok[][] {
  const groups: Tok[][] = [];
  let cur: Tok[] = [];
  let lastEnd = -1;
  const flush = (): void => {
    while (cur.length > 0 && !isCapToken(cur[cur.length - 1]?.text ?? '')) cur.pop();
    if (cur.length > 0) groups.push(cur);
    cur = [];
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    let word = m[0];
    // A trailing dot ends a sentence unless the word is an abbreviation (Co., Inc., U.S.).
    if (word.endsWith('.') && !/^(Co|Corp|Inc|Ltd|[A-Z](\.[A-Z])*)\.$/.test(word)) word = word.slice(0, -1);
    const tok: Tok = { start, end: start + word.length, text: word };
    const gap = lastEnd >= 0 ? text.slice(lastEnd, start) : '';
    const joined = cur.length > 0 && (gap === ' ' || gap === ', ');
    const cap = isCapToken(word);
    const conn = CONNECTORS.has(word);
    if (!joined) flush();
    if (cap || (conn && cur.length > 0 && gap === ' ')) cur.push(tok);
    else flush();
    lastEnd = tok.end;
    if (gap === ', ' && !cap) flush();
  }
  flush();
  return groups;
}

/** ORG and PROGRAMME spans from capitalised Latin names that contain a head word. */
export function findLatinNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const g of latinNameGroups(text)) {
    if (g.length < 2) continue;
    const type = headType(g);
    if (!type) continue;
    // Drop a leading honorific-like token and leading connectors.
    let first = 0;
    while (first < g.length && /^(The|Mr|Mrs|Ms|Dr)\.?$/.test(g[first]?.text ?? '') && g.length - first > 2) first++;
    const s = g[first];
    const e = g[g.length - 1];
    if (!s || !e) continue;
    out.push({ start: s.start, end: e.end, type, priority: 1 });
  }
  return out;
}

/** The leading all-capital tokens of a Latin name (DEEP C of "DEEP C Industrial Park Complex"), or ''. */
export function leadingCapsAlias(name: string): string {
  const toks = name.split(' ');
  let k = 0;
  while (k < toks.length && /^[A-Z0-9][A-Z0-9&-]*$/.test(toks[k] ?? '')) k++;
  if (k === 0 || k === toks.length) return '';
  const alias = toks.slice(0, k).join(' ');
  return alias.replace(/[^A-Z]/g, '').length >= 2 ? alias : '';
}
