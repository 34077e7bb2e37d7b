// Entity suggestions (PERSON, ORG, LOC, PROGRAMME) from gazetteers and rules, matched on the character stream.
import type { EntitySpan, EntityType } from '../model/annotation';
import type { Candidate } from './candidate';
import { applyBrackets, collectAliases, propagateAliases, resolveOverlaps } from './entity-resolve';
import { findGazetteerHits } from './gazetteer';
import { findLatinNames } from './latin-names';
import { findPrefixedPlaces } from './loc-rules';
import {
  findCompanies,
  findGovernments,
  findShortUniversities,
  findThaiAbbreviations,
  findThaiHeadOrgs,
} from './org-rules';
import { findHonorificPersons, findLatinPersons, findTitlePersons, findVietnamesePersons } from './person-rules';
import { findThaiProgrammes } from './programme-rules';

const GAZETTEER_PRIORITY = 2;

/** Every entity in a normalized text, flat (no nesting except an acronym in brackets), in reading order. */
export function extractEntities(text: string): EntitySpan[] {
  if (text.length === 0) return [];
  const cands: Candidate[] = [];
  for (const h of findGazetteerHits(text)) {
    cands.push({ start: h.start, end: h.end, type: h.type, priority: GAZETTEER_PRIORITY });
  }
  cands.push(...findHonorificPersons(text), ...findLatinPersons(text), ...findVietnamesePersons(text));
  cands.push(...findThaiHeadOrgs(text), ...findGovernments(text), ...findCompanies(text));
  cands.push(...findThaiAbbreviations(text), ...findShortUniversities(text));
  cands.push(...findLatinNames(text), ...findThaiProgrammes(text), ...findPrefixedPlaces(text));

  const set = resolveOverlaps(text.length, cands);
  const aliases = new Map<string, EntityType>();
  applyBrackets(text, set, aliases);

  const spanEndAt = (pos: number): number => {
    const s = set.startingAt(pos);
    return s && (s.type === 'ORG' || s.type === 'LOC') ? s.end : -1;
  };
  for (const c of findTitlePersons(text, spanEndAt, (s, e) => !set.free(s, e))) set.add(c);

  collectAliases(text, set, aliases);
  propagateAliases(text, set, aliases);

  return set
    .live()
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ type: s.type, start: s.start, end: s.end, quote: text.slice(s.start, s.end) }));
}
