// Why a file was refused: a code the UI translates, with the detail a person needs.

export const REFUSAL_REASONS = [
  'empty',
  'unsupported-type',
  'binary',
  'duplicate',
  'too-large',
  'unreadable',
  /** A DOCX or PDF that is cut short or damaged. */
  'corrupt',
  /** A PDF with pages but no text on them (a scan). */
  'no-text-layer',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface Refusal {
  reason: RefusalReason;
  /** Extra words for the message, e.g. the extension that is not supported or the title already in the library. */
  detail?: string;
}

/** English sentence for a refusal, for the command line and logs (the UI uses i18n keys `import.refused.<reason>`). */
export function describeRefusal(file: string, r: Refusal): string {
  switch (r.reason) {
    case 'empty':
      return `${file}: the file is empty (no text to import)`;
    case 'unsupported-type':
      return `${file}: not a supported type${r.detail ? ` (${r.detail})` : ''}; import .txt, .md, .html, .docx or .pdf files`;
    case 'binary':
      return `${file}: binary data, not text`;
    case 'duplicate':
      return `${file}: already in the library${r.detail ? ` as "${r.detail}"` : ''}`;
    case 'too-large':
      return `${file}: larger than the import limit${r.detail ? ` (${r.detail})` : ''}`;
    case 'unreadable':
      return `${file}: could not be read${r.detail ? ` (${r.detail})` : ''}`;
    case 'corrupt':
      return `${file}: the file is damaged or cut short${r.detail ? ` (${r.detail})` : ''}`;
    case 'no-text-layer':
      return `${file}: the PDF has no text layer (scanned?); run OCR on it first`;
  }
}
