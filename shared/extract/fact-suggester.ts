// Suggests facts (subject, counterpart, measure, period) for each figure from its sentence and paragraph.
import type { DateSpan, EntitySpan, ExtractedAnnotation, FigureSpan } from '../model/annotation';
import type { EntityRef, PeriodKind, SuggestedFact } from '../model/fact';
import type { Measure } from '../model/records';
import { paragraphBounds, sentenceBounds, type Bounds } from './sentences';

// ---------------------------------------------------------------------------------------------
// Measure words

const EXPORT_WORDS = ['ส่งออก'];
const IMPORT_WORDS = ['นำเข้า'];
const TRADE_WORDS = ['การค้า', 'ค้าขาย', 'ซื้อขาย', 'ค้าชายแดน', 'ค้าผ่านแดน', 'การค้าระหว่าง'];
/** Words that name foreign direct investment (a stock of money or a count of projects). */
const FDI_WORDS = ['ลงทุนโดยตรง', 'FDI', 'นักลงทุนชาว', 'นักลงทุนต่างชาติ', 'นักลงทุนต่างประเทศ', 'ลงทุนจากต่างประเทศ', 'การลงทุนจากต่างชาติ'];
/** Trade words that are not a trade value. */
const NOT_TRADE = ['หอการค้า', 'ดุลการค้า', 'กระทรวงพาณิชย์', 'สำนักงานการค้า', 'ข้อตกลงการค้า', 'ความตกลงการค้า', 'กรมการค้า', 'สงครามการค้า'];
const GROWTH_WORDS = ['เติบโต', 'ขยายตัว', 'เพิ่มขึ้น', 'โตเพิ่ม', 'โต'];
const TARGET_WORDS = ['เป้า', 'บรรลุ', 'มุ่งมั่น', 'มุ่งหวัง', 'คาดการณ์', 'คาดว่า', 'ประมาณการ'];
const SHARE_WORDS = ['คิดเป็น', 'สัดส่วน'];

// Direction words: X ส่งออกไปยัง Y, นำเข้าจาก Y, นักลงทุนชาว Y, ระหว่าง X และ Y.
const TO_WORDS = ['ไปยัง', 'ไปสู่', 'ไป', 'สู่'];
const FROM_WORDS = ['จาก'];
const NATIONAL_WORDS = ['ชาว'];
// Words allowed between a direction word and its place (จากนักลงทุนชาวเบลเยียม, ไปยังตลาด).
const FILLER = /^(?:\s|นักลงทุน|ประเทศ|บริษัท|ตลาด|ผู้ประกอบการ|ภาคเอกชน|เอกชน|ฝ่าย|ชาว)*$/;

// ---------------------------------------------------------------------------------------------

interface Sentence extends Bounds {
  paragraph: number;
}

interface Roles {
  subject?: EntityRef;
  counterpart?: EntityRef;
}

interface RoleCue extends Roles {
  /** Where the cue sits, to pick the one nearest the figure. */
  at: number;
}

const ref = (e: EntitySpan): EntityRef => ({ quote: e.quote, start: e.start, end: e.end });

function isFigure(a: ExtractedAnnotation): a is FigureSpan {
  return a.type === 'MONEY' || a.type === 'PERCENT' || a.type === 'COUNT' || a.type === 'QUANTITY';
}
function isDate(a: ExtractedAnnotation): a is DateSpan {
  return a.type === 'DATE';
}
function isPlace(a: ExtractedAnnotation): a is EntitySpan {
  return a.type === 'LOC' || a.type === 'ORG';
}

/** The last index of any of the words in text[from, to), or -1. */
function lastIndexOfAny(text: string, words: readonly string[], from: number, to: number): { at: number; word: string } {
  let best = { at: -1, word: '' };
  for (const w of words) {
    const k = text.lastIndexOf(w, to - w.length);
    if (k >= from && k > best.at) best = { at: k, word: w };
  }
  return best;
}

function hasAny(text: string, words: readonly string[], from: number, to: number): boolean {
  return lastIndexOfAny(text, words, from, to).at >= 0;
}

