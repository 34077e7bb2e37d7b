// Canonical text form of the annotation guide: every offset in the workbench counts in this form.

const BOM = '\uFEFF';
// Zs (space separators) other than U+0020 become a plain space.
const SPACE_SEPARATORS = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// ZWSP, ZWNJ, ZWJ and BOM inside the text are removed.
const ZERO_WIDTH = /[\u200B\u200C\u200D\uFEFF]/g;
// NIKHAHIT + SARA AA, as typed on some keyboards, is SARA AM.
const DECOMPOSED_SARA_AM = /\u0E4D\u0E32/g;

/** Normalizes text as the annotation guide says: line ends, NFC, SARA AM, spaces, zero-width characters. */
export function normalizeText(raw: string): string {
  let text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  text = text.replace(/\r\n?/g, '\n');
  text = text.normalize('NFC');
  text = text.replace(DECOMPOSED_SARA_AM, '\u0E33');
  text = text.replace(SPACE_SEPARATORS, ' ');
  text = text.replace(ZERO_WIDTH, '');
  return text;
}
