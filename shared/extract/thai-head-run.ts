// Reads the name after a Thai head word (กระทรวง..., โครงการ...) up to where the running text resumes.
import { thaiRunEnd } from './candidate';
import { CharTrie } from './char-trie';
import { honorificAt } from './person-rules';
import { runStopAt } from './stop-words';
import { baseLength, isThaiDependent, isThaiLetter, thaiBoundaryOk } from './thai-chars';

export interface HeadRule {
  /** Generic words that, right after the head, mean there is no name (มหาวิทยาลัยชั้นนำ ...). */
  notStarts?: readonly string[];
  /** Whole continuations that are generic (ธนาคารกลาง, พรรคการเมือง). */
  notExact?: readonly string[];
  /** When set, the continuation must start with one of these (กระทรวง + การ..., อุตสาหกรรม ...). */
  mustStart?: readonly string[];
  /** Minimum letters after the head (default 2). */
  minBase?: number;
  /** Maximum span length in characters (default 90). */
  maxLen?: number;
}

/** End of the name run at `pos`: Thai letters, ฯ, and a hyphen between Thai letters. */
export function nameRunEnd(text: string, pos: number): number {
  let i = pos;
  for (;;) {
    const e = thaiRunEnd(text, i);
    i = e;
    const c = text[i];
    if (c === 'ฯ') {
      i++;
      continue;
    }
    if (c === '-' && i + 1 < text.length && isThaiLetter(text.charCodeAt(i + 1)) && i > pos) {
      i++;
      continue;
    }
    return i;
  }
}

function startsWithAny(text: string, pos: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, pos) && thaiBoundaryOk(text, pos, pos + w.length)) return true;
  return false;
}

function startsWithAnyLoose(text: string, pos: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, pos)) return true;
  return false;
}

/**
 * The end of a name written after a head that ends at `headEnd`, or -1 when there is none: the run of
 * Thai letters, cut where a stop word, an honorific or "และ" + another head begins.
 */
export function readHeadRun(text: string, headEnd: number, rule: HeadRule, heads: CharTrie<unknown>): number {
  if (headEnd >= text.length || !isThaiLetter(text.charCodeAt(headEnd))) return -1;
  if (isThaiDependent(text.charCodeAt(headEnd))) return -1; // the head ends inside a syllable (เกษตรกรมาก)
  if (rule.notStarts && startsWithAny(text, headEnd, rule.notStarts)) return -1;
  if (rule.mustStart && !startsWithAnyLoose(text, headEnd, rule.mustStart)) return -1;
  if (runStopAt(text, headEnd)) return -1;
  const runEnd = nameRunEnd(text, headEnd);
  let end = runEnd;
  for (let i = headEnd + 1; i < runEnd; i++) {
    if (runStopAt(text, i) || honorificAt(text, i)) {
      end = i;
      break;
    }
    if (text.startsWith('และ', i) && heads.startsAt(text, i + 3) && heads.longestAt(text, i + 3)) {
      end = i;
      break;
    }
  }
  const cont = text.slice(headEnd, end);
  if (baseLength(cont.replace(/ฯ/g, '')) < (rule.minBase ?? 2)) return -1;
  if (rule.notExact && rule.notExact.includes(cont)) return -1;
  if (end - headEnd > (rule.maxLen ?? 90)) return -1;
  return end;
}
