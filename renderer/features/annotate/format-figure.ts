// How a figure reads to an analyst: `> 758.5 ล้าน USD` in Thai, `> USD 758.5 million` in English, `12.5%`.
import { QUALIFIER_SIGN, type FigureSpan } from '../../../shared/model/annotation';

const SCALES_TH: Array<[number, string]> = [
  [1e12, 'ล้านล้าน'],
  [1e6, 'ล้าน'],
];
const SCALES_EN: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function scaled(value: number, language: string): string {
  const scales = language === 'th' ? SCALES_TH : SCALES_EN;
  const num = (n: number) => n.toLocaleString(language === 'th' ? 'th-TH' : 'en-US', { maximumFractionDigits: 2 });
  for (const [factor, word] of scales) {
    if (Math.abs(value) >= factor) return `${num(value / factor)} ${word}`;
  }
  return num(value);
}

export function formatFigure(f: Pick<FigureSpan, 'type' | 'value' | 'valueMax' | 'unit' | 'qualifier'>, language: string): string {
  const sign = QUALIFIER_SIGN[f.qualifier] ?? '';
  const amount = (v: number) => (f.type === 'MONEY' ? scaled(v, language) : v.toLocaleString(language === 'th' ? 'th-TH' : 'en-US'));
  const range = f.valueMax !== undefined ? `${amount(f.value)}–${amount(f.valueMax)}` : amount(f.value);
  if (f.type === 'PERCENT') return `${sign}${range}%`;
  if (f.type === 'MONEY') return language === 'th' ? `${sign}${range} ${f.unit}` : `${sign}${f.unit} ${range}`;
  return `${sign}${range} ${f.unit}`;
}
