// Entity suggestions (PERSON, ORG, LOC, PROGRAMME). Placeholder until the text engine lands.
import type { EntitySpan } from '../model/annotation';

export function extractEntities(_text: string): EntitySpan[] {
  return [];
}
