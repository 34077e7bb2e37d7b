// Vocabulary of the figure extractor: currency words, counted nouns, units of measure and qualifier words.
import type { Qualifier } from '../model/annotation';

/** A unit word read after a number: a sticky regex and the unit it stands for (or a function of the match). */
export interface UnitRule {
  re: RegExp;
  unit: (m: RegExpExecArray) => string;
}

// At most a few spaces between a number and its unit: wider gaps are table columns.
const SP = '[ \\t]{0,3}';
const sticky = (source: string): RegExp => new RegExp(source, 'y');
const constant = (unit: string) => () => unit;
const asWritten = (m: RegExpExecArray): string => m[1] ?? m[0].trim();

const DOLLAR_COUNTRIES: Readonly<Record<string, string>> = {
  สิงคโปร์: 'SGD',
  ฮ่องกง: 'HKD',
  ออสเตรเลีย: 'AUD',
  ไต้หวัน: 'TWD',
  บรูไน: 'BND',
  แคนาดา: 'CAD',
  นิวซีแลนด์: 'NZD',
  มาเก๊า: 'MOP',
};
const COUNTRY_SOURCE = Object.keys(DOLLAR_COUNTRIES).join('|');
const DOLLAR = 'ดอลล(?:า|่า)?ร์';

/**
 * Currency words, most specific first. `เหรียญ` alone is a medal, never USD; `เหรียญ`/`ดอลลาร์` with a
 * country is that country's dollar; ดอลลาร์ alone is the US dollar in Thai news.
 */
export const CURRENCY_RULES: readonly UnitRule[] = [
  {
    re: sticky(`${SP}(?:เหรียญ${SP})?(?:${DOLLAR}|เหรียญ)${SP}(${COUNTRY_SOURCE})`),
    unit: (m) => DOLLAR_COUNTRIES[m[1] ?? ''] ?? 'USD',
  },
  { re: sticky(`${SP}(?:เหรียญ${SP})?${DOLLAR}(?:${SP}(?:สหรัฐ(?:อเมริกา)?(?:${SP}ฯ)?|สรอ\\.?|US))?`), unit: constant('USD') },
  { re: sticky(`${SP}เหรียญ${SP}สหรัฐ(?:อเมริกา)?(?:${SP}ฯ)?`), unit: constant('USD') },
  // "ล้านเหรียญฯ" is เหรียญสหรัฐฯ cut short, not a bare เหรียญ.
  { re: sticky(`${SP}เหรียญ${SP}ฯ`), unit: constant('USD') },
  { re: sticky(`${SP}(?:US\\$|USD|US dollars?|dollars?)(?![A-Za-z])`), unit: constant('USD') },
  { re: sticky(`${SP}(?:บาท|THB|baht)(?![A-Za-z])`), unit: constant('THB') },
  { re: sticky(`${SP}(?:ยูโร|EUR|euros?)(?![A-Za-z])`), unit: constant('EUR') },
  { re: sticky(`${SP}(?:เยน|JPY|yen)(?![A-Za-z])`), unit: constant('JPY') },
  { re: sticky(`${SP}(?:หยวน|RMB|CNY|yuan)(?![A-Za-z])`), unit: constant('CNY') },
  { re: sticky(`${SP}(?:วอน|KRW)(?![A-Za-z])`), unit: constant('KRW') },
  { re: sticky(`${SP}(?:ด่ง|VND)(?![A-Za-z])`), unit: constant('VND') },
  { re: sticky(`${SP}(?:ริงกิต|MYR)(?![A-Za-z])`), unit: constant('MYR') },
  { re: sticky(`${SP}(?:รูเปียห์|รูเปีย|IDR)(?![A-Za-z])`), unit: constant('IDR') },
  { re: sticky(`${SP}(?:รูปี|INR)(?![A-Za-z])`), unit: constant('INR') },
  { re: sticky(`${SP}(?:ปอนด์(?:สเตอร์ลิง)?|GBP)(?![A-Za-z])`), unit: constant('GBP') },
  { re: sticky(`${SP}(?:ฟรังก์(?:สวิส)?|CHF)(?![A-Za-z])`), unit: constant('CHF') },
  { re: sticky(`${SP}(?:กีบ|LAK)(?![A-Za-z])`), unit: constant('LAK') },
  { re: sticky(`${SP}(?:เรียล|KHR)(?![A-Za-z])`), unit: constant('KHR') },
  { re: sticky(`${SP}(?:จ๊าด|จ๊าต|MMK)(?![A-Za-z])`), unit: constant('MMK') },
  { re: sticky(`${SP}(?:เปโซ|PHP)(?![A-Za-z])`), unit: constant('PHP') },
  { re: sticky(`${SP}(?:รูเบิล|RUB)(?![A-Za-z])`), unit: constant('RUB') },
  { re: sticky(`${SP}(?:ดีแรห์ม|เดอร์แฮม|AED)(?![A-Za-z])`), unit: constant('AED') },
  { re: sticky(`${SP}(?:ริยาล|SAR)(?![A-Za-z])`), unit: constant('SAR') },
];

