// What matching reads from the index: terms by key, the dictionary, how many document numbers there are.
import type { TermDictionary } from './term-dictionary';
import type { TermList } from './term-list';

export interface PostingsSource {
  term(key: string): TermList | undefined;
  readonly dictionary: TermDictionary;
  /** Document numbers are below this. */
  readonly docCapacity: number;
}
