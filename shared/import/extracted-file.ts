// What a format reader hands back to importFile: the raw text (not yet normalized) and the file's own metadata.

export interface ExtractedFile {
  /** The text as read, before normalization (importFile normalizes it). */
  text: string;
  /** Character encoding of a text or HTML file (`utf-8`, `tis-620`, ...); `binary` for DOCX/PDF. */
  encoding: string;
  /** Title from the file's properties or <title>; importFile falls back to the text's first line. */
  title?: string;
  author?: string;
  /** The article's date (ISO yyyy-mm-dd) when the file states it as such (e.g. HTML article:published_time). */
  date?: string;
  /** When the file itself was made (DOCX/PDF creation date, ISO yyyy-mm-dd): not the article's date. */
  created?: string;
  sourceUrl?: string;
  /** Plain-English notes about damage found while reading (e.g. a PDF text layer with broken Thai). */
  warnings: string[];
}
