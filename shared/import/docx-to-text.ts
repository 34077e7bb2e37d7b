// A Word (.docx) file to its text with mammoth (loaded only when a DOCX arrives) and its core properties.
import { docxProperties } from './docx-properties';
import type { ExtractedFile } from './extracted-file';
import type { Refusal } from './refusal';

/** What mammoth's raw-text reader needs (its Node build reads `buffer`, its browser build `arrayBuffer`). */
interface RawTextReader {
  extractRawText(input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array }): Promise<{ value: string; messages: { type: string; message: string }[] }>;
}

let mammothPromise: Promise<RawTextReader> | undefined;

function loadMammoth(): Promise<RawTextReader> {
  mammothPromise ??= import('mammoth').then((m) => ((m as { default?: RawTextReader }).default ?? m) as RawTextReader);
  return mammothPromise;
}

/** A ZIP starts with `PK\x03\x04` (an empty archive with `PK\x05\x06`). */
const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05);

/** Reads a DOCX: paragraphs one per line; a damaged or non-Word file is refused as `corrupt`. */
export async function readDocx(bytes: Uint8Array): Promise<{ ok: true; file: ExtractedFile } | { ok: false; refusal: Refusal }> {
  if (bytes.length === 0) return { ok: false, refusal: { reason: 'empty' } };
  if (!isZip(bytes)) return { ok: false, refusal: { reason: 'corrupt', detail: 'not a Word document (no ZIP signature)' } };
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let value: string;
  try {
    const mammoth = await loadMammoth();
    ({ value } = await mammoth.extractRawText({ arrayBuffer, buffer: bytes }));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, refusal: { reason: 'corrupt', detail: `damaged Word document (${why})` } };
  }
  const props = await docxProperties(bytes);
  // mammoth ends every paragraph with a blank line; keep one line per paragraph.
  const text = value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').trim();
  return { ok: true, file: { text, encoding: 'binary', title: props.title, author: props.author, created: props.created, warnings: [] } };
}