/** A currency written before the number: US$ 16.5, USD 30, € 5. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  US$: 'USD',
  USD: 'USD',
  $: 'USD',
  '€': 'EUR',
  EUR: 'EUR',
  '¥': 'JPY',
  '£': 'GBP',
  THB: 'THB',
};

/** A currency word right after a number or scale word, to find the currency a sentence is about. */
export const CURRENCY_ANYWHERE = new RegExp(
  `(?<=[0-9\\u0E50-\\u0E59]|ล้าน|แสน|หมื่น|พัน)(?:${CURRENCY_RULES.map((r) => r.re.source).join('|')})`,
  'g',
);

/** The percent marker after a number. */
export const PERCENT_AFTER = sticky(`${SP}(?:%|เปอร์เซ็นต์|เปอร์เซนต์|เปอร์เซ็น|percent|per cent)`);

/**
 * Counted nouns (COUNT): projects, firms, people, jobs, sites, agreements and the like, longest first.
 * Each noun is guarded against the longer words it begins (รายได้, แห่งชาติ, ฉบับที่, อัตราการ ...).
 */
const COUNT_NOUNS = [
  'กลุ่มอุตสาหกรรม',
  'สถานประกอบการ',
  'ผู้ประกอบการ',
  'บันทึกความเข้าใจ',
  'นิคมอุตสาหกรรม',
  'วิสาหกิจ',
  'ตำแหน่งงาน',
  'ตำแหน่ง',
  'ครัวเรือน',
  'หน่วยงาน',
  'มหาวิทยาลัย',
  'โรงพยาบาล',
  'โรงเรียน',
  'โรงงาน',
  'โครงการ',
  'บริษัท',
  'กิจการ',
  'ธุรกิจ',
  'องค์กร',
  'สถาบัน',
  'สหกรณ์',
  'ชุมชน',
  'หมู่บ้าน',
  'จังหวัด',
  'อำเภอ',
  'ตำบล',
  'ประเทศ(?!ไทย)',
  'เมือง',
  'ร้านค้า',
  'ร้าน(?!ค้า)',
  'สาขา',
  'รายการ',
  'ผลิตภัณฑ์',
  'ข้อตกลง',
  'สัญญา',
  'ฉบับ(?!ที่)',
  'อัตรา(?!การ|ดอกเบี้ย|ส่วน|ภาษี|ค่า|แลกเปลี่ยน|เงิน|เฉลี่ย)',
  'ราย(?!ได้|งาน|ละ|การ|ชื่อ|จ่าย|ย่อย|ใหญ่|วัน|เดือน|ปี|ไตรมาส|สัปดาห์|บุคคล|ละเอียด)',
  'คน(?!ละ)',
  'แห่ง(?!ชาติ|ประเทศ|การ|ความ|หนึ่ง|นี้|นั้น)',
  'ครอบครัว',
  'เครือข่าย',
  'ทีม',
  'แปลง',
  'คัน',
  'ลำ(?!ดับ|ไย|น้ำ|พูน)',
  'เครื่อง(?!มือ|จักร|ดื่ม|หมาย|ใช้|สำอาง|แต่ง|ยนต์|บิน)',
  'หลัง(?!จาก|การ|ที่|ๆ|ละ|คา)',
  'ห้อง',
  'เตียง',
  'ชนิด',
  'ประเภท',
  'หน่วย(?!งาน|ความ|ธุรกิจ|บริการ|ละ)',
  'เที่ยวบิน',
  'เส้นทาง',
  'สถานี',
  'อาคาร',
  'ตลาด(?!หลักทรัพย์|ทุน|เงิน|ต่าง|โลก)',
];

