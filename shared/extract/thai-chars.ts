// Character classes for matching names on the Thai character stream (no word segmenter involved).

/** A Thai consonant (ก..ฮ). */
export function isThaiConsonant(c: number): boolean {
  return c >= 0x0e01 && c <= 0x0e2e;
}

/** Any Thai letter, vowel or mark except digits and ฯ/ๆ punctuation. */
export function isThaiLetter(c: number): boolean {
  return (c >= 0x0e01 && c <= 0x0e3a) || (c >= 0x0e40 && c <= 0x0e4e);
}

/** A leading vowel (เ แ โ ใ ไ): it belongs to the consonant after it, so a word cannot end on it. */
export function isLeadingVowel(c: number): boolean {
  return c >= 0x0e40 && c <= 0x0e44;
}

/**
 * A mark or vowel that cannot start a syllable (above/below vowels, tone marks, ะ า ำ ๅ, ็ ์):
 * a name followed by one of these ends inside a syllable.
 */
export function isThaiDependent(c: number): boolean {
  return (
    c === 0x0e30 || c === 0x0e31 || c === 0x0e32 || c === 0x0e33 ||
    (c >= 0x0e34 && c <= 0x0e3a) || c === 0x0e45 || (c >= 0x0e47 && c <= 0x0e4e)
  );
}

/** A combining mark (drawn above/below): not counted as a letter when measuring a syllable. */
export function isThaiCombining(c: number): boolean {
  return c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
}

export function isLatinAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

export function isLatinUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde);
}

export function isThaiText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isThaiLetter(s.charCodeAt(i))) return true;
  return false;
}

/** Letters in a Thai string, combining marks left out (a rough syllable-size measure). */
export function baseLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isThaiCombining(s.charCodeAt(i))) n++;
  return n;
}

/**
 * True when [start, end) can be a whole Thai word or name in `text`: it does not begin right after a
 * leading vowel, and the character after it is not a vowel or mark that would continue its last syllable.
 */
export function thaiBoundaryOk(text: string, start: number, end: number): boolean {
  if (start > 0 && isLeadingVowel(text.charCodeAt(start - 1))) return false;
  if (start < text.length && isThaiDependent(text.charCodeAt(start))) return false;
  if (end < text.length && isThaiDependent(text.charCodeAt(end))) return false;
  return true;
}

/** True when [start, end) is not glued to Latin letters or digits on either side. */
export function latinBoundaryOk(text: string, start: number, end: number): boolean {
  if (start > 0 && isLatinAlnum(text.charCodeAt(start - 1))) return false;
  if (end < text.length && isLatinAlnum(text.charCodeAt(end))) return false;
  return true;
}

/** True when [start, end) stands alone: no Thai letter or Latin letter/digit touches either side. */
export function isolatedOk(text: string, start: number, end: number): boolean {
  const a = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const b = end < text.length ? text.charCodeAt(end) : 0x20;
  return !isThaiLetter(a) && !isThaiLetter(b) && !isLatinAlnum(a) && !isLatinAlnum(b);
}
