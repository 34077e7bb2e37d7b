// Latin words and numbers as whole runs of letters and digits, including where ICU glued them to Thai letters.
import type { PostingsSource } from './postings-source';
import { isLatinOrDigit } from './search-tokens';
import type { InsideTerm } from './unit-matches';

/**
 * The terms holding a Latin word or number as a whole run of letters and digits, with the offsets of the
 * word in each: the word itself, and the words ICU glued to Thai letters around it (`ของboi`, `ช่วงcovid`);
 * not `boil`. An end of the word that is not a Latin letter or digit must be an end of the term.
 */
export function termsHoldingWord(src: PostingsSource, word: string): InsideTerm[] {
  const latinStart = isLatinOrDigit(word.charCodeAt(0));
  const latinEnd = isLatinOrDigit(word.charCodeAt(word.length - 1));
  if (!latinStart && !latinEnd) {
    const list = src.term(word);
    return list === undefined ? [] : [{ list, offsets: [0] }];
  }
  const out: InsideTerm[] = [];
  src.dictionary.containing(word, (list, offsets) => {
    const t = list.term;
    const ok = offsets.filter((o) => {
      const end = o + word.length;
      const startOk = o === 0 || (latinStart && !isLatinOrDigit(t.charCodeAt(o - 1)));
      return startOk && (end === t.length || (latinEnd && !isLatinOrDigit(t.charCodeAt(end))));
    });
    if (ok.length > 0) out.push({ list, offsets: ok });
  });
  return out;
}