export const COUNT_RULE: UnitRule = {
  re: sticky(`${SP}(${COUNT_NOUNS.join('|')})`),
  unit: asWritten,
};

/** Units of measure (QUANTITY), as written, longest first. */
const QUANTITY_UNITS = [
  'ตันคาร์บอนไดออกไซด์เทียบเท่า',
  'เมตริกตัน',
  'ตัน(?!ตัน)',
  'กิโลกรัม',
  'กก\\.(?![\\u0E01-\\u0E2E])',
  'กรัม',
  'ลูกบาศก์เมตร',
  'ลบ\\.ม\\.',
  'ตารางกิโลเมตร',
  'ตร\\.กม\\.',
  'ตารางเมตร',
  'ตร\\.ม\\.',
  'ตารางวา',
  'กิโลเมตร',
  'กม\\.(?![\\u0E01-\\u0E2E])',
  'เซนติเมตร',
  'มิลลิเมตร',
  'เมตร',
  'ไมล์',
  'ไร่',
  'เฮกตาร์',
  'เมกะวัตต์ชั่วโมง',
  'กิโลวัตต์ชั่วโมง',
  'กิกะวัตต์ชั่วโมง',
  'เมกะวัตต์',
  'กิโลวัตต์',
  'กิกะวัตต์',
  'ลิตร',
  'บาร์เรล',
  'TEU',
  'MW',
  'GW',
  'kW',
  'MWh',
  'GWh',
  'kWh',
  'tCO2e',
  'ตู้คอนเทนเนอร์',
];

export const QUANTITY_RULE: UnitRule = {
  re: sticky(`${SP}(${QUANTITY_UNITS.join('|')})(?![A-Za-z])`),
  unit: asWritten,
};

/** Qualifier words written just before a number (leftmost, i.e. longest, match wins). */
const QUALIFIER_WORDS: readonly [string, Qualifier][] = [
  ['ไม่ต่ำกว่า', 'at_least'],
  ['ไม่น้อยกว่า', 'at_least'],
  ['อย่างน้อย', 'at_least'],
  ['ไม่เกิน', 'at_most'],
  ['สูงสุด', 'at_most'],
  ['ไม่ถึง', 'under'],
  ['ต่ำกว่า', 'under'],
  ['น้อยกว่า', 'under'],
  ['มากกว่า', 'over'],
  ['สูงกว่า', 'over'],
  ['เกินกว่า', 'over'],
  ['กว่า', 'over'],
  ['เกือบ', 'nearly'],
  ['ประมาณ', 'approx'],
  ['ราว ?ๆ', 'approx'],
  ['ราว', 'approx'],
  ['สูงถึง', 'exact'],
  ['มากถึง', 'exact'],
  ['ถึง', 'exact'],
];
const QUALIFIER_BEFORE = new RegExp(`(${QUALIFIER_WORDS.map(([w]) => w).join('|')})[ \\t]*$`);
const QUALIFIER_OF = new Map<string, Qualifier>(QUALIFIER_WORDS.map(([w, q]) => [w.replace(' ?', ''), q]));

/** The qualifier written just before `at` (งบประมาณ is a budget, not ประมาณ). */
export function qualifierBefore(text: string, at: number): Qualifier {
  const before = text.slice(Math.max(0, at - 16), at);
  const m = QUALIFIER_BEFORE.exec(before);
  if (m === null || m[1] === undefined) return 'exact';
  const word = m[1].replace(/ /g, '');
  if (word === 'ประมาณ' && before.slice(0, m.index).endsWith('งบ')) return 'exact';
  return QUALIFIER_OF.get(word) ?? 'exact';
}

/** Words before a bare `N ล้าน` that say it is an amount of money. */
export const MONEY_CUE_BEFORE =
  /(?:มูลค่า|วงเงิน|งบประมาณ|งบ|เงิน|รายได้|ราคา|ลงทุน|ทุน|ค่าใช้จ่าย|ขาดทุน|กำไร|หนี้|ยอดขาย|ยอดส่งออก|ส่งออก|นำเข้า|ดุลการค้า|การค้า|จีดีพี|GDP|ชดเชย|เยียวยา|ภาษี|สินเชื่อ|กู้|ค่า|ทุ่ม|จ่าย|เสียหาย|ปรับ|ประมูล|รางวัล|ซื้อ|ขาย|ระดมทุน|บริจาค|อุดหนุน)[^\n]{0,12}$/;
