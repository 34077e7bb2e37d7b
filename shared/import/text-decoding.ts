// Bytes to a JavaScript string for text files: UTF-8 (BOM or not), UTF-16 LE/BE, TIS-620/Windows-874 unlabelled; binary refused.
import type { Refusal } from './refusal';

/** WHATWG encoding names as reported in the outcome; `tis-620` is Windows-874 without its 0x80-0xA0 extras. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'tis-620' | 'windows-874';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; refusal: Refusal };

const SNIFF_BYTES = 8192;

/** Control characters other than tab, LF, CR, FF that plain text does not contain. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls > n * 0.01;
}

/** The same test on decoded text (after UTF-16): NUL or more than 1% other controls. */
function textLooksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls > n * 0.01;
}

/** The byte-order mark's encoding, if the bytes start with one. */
export function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a BOM: in Thai or Latin text every other byte is 0x00 or 0x0E (the high byte of U+0Exx).
 * Returns the byte order when at least 90% of the sniffed pairs look like that.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x0e) le++;
    if (bytes[i] === 0x00 || bytes[i] === 0x0e) be++;
  }
  const pairs = n / 2;
  if (le >= pairs * 0.9 && be < pairs * 0.5) return 'utf-16le';
  if (be >= pairs * 0.9 && le < pairs * 0.5) return 'utf-16be';
  return undefined;
}

/** Windows-874 bytes above ASCII that Thai text uses: Thai letters 0xA1-0xDA, 0xDF-0xFB, NBSP, and cp874's €, …, quotes, dashes. */
function isThaiByte(b: number): boolean {
  return (b >= 0xa0 && b <= 0xda) || (b >= 0xdf && b <= 0xfb) || b === 0x80 || b === 0x85 || (b >= 0x91 && b <= 0x97);
}

/**
 * TIS-620 / Windows-874 when every high byte is one Thai text uses, and the bytes are not UTF-8 Thai that
 * was cut or damaged (UTF-8 Thai is E0 B8|B9 xx, which in TIS-620 is rare: `เธ`/`เน` then a non-letter).
 */
export function thaiSingleByte(bytes: Uint8Array): 'tis-620' | 'windows-874' | undefined {
  let high = 0;
  let inUtf8Triples = 0;
  let extras = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (!isThaiByte(b)) return undefined;
    high++;
    if (b < 0xa1) extras = true;
    if (b === 0xe0 && (bytes[i + 1] === 0xb8 || bytes[i + 1] === 0xb9) && bytes[i + 2] >= 0x80 && bytes[i + 2] <= 0xbf) inUtf8Triples += 3;
  }
  if (high === 0 || inUtf8Triples > high / 2) return undefined;
  return extras ? 'windows-874' : 'tis-620';
}

function decodeWith(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const text = decodeWith(encoding, bytes);
  if (text === undefined) return { ok: false, refusal: { reason: 'binary', detail: `invalid ${encoding.toUpperCase()} text` } };
  if (textLooksBinary(text)) return { ok: false, refusal: { reason: 'binary' } };
  return { ok: true, text, encoding };
}

/** Decodes a text file's bytes, finding the encoding without a label (the BOM is dropped). */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, refusal: { reason: 'empty' } };
  const bom = bomEncoding(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return decodeUtf16(bytes, bom);
  if (bom !== 'utf-8') {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) return decodeUtf16(bytes, utf16);
  }
  if (looksBinary(bytes)) return { ok: false, refusal: { reason: 'binary' } };
  // fatal: invalid UTF-8 is not silently filled with U+FFFD; it may be a Thai single-byte file instead.
  const utf8 = decodeWith('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };
  const thai = bom ? undefined : thaiSingleByte(bytes);
  if (thai) return { ok: true, text: new TextDecoder('windows-874').decode(bytes), encoding: thai };
  return { ok: false, refusal: { reason: 'binary', detail: 'not UTF-8, UTF-16 or Thai TIS-620/Windows-874 text' } };
}
