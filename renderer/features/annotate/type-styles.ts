// One colour and one letter per annotation type, used everywhere (text, panel, later charts and PDF).
// Colours are the Okabe-Ito palette, distinct for colour-blind readers; the letter means colour is never the only signal.
import type { AnnotationType } from '../../../shared/model/annotation';

export const TYPE_STYLE: Record<AnnotationType, { color: string; letter: string }> = {
  PERSON: { color: '#0072B2', letter: 'P' },
  ORG: { color: '#E69F00', letter: 'O' },
  LOC: { color: '#009E73', letter: 'L' },
  PROGRAMME: { color: '#CC79A7', letter: 'G' },
  MONEY: { color: '#D55E00', letter: '$' },
  PERCENT: { color: '#56B4E9', letter: '%' },
  COUNT: { color: '#8C7A00', letter: '#' },
  QUANTITY: { color: '#6F6F6F', letter: 'Q' },
  DATE: { color: '#3B3B98', letter: 'D' },
};
