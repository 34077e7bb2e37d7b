// The minimal fact a chart reads: one figure with its measure, places, unit, qualifier and period.
import type { Qualifier } from '../model/annotation';
import type { PeriodKind } from '../model/fact';
import type { Measure } from '../model/records';

export interface ChartFact {
  id: string;
  measure: Measure;
  /** Display names of the subject and counterpart (e.g. ไฮฟอง, เบลเยียม). */
  subject?: string;
  counterpart?: string;
  /** Value in base units (758.5 ล้านดอลลาร์สหรัฐ is 758500000); a range's low end. */
  value: number;
  valueMax?: number;
  /** ISO 4217 code, `%`, or the counted noun as written. Never converted. */
  unit: string;
  qualifier: Qualifier;
  startDate?: string;
  endDate?: string;
  periodKind: PeriodKind;
  docId: string;
  /** The figure as written in the document. */
  quote: string;
  /** What a share or figure is of, when known (รองเท้า, สิ่งทอ หนัง และกระดาษ). */
  label?: string;
  /** The figure annotation, so a point leads back to its sentence. */
  annotationId?: string;
}
