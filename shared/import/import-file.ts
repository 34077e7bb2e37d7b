// One file's bytes to a parsed document (normalized text, metadata, suggestions) or a refusal.
import { extractAll } from '../extract/extract';
import type { ExtractedAnnotation } from '../model/annotation';
import type { ImportFormat } from '../model/records';
import { DEFAULT_MAX_IMPORT_BYTES } from '../platform';
import { normalizeText } from '../text/normalize';
import { contentHash } from './content-hash';
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
  title: string;
  text: string;
  date?: string;
  sourceUrl?: string;
  fileName: string;
  format: ImportFormat;
  encoding: string;
  suggestions: ExtractedAnnotation[];
}

export type ImportOutcome =
  | { file: string; ok: true; document: ParsedDocument }
  | { file: string; ok: false; refusal: Refusal };

const FORMATS: Record<string, ImportFormat> = { txt: 'txt', md: 'md', markdown: 'md' };

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
  const decoded = decodeText(source.bytes);
  if (!decoded.ok) return { file, ok: false, refusal: decoded.refusal };
  const text = normalizeText(decoded.text);
  if (text.trim() === '') return { file, ok: false, refusal: { reason: 'empty' } };

  const date = documentDateOf(text);
  const document: ParsedDocument = {
    id: await contentHash(text),
    title: titleOf(text, file),
    text,
    date,
    sourceUrl: sourceUrlOf(text),
    fileName: file,
    format,
    encoding: decoded.encoding,
    suggestions: options.extract === false ? [] : extractAll(text, { documentDate: date }),
  };
  return { file, ok: true, document };
}
