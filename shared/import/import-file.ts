// One file's bytes to a parsed document (normalized text, metadata, suggestions) or a refusal.
import { extractAll } from '../extract/extract';
import type { ExtractedAnnotation } from '../model/annotation';
import type { ImportFormat } from '../model/records';
import { DEFAULT_MAX_IMPORT_BYTES } from '../platform';
import { normalizeText } from '../text/normalize';
import { contentFingerprint, contentHash } from './content-hash';
import type { ExtractedFile } from './extracted-file';
import { readHtml } from './html-document';
import { documentDateOf, sourceUrlOf, titleOf } from './metadata';
import type { Refusal } from './refusal';
import { decodeText } from './text-decoding';

export interface ImportSource {
  /** File name (or relative path) as the user sees it. */
  name: string;
  bytes: Uint8Array;
}

export interface ParsedDocument {
  id: string;
  /** Hash of the text without white space: the same article from another format (see content-hash.ts). */
  fingerprint: string;
  title: string;
  text: string;
  date?: string;
  sourceUrl?: string;
  fileName: string;
  format: ImportFormat;
  /** `utf-8`, `utf-16le`, `utf-16be`, `tis-620`, `windows-874` (or a page's declared charset); `binary` for DOCX/PDF. */
  encoding: string;
  /** From the file's properties (DOCX/PDF) or meta tags (HTML). */
  author?: string;
  /** When the file itself was made (DOCX/PDF creation date, ISO yyyy-mm-dd); not the article's date. */
  fileCreated?: string;
  /** Damage found while reading (e.g. broken Thai in a PDF's text layer): the text was imported, but check it. */
  warnings?: string[];
  suggestions: ExtractedAnnotation[];
}

export type ImportOutcome =
  | { file: string; ok: true; document: ParsedDocument }
  | { file: string; ok: false; refusal: Refusal };

const FORMATS: Record<string, ImportFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

export function formatOf(name: string): ImportFormat | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : FORMATS[name.slice(dot + 1).toLowerCase()];
}

export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

export interface ImportOptions {
  /** Run the extractors and return suggestions (default true). */
  extract?: boolean;
  /** Refuse files larger than this many bytes. */
  maxBytes?: number;
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

export async function importFile(source: ImportSource, options: ImportOptions = {}): Promise<ImportOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const file = baseName(source.name);
  const format = formatOf(file);
  if (!format) {
    const dot = file.lastIndexOf('.');
    return { file, ok: false, refusal: { reason: 'unsupported-type', detail: dot < 0 ? 'no extension' : file.slice(dot) } };
  }
  if (source.bytes.length > maxBytes) {
    return { file, ok: false, refusal: { reason: 'too-large', detail: `${megabytes(source.bytes.length)} > ${megabytes(maxBytes)}` } };
  }
  const read = await readFile(format, source.bytes);
  if (!read.ok) return { file, ok: false, refusal: read.refusal };
  const extracted = read.file;
  const text = normalizeText(extracted.text);
  if (text.trim() === '') return { file, ok: false, refusal: { reason: 'empty' } };

  const date = extracted.date ?? documentDateOf(text);
  const document: ParsedDocument = {
    id: await contentHash(text),
    fingerprint: contentFingerprint(text),
    // A title from the file's properties or <title> gets the same clean-up (site prefix, length) as a first line.
    title: (extracted.title && titleOf(normalizeText(extracted.title), '')) || titleOf(text, file),
    text,
    date,
    sourceUrl: extracted.sourceUrl ?? sourceUrlOf(text),
    fileName: file,
    format,
    encoding: extracted.encoding,
    author: extracted.author,
    fileCreated: extracted.created,
    warnings: extracted.warnings,
    suggestions: options.extract === false ? [] : extractAll(text, { documentDate: date }),
  };
  return { file, ok: true, document };
}

type ReadResult = { ok: true; file: ExtractedFile } | { ok: false; refusal: Refusal };

/** The format's reader; DOCX and PDF readers (mammoth, MuPDF) are loaded only when such a file arrives. */
async function readFile(format: ImportFormat, bytes: Uint8Array): Promise<ReadResult> {
  switch (format) {
    case 'txt':
    case 'md': {
      const decoded = decodeText(bytes);
      return decoded.ok ? { ok: true, file: { text: decoded.text, encoding: decoded.encoding, warnings: [] } } : decoded;
    }
    case 'html':
      return readHtml(bytes);
    case 'docx':
      return (await import('./docx-to-text')).readDocx(bytes);
    case 'pdf':
      return (await import('./pdf-to-text')).readPdf(bytes);
  }
}
