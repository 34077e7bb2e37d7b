// Bytes to a JavaScript string for text files: UTF-8 with or without BOM; binary data is detected and refused.
import type { Refusal } from './refusal';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; refusal: Refusal };

/** Control characters other than tab, LF, CR, FF that plain text does not contain. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls > n * 0.01;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, refusal: { reason: 'empty' } };
  if (looksBinary(bytes)) return { ok: false, refusal: { reason: 'binary' } };
  try {
    // fatal: invalid UTF-8 is refused rather than silently filled with U+FFFD.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    return { ok: false, refusal: { reason: 'binary', detail: 'not valid UTF-8 text' } };
  }
}
