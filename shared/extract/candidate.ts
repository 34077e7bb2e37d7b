// A proposed entity span before overlaps are resolved, with a rank for ties.
import type { EntityType } from '../model/annotation';
import { isThaiLetter } from './thai-chars';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** Higher wins between spans of the same length. */
  priority: number;
}

/** End of the run of Thai letters and marks starting at `pos` (pos itself when there is none). */
export function thaiRunEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isThaiLetter(text.charCodeAt(i))) i++;
  return i;
}
