// Checks extracted Thai text for the damage PDF/office extractors cause and says what it found, in plain English.

/** Thai characters that combine with the consonant before them: MAI HAN-AKAT, SARA I..PHINTHU, MAITAIKHU..YAMAKKAN. */
const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
/** Thai consonants (including RU/LU), the only bases a mark may sit on. */
const CONSONANT = /[\u0E01-\u0E2E]/;
/**
 * A cluster repeated with the syllable cut short, as PDFium emits (`ส่งส่ เสริมริ`): X Y X where X is a consonant
 * with its marks, Y one or two plain Thai letters, and the second X cut off by a space, punctuation or the end
 * (`จุ๊บจุ๊บ`, `ที่มาที่ไป` are words).
 */
const REPEATED_CLUSTER = /([\u0E01-\u0E2E][\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+)([\u0E01-\u0E2E])\1(?![\u0E00-\u0E7F])/g;

export type DamageKind = 'nul' | 'replacement' | 'orphan-mark' | 'repeated-cluster';

export interface DamageFinding {
  kind: DamageKind;
  count: number;
  /** Up to three places, each a few characters around the damage. */
  examples: string[];
}

const MAX_EXAMPLES = 3;
/** How many marks may stack on one consonant (vowel + tone + a stray one) before the chain counts as broken. */
const MAX_STACK = 3;

function around(text: string, index: number, length = 1): string {
  const from = Math.max(0, index - 6);
  const to = Math.min(text.length, index + length + 6);
  return JSON.stringify(text.slice(from, to)).slice(1, -1);
}

/** Finds the damage in `text` (normalized or not); an empty list when the text looks intact. */
export function findThaiDamage(text: string): DamageFinding[] {
  const found = new Map<DamageKind, DamageFinding>();
  const note = (kind: DamageKind, index: number, length = 1) => {
    let f = found.get(kind);
    if (!f) found.set(kind, (f = { kind, count: 0, examples: [] }));
    f.count++;
    if (f.examples.length < MAX_EXAMPLES) f.examples.push(around(text, index, length));
  };

  let stack = -1; // marks since the last consonant; -1 when there is no consonant to sit on
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u0000') note('nul', i);
    else if (c === '\uFFFD') note('replacement', i);
    if (CONSONANT.test(c)) {
      stack = 0;
    } else if (MARK.test(c)) {
      if (stack < 0 || stack >= MAX_STACK) note('orphan-mark', i);
      else stack++;
    } else if (c === '\u0E33' && stack >= 0) {
      // SARA AM follows a consonant (and maybe a tone mark) and ends the cluster.
      stack = -1;
    } else {
      stack = -1;
    }
  }

  for (const m of text.matchAll(REPEATED_CLUSTER)) note('repeated-cluster', m.index, m[0].length);

  return [...found.values()];
}

const WHAT: Record<DamageKind, string> = {
  nul: 'NUL characters (U+0000) where letters should be',
  replacement: 'replacement characters (U+FFFD) where letters could not be read',
  'orphan-mark': 'Thai vowel or tone marks with no consonant to sit on',
  'repeated-cluster': 'repeated Thai letter clusters (e.g. "ส่งส่ เสริมริ")',
};

/** One English sentence per kind of damage, e.g. `2 NUL characters (U+0000) where letters should be: "ป\u0000"`. */
export function describeDamage(findings: DamageFinding[]): string[] {
  return findings.map((f) => `${f.count} ${WHAT[f.kind]}: ${f.examples.map((e) => `"${e}"`).join(', ')}`);
}

/** The warnings for a piece of extracted text: empty when it looks intact. */
export function thaiDamageWarnings(text: string): string[] {
  return describeDamage(findThaiDamage(text));
}
