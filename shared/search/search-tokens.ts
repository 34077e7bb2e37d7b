// Search terms of normalized text: ICU words paragraph by paragraph (Latin lowercased, Thai digits as ASCII) and Thai character bigrams.
//
// Folding never changes the length of the text, so a term's offsets are offsets into the normalized text.

/** One word of the text: its folded form and where it stands ([start, end) in the normalized text). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | undefined;
function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  return segmenter;
}

const THAI_DIGIT_0 = 0x0e50;
const THAI_DIGIT_9 = 0x0e59;

/** A Thai letter, vowel or mark (the Thai block without its digits). */
export function isThaiLetter(code: number): boolean {
  return (code >= 0x0e01 && code <= 0x0e4f) || code === 0x0e5a || code === 0x0e5b;
}

/** An ASCII letter or digit, or a Thai digit. */
export function isLatinOrDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= THAI_DIGIT_0 && code <= THAI_DIGIT_9)
  );
}

function foldCode(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code >= THAI_DIGIT_0 && code <= THAI_DIGIT_9) return code - THAI_DIGIT_0 + 0x30;
  return code;
}

/**
 * The searchable form of a string, of the same length: ASCII letters lowercased, Thai digits (๐-๙) as
 * ASCII digits, other Latin letters lowercased where that keeps one UTF-16 unit.
 */
export function foldText(s: string): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (foldCode(c) !== c || (c >= 0xc0 && c < 0x0e00)) break;
  }
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = foldCode(c);
    if (f !== c) out += String.fromCharCode(f);
    else if (c >= 0xc0 && c < 0x0e00) {
      const lower = s[i].toLowerCase();
      out += lower.length === 1 ? lower : s[i];
    } else out += s[i];
  }
  return out;
}

/** Appends the words of text[from, to) (one paragraph) to out. */
export function tokenizeParagraph(text: string, from: number, to: number, out: Token[]): void {
  if (to <= from) return;
  for (const seg of wordSegmenter().segment(text.slice(from, to))) {
    if (!seg.isWordLike) continue;
    const start = from + seg.index;
    out.push({ term: foldText(seg.segment), start, end: start + seg.segment.length });
  }
}

/** The words of a whole text, segmented line by line (Intl.Segmenter is quadratic on long strings). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let from = 0;
  while (from <= text.length) {
    let nl = text.indexOf('\n', from);
    if (nl === -1) nl = text.length;
    tokenizeParagraph(text, from, nl, out);
    from = nl + 1;
  }
  return out;
}

/** The key of the bigram of two UTF-16 code units. */
export function bigramKey(a: number, b: number): number {
  return a * 0x10000 + b;
}

/** The bigram a key stands for, as a two-character string (the stored form). */
export function bigramString(key: number): string {
  return String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000);
}

/** The key of a two-character string. */
export function bigramOf(s: string): number {
  return bigramKey(s.charCodeAt(0), s.charCodeAt(1));
}

/** Adds the bigrams of the Thai letter runs of text[from, to) to into. */
export function addThaiBigrams(text: string, into: Set<number>, from = 0, to = text.length): void {
  let prev = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isThaiLetter(c)) {
      if (prev !== -1) into.add(bigramKey(prev, c));
      prev = c;
    } else prev = -1;
  }
}

/** The distinct Thai bigrams of a string. */
export function thaiBigrams(text: string): Set<number> {
  const s = new Set<number>();
  addThaiBigrams(text, s);
  return s;
}

/**
 * True when [start, end) begins and ends on ICU word boundaries of its paragraph (a quoted phrase must
 * not start or end inside a word: `"การลงทุน"` is not in `โครงการลงทุน`).
 */
export function isWordAligned(text: string, start: number, end: number): boolean {
  const from = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to === -1) to = text.length;
  let startOk = start === from;
  let endOk = end === to;
  for (const seg of wordSegmenter().segment(text.slice(from, to))) {
    const at = from + seg.index;
    if (at === start) startOk = true;
    if (at === end) endOk = true;
    if (at >= end) break;
  }
  return startOk && endOk;
}
