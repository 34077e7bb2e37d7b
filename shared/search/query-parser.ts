// Reads what the analyst types into the search box: words, runs of Thai letters (matched as substrings) and "quoted phrases".
import { normalizeText } from '../text/normalize';
import { foldText, isLatinOrDigit, isThaiLetter, tokenizeParagraph, type Token } from './search-tokens';

/**
 * One thing every result must contain.
 * - `word`: a Latin word or number, matched as a whole word term (`BOI` finds `boi`, not `boil`).
 * - `sequence`: a run of Thai letters or a mixed chunk (`ไฮฟอง`, `พ.ศ.2566`, `COVID-19`), or a quoted phrase:
 *   matched on characters, so a name ICU splits in the text (`ไฮ|ฟอง`) is still found. In a quoted phrase a
 *   space between Thai words may be absent in the text; between Latin words or numbers it must be there.
 */
export type QueryUnit =
  | { kind: 'word'; term: string }
  | {
      kind: 'sequence';
      /** Folded text sought, white space collapsed to one space. */
      needle: string;
      quoted: boolean;
      /** Its ICU words (folded) and where each starts in the needle. */
      terms: string[];
      offsets: number[];
    };

export interface ParsedQuery {
  units: QueryUnit[];
}

const QUOTES = /["“”«»]/;

function chunkTokens(chunk: string): Token[] {
  const tokens: Token[] = [];
  tokenizeParagraph(chunk, 0, chunk.length, tokens);
  return tokens;
}

function hasThai(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isThaiLetter(s.charCodeAt(i))) return true;
  return false;
}

/** The unit a whitespace-free chunk (or a quoted phrase) stands for, or undefined when it holds no word. */
function unitOf(text: string, quoted: boolean): QueryUnit | undefined {
  const tokens = chunkTokens(text);
  if (tokens.length === 0) return undefined;
  // Punctuation at the edges (`ไฮฟอง,` or `(BOI)`) is not part of what is sought.
  const needle = foldText(text.slice(tokens[0].start, tokens[tokens.length - 1].end)).replace(/\s+/g, ' ');
  const terms = tokens.map((t) => t.term);
  const base = tokens[0].start;
  const raw = text.slice(base, tokens[tokens.length - 1].end);
  // Offsets into the needle hold only when collapsing white space changed nothing.
  const offsets = raw.length === needle.length ? tokens.map((t) => t.start - base) : [];
  if (!quoted && tokens.length === 1 && !hasThai(needle)) return { kind: 'word', term: terms[0] };
  if (!quoted && tokens.length === 1 && needle.length < 2) return { kind: 'word', term: terms[0] };
  return { kind: 'sequence', needle, quoted, terms, offsets };
}

function unitKey(u: QueryUnit): string {
  return u.kind === 'word' ? `w:${u.term}` : `s:${u.quoted ? 'q' : ''}:${u.needle}`;
}

/** Parses a query; an unclosed quote runs to the end. Repeated units count once. */
export function parseQuery(query: string): ParsedQuery {
  const text = normalizeText(query).replace(/\n/g, ' ');
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  const push = (u: QueryUnit | undefined) => {
    if (u === undefined) return;
    const key = unitKey(u);
    if (seen.has(key)) return;
    seen.add(key);
    units.push(u);
  };
  const parts = text.split(QUOTES);
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      push(unitOf(part.trim(), true));
      return;
    }
    for (const chunk of part.split(/\s+/)) if (chunk !== '') push(unitOf(chunk, false));
  });
  return { units };
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/-]/;

/**
 * A global regex that finds a sequence unit's needle in the normalized (unfolded) text: letters in any
 * case, digits Arabic or Thai, spaces as the unit's kind says, Latin/digit ends not inside a longer word.
 * The index matches from its postings and never reads texts; this is the reference it is checked against
 * (the search-engine bench's recall check).
 */
export function needleRegex(needle: string): RegExp {
  let src = '';
  const first = needle.charCodeAt(0);
  const last = needle.charCodeAt(needle.length - 1);
  if (isLatinOrDigit(first)) src += '(?<![A-Za-z0-9\u0E50-\u0E59])';
  for (let i = 0; i < needle.length; i++) {
    const ch = needle[i];
    const c = needle.charCodeAt(i);
    if (ch === ' ') {
      const between = isLatinOrDigit(needle.charCodeAt(i - 1)) && isLatinOrDigit(needle.charCodeAt(i + 1));
      src += between ? '[ \\t]+' : '[ \\t]*';
    } else if (c >= 0x30 && c <= 0x39) src += `[${ch}${String.fromCharCode(0x0e50 + c - 0x30)}]`;
    else if (REGEX_SPECIAL.test(ch)) src += `\\${ch}`;
    else src += ch;
  }
  if (isLatinOrDigit(last)) src += '(?![A-Za-z0-9\u0E50-\u0E59])';
  return new RegExp(src, 'gi');
}

/** True when a needle can be found with indexOf on the unfolded text (only Thai letters and punctuation that folding keeps). */
export function isPlainNeedle(needle: string): boolean {
  for (let i = 0; i < needle.length; i++) {
    const c = needle.charCodeAt(i);
    if (c === 0x20 || isLatinOrDigit(c) || (c >= 0xc0 && c < 0x0e00)) return false;
  }
  return true;
}
