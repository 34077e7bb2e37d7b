// The figures table as CSV rows: the normalized fields an analyst takes into a spreadsheet.
import { csvBytes } from '../../../shared/export/csv';
import type { FigureRow } from '../../db/figures-repo';

export const FIGURES_CSV_HEADER = [
  'document', 'document_date', 'quote', 'type', 'value', 'value_max', 'unit', 'qualifier', 'period_start', 'period_end', 'status', 'source_url', 'file',
] as const;

export function figuresCsv(rows: FigureRow[]): Uint8Array {
  return csvBytes(
    FIGURES_CSV_HEADER,
    rows.map(({ figure: f, document: d, startDate, endDate }) => [
      d.title, d.date, f.quote, f.type, f.value, f.valueMax, f.unit, f.qualifier, startDate, endDate, f.status, d.sourceUrl, d.fileName,
    ]),
  );
}