/** The last occurrence of a trade word that is not part of a non-trade name (หอการค้า, ดุลการค้า). */
function lastTradeWord(text: string, from: number, to: number): number {
  let end = to;
  for (;;) {
    const hit = lastIndexOfAny(text, TRADE_WORDS, from, end);
    if (hit.at < 0) return -1;
    const blocked = NOT_TRADE.some((w) => {
      const k = w.indexOf(hit.word.slice(0, 4));
      if (k < 0) return false;
      return text.startsWith(w, hit.at - k);
    });
    if (!blocked) return hit.at;
    end = hit.at + hit.word.length - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Period

/** Last day of a month (month 1-12). */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Classifies a date interval: a calendar year, January to a month (year to date), a quarter, a month, a day. */
export function periodKindOf(startDate: string | undefined, endDate: string | undefined, quote = ''): PeriodKind {
  if (startDate === undefined || endDate === undefined) return 'none';
  const s = /^(\d{4})-(\d{2})-(\d{2})$/.exec(startDate);
  const e = /^(\d{4})-(\d{2})-(\d{2})$/.exec(endDate);
  if (!s || !e) return 'other';
  const [sy, sm, sd] = [Number(s[1]), Number(s[2]), Number(s[3])];
  const [ey, em, ed] = [Number(e[1]), Number(e[2]), Number(e[3])];
  if (startDate === endDate) return /สิ้น|ณ\s*วันที่|as of/i.test(quote) ? 'as_of' : 'point';
  const wholeMonths = sd === 1 && ed === lastDay(ey, em);
  if (!wholeMonths) return 'other';
  if (sy === ey && sm === 1 && em === 12) return 'year';
  if (sy === ey && sm === em) return 'month';
  if (sy === ey && (sm - 1) % 3 === 0 && em === sm + 2 && (/ไตรมาส|Q[1-4]/i.test(quote) || sm !== 1)) return 'quarter';
  if (sy === ey && sm === 1 && em < 12) return 'ytd';
  return 'other';
}

// A date right after the figure belongs to it: `405,700 ล้านดอลลาร์สหรัฐ ในปี 2564`.
const IMMEDIATE_GAP = /^\s*(?:ใน|ณ|เมื่อ|ช่วง|ระหว่าง|ภายใน|ของ)?\s*(?:ช่วง)?\s*\(?\s*$/;

interface DatePick {
  date: DateSpan;
  source: 'sentence' | 'paragraph';
}

function isPlaced(d: DateSpan): boolean {
  return d.startDate !== undefined && d.endDate !== undefined;
}

function pickDate(
  text: string,
  figure: FigureSpan,
  sentence: Bounds,
  paragraph: Bounds,
  dates: readonly DateSpan[],
  sentenceOnly: boolean,
): DatePick | undefined {
  let immediate: DateSpan | undefined;
  let beforeInSentence: DateSpan | undefined;
  let afterInSentence: DateSpan | undefined;
  let beforeInParagraph: DateSpan | undefined;
  for (const d of dates) {
    if (!isPlaced(d)) continue;
    if (d.end <= figure.start) {
      if (d.start >= sentence.start) beforeInSentence = d;
      else if (d.start >= paragraph.start) {
        const kind = periodKindOf(d.startDate, d.endDate, d.quote);
        // A single day earlier in the paragraph is an event's date, not the period of a figure.
        if (kind !== 'point') beforeInParagraph = d;
      }
    } else if (d.start >= figure.end && d.end <= sentence.end) {
      if (immediate === undefined && afterInSentence === undefined && d.start - figure.end <= 14 && IMMEDIATE_GAP.test(text.slice(figure.end, d.start)))
        immediate = d;
      if (afterInSentence === undefined) afterInSentence = d;
    }
  }
  if (immediate) return { date: immediate, source: 'sentence' };
  if (beforeInSentence) return { date: beforeInSentence, source: 'sentence' };
  if (!sentenceOnly && beforeInParagraph) return { date: beforeInParagraph, source: 'paragraph' };
  if (afterInSentence) return { date: afterInSentence, source: 'sentence' };
  return undefined;
}

/** `ปี 2566 (ม.ค.-ก.ย.)`: a year followed at once by a narrower period inside it means the narrower one. */
function narrow(text: string, d: DateSpan, dates: readonly DateSpan[], index: Map<DateSpan, number>): DateSpan {
  const i = index.get(d);
  if (i === undefined) return d;
  const next = dates[i + 1];
  if (next === undefined || !isPlaced(next) || next.start - d.end > 3) return d;
  if (!/^[\s(]*$/.test(text.slice(d.end, next.start))) return d;
  if ((next.startDate ?? '') >= (d.startDate ?? '') && (next.endDate ?? '') <= (d.endDate ?? '')) return next;
  return d;
}

// ---------------------------------------------------------------------------------------------
// Measure

function measureOf(text: string, f: FigureSpan, sentence: Bounds, previous: Bounds | undefined, lastShare: Measure | undefined): Measure {
  // A sentence that opens with its figure (`อยู่ที่ 20,000 ล้าน...`) reads its measure word from the sentence before.
  const from = previous !== undefined && f.start - sentence.start < 16 ? previous.start : sentence.start;
  const before = { from, to: f.start };
  if (f.type === 'PERCENT') {
    const after = text.slice(f.end, Math.min(sentence.end, f.end + 60));
    const base = /^\s*(?:ของ|จาก)\s*(?:มูลค่า|ยอด|ปริมาณ)?\s*(?:การ)?\s*(ส่งออก|นำเข้า|ค้า|ซื้อขาย)/.exec(after);
    if (base) {
      if (base[1] === 'ส่งออก') return 'share_of_exports';
      if (base[1] === 'ค้า' || base[1] === 'ซื้อขาย') return 'share_of_trade';
      return 'other';
    }
    const share = lastIndexOfAny(text, SHARE_WORDS, Math.max(before.from, f.start - 20), f.start);
    if (share.at >= 0 && !/^\s*ของ/.test(after)) return lastShare ?? 'other';
    const growth = lastIndexOfAny(text, GROWTH_WORDS, Math.max(before.from, f.start - 40), f.start);
    if (growth.at >= 0 && hasAny(text, TARGET_WORDS, before.from, f.start)) return 'growth_target';
    return 'other';
  }
  if (f.type === 'COUNT') {
    if (/โครงการ/.test(f.unit) && hasAny(text, FDI_WORDS, sentence.start, sentence.end)) return 'fdi_projects';
    return 'other';
  }
  // MONEY and QUANTITY: the nearest measure word before the figure in its sentence.
  const candidates: { at: number; m: Measure }[] = [
    { at: lastIndexOfAny(text, EXPORT_WORDS, before.from, before.to).at, m: 'export' },
    { at: lastIndexOfAny(text, IMPORT_WORDS, before.from, before.to).at, m: 'import' },
    { at: lastTradeWord(text, before.from, before.to), m: 'trade_total' },
    { at: f.type === 'MONEY' ? lastIndexOfAny(text, FDI_WORDS, before.from, before.to).at : -1, m: 'fdi_stock' },
  ];
  let best: { at: number; m: Measure } = { at: -1, m: 'other' };
  for (const c of candidates) if (c.at > best.at) best = c;
  if (best.at >= 0) return best.m;
  if (f.type === 'MONEY' && hasAny(text, FDI_WORDS, sentence.start, sentence.end)) return 'fdi_stock';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Subject and counterpart

/** The place right after a direction word, allowing filler words (นักลงทุนชาว, ประเทศ). */
function placeAfter(text: string, at: number, places: readonly EntitySpan[], limit: number): EntitySpan | undefined {
  for (const p of places) {
    if (p.start < at) continue;
    if (p.start > limit) return undefined;
    return FILLER.test(text.slice(at, p.start)) ? p : undefined;
  }
  return undefined;
}

function placeBefore(places: readonly EntitySpan[], at: number, from: number, not?: EntitySpan): EntitySpan | undefined {
  let best: EntitySpan | undefined;
  for (const p of places) {
    if (p.end > at) break;
    if (p.start < from || p === not) continue;
    if (not !== undefined && sameName(p.quote, not.quote)) continue;
    if (best === undefined || p.type === 'LOC' || best.type !== 'LOC') best = p;
  }
  return best;
}

function sameName(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

function findWords(text: string, words: readonly string[], from: number, to: number): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  let i = from;
  while (i < to) {
    let hit: string | undefined;
    for (const w of words) if (text.startsWith(w, i)) { hit = w; break; }
    if (hit !== undefined) {
      out.push({ at: i, end: i + hit.length });
      i += hit.length;
    } else i++;
  }
  return out;
}

/** Role cues in one sentence: direction words with their places, pairs (ระหว่าง X และ Y, X-Y). */
function roleCues(text: string, s: Bounds, places: readonly EntitySpan[]): RoleCue[] {
  const cues: RoleCue[] = [];
  const limit = (at: number) => Math.min(s.end, at + 24);
  for (const w of findWords(text, [...TO_WORDS, ...FROM_WORDS, ...NATIONAL_WORDS], s.start, s.end)) {
    const y = placeAfter(text, w.end, places, limit(w.end));
    if (y === undefined) continue;
    const x = placeBefore(places, w.at, s.start, y);
    cues.push({ at: w.at, counterpart: ref(y), ...(x ? { subject: ref(x) } : {}) });
  }
  for (const w of findWords(text, ['ระหว่าง'], s.start, s.end)) {
    const x = placeAfter(text, w.end, places, limit(w.end));
    if (x === undefined) continue;
    const rest = text.slice(x.end, Math.min(s.end, x.end + 12));
    const conj = /^\s*(?:และ|กับ|-|–)\s*/.exec(rest);
    if (!conj) continue;
    const y = placeAfter(text, x.end + conj[0].length, places, x.end + conj[0].length + 8);
    if (y) cues.push({ at: w.at, subject: ref(x), counterpart: ref(y) });
  }
  // X - Y, X กับ Y (ไทย - มาเลเซีย, ไทยกับจีน): two places joined by a dash or กับ.
  for (let i = 0; i + 1 < places.length; i++) {
    const x = places[i];
    const y = places[i + 1];
    if (x === undefined || y === undefined || x.start < s.start || y.end > s.end) continue;
    if (x.type !== 'LOC' || y.type !== 'LOC') continue;
    if (/^\s*(?:-|–|กับ)\s*$/.test(text.slice(x.end, y.start)) && !text.slice(Math.max(s.start, x.start - 8), x.start).includes('ระหว่าง'))
      cues.push({ at: x.start, subject: ref(x), counterpart: ref(y) });
  }
  return cues.sort((a, b) => a.at - b.at);
}

/** The cue nearest the figure, preferring one before it. */
function nearestCue(cues: readonly RoleCue[], f: FigureSpan): RoleCue | undefined {
  let before: RoleCue | undefined;
  let after: RoleCue | undefined;
  for (const c of cues) {
    if (c.at < f.start) before = c;
    else if (after === undefined) after = c;
  }
  return before ?? after;
}

/** A sentence's roles with no figure to anchor them: its first cue, else its first place as subject. */
function sentenceRoles(cues: readonly RoleCue[], places: readonly EntitySpan[]): Roles | undefined {
  const c = cues[0];
  if (c) return { ...(c.subject ? { subject: c.subject } : {}), ...(c.counterpart ? { counterpart: c.counterpart } : {}) };
  const loc = places.find((p) => p.type === 'LOC') ?? places[0];
  return loc ? { subject: ref(loc) } : undefined;
}

/** The document's headline pair (ไฮฟอง - แอนต์เวิร์ป, ไทย-จีน): the first X-Y or ระหว่าง X และ Y in its opening. */
function documentPair(text: string, sentences: readonly Sentence[], placesBySentence: readonly EntitySpan[][]): Roles | undefined {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s === undefined || s.start > 600) break;
    const places = placesBySentence[i] ?? [];
    const cue = roleCues(text, s, places).find((c) => c.subject !== undefined && c.counterpart !== undefined);
    if (cue) return cue;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/**
 * Suggests one fact per figure (MONEY, PERCENT, COUNT, QUANTITY) of a normalized text, from the
 * annotations extracted from it. Linear in the text and annotations (cue searches are per sentence).
 */
export function suggestFacts(text: string, annotations: readonly ExtractedAnnotation[]): SuggestedFact[] {
  const sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
  const figures = sorted.filter(isFigure);
  if (figures.length === 0) return [];
  const dates = sorted.filter(isDate);
  const dateIndex = new Map(dates.map((d, i) => [d, i] as const));
  const places = sorted.filter(isPlace);
  const protectedSpans = sorted.map((a) => ({ start: a.start, end: a.end }));

  const sentences: Sentence[] = [];
  const paragraphs = paragraphBounds(text);
  paragraphs.forEach((p, pi) => {
    for (const s of sentenceBounds(text, p, protectedSpans)) sentences.push({ ...s, paragraph: pi });
  });

  // Places by sentence, walking both lists once.
  let pIdx = 0;
  const placesBySentence = sentences.map((s) => {
    while (pIdx < places.length && (places[pIdx]?.start ?? 0) < s.start) pIdx++;
    const out: EntitySpan[] = [];
    for (let k = pIdx; k < places.length; k++) {
      const e = places[k];
      if (e === undefined || e.start >= s.end) break;
      if (e.end <= s.end) out.push(e);
    }
    return out;
  });
  const pair = documentPair(text, sentences, placesBySentence);

  const facts: SuggestedFact[] = [];
  let fIdx = 0;
  let context: Roles | undefined; // roles of the last sentence with places, in this paragraph
  let docSubject: EntityRef | undefined; // the last subject seen in the document
  let lastShare: Measure | undefined;
  let currentParagraph = -1;

  sentences.forEach((s, si) => {
    if (s.paragraph !== currentParagraph) {
      currentParagraph = s.paragraph;
      context = undefined;
      lastShare = undefined;
    }
    const sPlaces = placesBySentence[si] ?? [];
    const cues = roleCues(text, s, sPlaces);
    const paragraph = paragraphs[s.paragraph] ?? s;

    while (fIdx < figures.length && (figures[fIdx]?.start ?? 0) < s.end) {
      const f = figures[fIdx++];
      if (f === undefined || f.start < s.start) continue;
      const prev = sentences[si - 1];
      const measure = measureOf(text, f, s, prev !== undefined && prev.paragraph === s.paragraph ? prev : undefined, lastShare);
      if (measure === 'share_of_exports' || measure === 'share_of_trade') lastShare = measure;

      // Subject and counterpart.
      let roles: Roles = {};
      const cue = nearestCue(cues, f);
      if (cue) roles = { ...(cue.subject ? { subject: cue.subject } : {}), ...(cue.counterpart ? { counterpart: cue.counterpart } : {}) };
      else if (sPlaces.length > 0) {
        const x = placeBefore(sPlaces, f.start, s.start) ?? sPlaces.find((p) => p.type === 'LOC') ?? sPlaces[0];
        if (x) roles = { subject: ref(x) };
      } else if (context) roles = { ...context };
      if (roles.subject === undefined) {
        const carried = context?.subject ?? docSubject;
        if (carried && !(roles.counterpart && sameName(carried.quote, roles.counterpart.quote))) roles.subject = carried;
      }
      if (roles.subject && roles.counterpart === undefined && pair?.subject && pair.counterpart) {
        if (sameName(roles.subject.quote, pair.subject.quote)) roles.counterpart = pair.counterpart;
        else if (sameName(roles.subject.quote, pair.counterpart.quote)) roles.counterpart = pair.subject;
      }

      // Period: shares and targets take a date only from their own sentence.
      const sentenceOnly = measure === 'share_of_exports' || measure === 'share_of_trade' || measure === 'growth_target';
      const pick = pickDate(text, f, s, paragraph, dates, sentenceOnly);
      const fact: SuggestedFact = { figure: f, measure, periodKind: 'none' };
      if (roles.subject) fact.subject = roles.subject;
      if (roles.counterpart) fact.counterpart = roles.counterpart;
      if (pick) {
        const d = narrow(text, pick.date, dates, dateIndex);
        if (d.startDate !== undefined) fact.startDate = d.startDate;
        if (d.endDate !== undefined) fact.endDate = d.endDate;
        fact.periodKind = periodKindOf(d.startDate, d.endDate, d.quote);
        fact.dateSpan = { start: d.start, end: d.end };
        fact.dateSource = pick.source;
      }
      facts.push(fact);
      context = { ...roles };
      if (roles.subject) docSubject = roles.subject;
    }

    // The sentence's own roles carry to the next sentences that name no place.
    if (sPlaces.length > 0) {
      const own = sentenceRoles(cues, sPlaces);
      if (own) {
        const lastFact = facts[facts.length - 1];
        const hadFact = lastFact !== undefined && lastFact.figure.start >= s.start && lastFact.figure.end <= s.end;
        if (!hadFact) {
          context = { ...own };
          if (context.subject === undefined && docSubject && !(context.counterpart && sameName(docSubject.quote, context.counterpart.quote)))
            context.subject = docSubject;
        }
        if (own.subject && !hadFact) docSubject = own.subject;
      }
    }
  });
  return facts;
}
