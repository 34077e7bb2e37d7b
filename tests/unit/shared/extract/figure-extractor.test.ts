// Pins each figure rule of the annotation guide: spans, values, ranges, units, qualifiers and what is not a figure.
import { describe, expect, it } from 'vitest';
import type { FigureSpan } from '../../../../shared/model/annotation';
import { extractFigures } from '../../../../shared/extract/figure-extractor';

/** The figures of a sentence as [type, quote, value, unit, qualifier, valueMax?]. */
function figures(text: string): (string | number)[][] {
  return extractFigures(text).map((f: FigureSpan) => {
    const row: (string | number)[] = [f.type, f.quote, f.value, f.unit, f.qualifier];
    if (f.valueMax !== undefined) row.push(f.valueMax);
    return row;
  });
}

function one(text: string): FigureSpan {
  const all = extractFigures(text);
  expect(all).toHaveLength(1);
  return all[0] as FigureSpan;
}

describe('MONEY', () => {
  it('spans the number through the currency word, scale word inside, value in base units', () => {
    const text = 'ไฮฟองมีโครงการ FDI มูลค่ารวมกว่า 758.5 ล้านดอลลาร์สหรัฐ ส่วนใหญ่อยู่ในนิคม';
    const f = one(text);
    expect(f.quote).toBe('758.5 ล้านดอลลาร์สหรัฐ');
    expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(f).toMatchObject({ type: 'MONEY', value: 758_500_000, unit: 'USD', qualifier: 'over' });
  });

  it.each([
    ['ลงทุนรวม 62,572 ล้านบาท', '62,572 ล้านบาท', 62_572_000_000, 'THB'],
    ['รายได้ 2.38 ล้านล้านบาท', '2.38 ล้านล้านบาท', 2_380_000_000_000, 'THB'],
    ['วงเงิน 1.5 แสนล้านบาท', '1.5 แสนล้านบาท', 150_000_000_000, 'THB'],
    ['งบ 3 หมื่นล้านบาท', '3 หมื่นล้านบาท', 30_000_000_000, 'THB'],
    ['ทุน 7.5 พันล้านบาท', '7.5 พันล้านบาท', 7_500_000_000, 'THB'],
    ['เงินรางวัล 2 แสนบาท', '2 แสนบาท', 200_000, 'THB'],
    ['ค่าปรับ 5 หมื่นบาท', '5 หมื่นบาท', 50_000, 'THB'],
    ['มูลค่า 25 ล้านดอลลาร์สหรัฐฯ', '25 ล้านดอลลาร์สหรัฐฯ', 25_000_000, 'USD'],
    ['มูลค่า 160 ล้านเหรียญสหรัฐ', '160 ล้านเหรียญสหรัฐ', 160_000_000, 'USD'],
    ['ขาดดุล 3.0 พันล้านดอลลาร์ สรอ.', '3.0 พันล้านดอลลาร์ สรอ.', 3_000_000_000, 'USD'],
    ['เงินสด 2,000 USD', '2,000 USD', 2000, 'USD'],
    ['ลงทุน 5 ล้านยูโร', '5 ล้านยูโร', 5_000_000, 'EUR'],
    ['เบี้ยเลี้ยง 80,000 เยน', '80,000 เยน', 80_000, 'JPY'],
    ['ราคา 700 หยวน', '700 หยวน', 700, 'CNY'],
    ['ค่าปรับ 30 ล้านวอน', '30 ล้านวอน', 30_000_000, 'KRW'],
    ['มูลค่า 500 ล้านด่ง', '500 ล้านด่ง', 500_000_000, 'VND'],
    ['ค่าที่พัก 500 เหรียญฮ่องกง', '500 เหรียญฮ่องกง', 500, 'HKD'],
    ['เงินเดือน 1,150 เหรียญสิงคโปร์', '1,150 เหรียญสิงคโปร์', 1150, 'SGD'],
    ['ส่งออก 2.97 ล้านเหรียญฯ ไปอินเดีย', '2.97 ล้านเหรียญฯ', 2_970_000, 'USD'],
    ['ราคา ๑๐๐ ล้านบาท', '๑๐๐ ล้านบาท', 100_000_000, 'THB'],
  ])('%s', (text, quote, value, unit) => {
    expect(one(text)).toMatchObject({ type: 'MONEY', quote, value, unit });
  });

  it('reads Thai number words', () => {
    expect(one('งบประมาณหนึ่งพันล้านบาท')).toMatchObject({ quote: 'หนึ่งพันล้านบาท', value: 1e9, unit: 'THB' });
    expect(one('ได้รับเงินสองหมื่นบาท')).toMatchObject({ quote: 'สองหมื่นบาท', value: 20_000 });
  });

  it('gives a figure and its bracketed conversion as two figures', () => {
    expect(figures('ส่งออก 1,562.78 ล้านดอลลาร์สหรัฐ (54,669.23 ล้านบาท) เพิ่มขึ้น')).toEqual([
      ['MONEY', '1,562.78 ล้านดอลลาร์สหรัฐ', 1_562_780_000, 'USD', 'exact'],
      ['MONEY', '54,669.23 ล้านบาท', 54_669_230_000, 'THB', 'exact'],
    ]);
  });

  it('reads a range with the scale word applying to both ends', () => {
    expect(figures('ลงทุนโครงการละ 5-10 ล้านบาท')).toEqual([['MONEY', '5-10 ล้านบาท', 5e6, 'THB', 'exact', 1e7]]);
    expect(figures('รายได้ 4 - 5 หมื่นบาทต่อเดือน')).toEqual([['MONEY', '4 - 5 หมื่นบาท', 4e4, 'THB', 'exact', 5e4]]);
  });

  it('never reads a bare เหรียญ as USD', () => {
    expect(figures('นักกีฬาไทยคว้า 3 เหรียญทอง และ 5 เหรียญ')).toEqual([]);
  });

  it('makes `800 ล้าน` MONEY only when the sentence gives the currency', () => {
    expect(figures('รัฐบาลจัดสรรงบประมาณ 800 ล้าน เพื่อพัฒนาแหล่งน้ำ')).toEqual([
      ['MONEY', '800 ล้าน', 8e8, 'THB', 'exact'],
    ]);
    expect(figures('มูลค่าส่งออกเพิ่มจาก 800 ล้าน เป็น 950 ล้านดอลลาร์สหรัฐ')[0]).toEqual([
      'MONEY',
      '800 ล้าน',
      8e8,
      'USD',
      'exact',
    ]);
    expect(figures('ประเทศมีประชากรราว 70 ล้าน และเมืองหลวงใหญ่')).toEqual([]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['มูลค่ากว่า 10 ล้านบาท', 'over'],
    ['มูลค่ามากกว่า 10 ล้านบาท', 'over'],
    ['สูงกว่า 10 ล้านบาท', 'over'],
    ['เกินกว่า 10 ล้านบาท', 'over'],
    ['ต่ำกว่า 10 ล้านบาท', 'under'],
    ['น้อยกว่า 10 ล้านบาท', 'under'],
    ['ประมาณ 10 ล้านบาท', 'approx'],
    ['ราว 10 ล้านบาท', 'approx'],
    ['ราวๆ 10 ล้านบาท', 'approx'],
    ['เกือบ 10 ล้านบาท', 'nearly'],
    ['ไม่ต่ำกว่า 10 ล้านบาท', 'at_least'],
    ['ไม่น้อยกว่า 10 ล้านบาท', 'at_least'],
    ['อย่างน้อย 10 ล้านบาท', 'at_least'],
    ['ไม่เกิน 10 ล้านบาท', 'at_most'],
    ['สูงสุด 10 ล้านบาท', 'at_most'],
    ['สูงถึง 10 ล้านบาท', 'exact'],
    ['มากถึง 10 ล้านบาท', 'exact'],
    ['งบประมาณ 10 ล้านบาท', 'exact'],
    ['วงเงิน 10 ล้านบาท', 'exact'],
  ])('%s -> %s', (text, qualifier) => {
    const f = one(text);
    expect(f.qualifier).toBe(qualifier);
    expect(f.quote).toBe('10 ล้านบาท');
  });

  it('reads ขึ้นไป after the figure as at_least, and กว่า/เศษ after the number as over', () => {
    expect(one('ลงทุนตั้งแต่ 5 ล้านบาทขึ้นไป')).toMatchObject({ quote: '5 ล้านบาท', qualifier: 'at_least' });
    expect(one('ผู้เข้าชมงาน 90,000 กว่าคน')).toMatchObject({ type: 'COUNT', quote: '90,000 กว่าคน', qualifier: 'over' });
    expect(one('ใช้เงิน 2 หมื่นกว่าบาท')).toMatchObject({ quote: '2 หมื่นกว่าบาท', value: 20_000, qualifier: 'over' });
  });
});

describe('PERCENT', () => {
  it.each([
    ['ขยายตัว 93% จากปีก่อน', '93%', 93],
    ['เพิ่มขึ้นร้อยละ 93 จากปีก่อน', 'ร้อยละ 93', 93],
    ['เพิ่มขึ้น 93 เปอร์เซ็นต์', '93 เปอร์เซ็นต์', 93],
    ['หดตัวร้อยละ 2.5', 'ร้อยละ 2.5', 2.5],
  ])('%s', (text, quote, value) => {
    expect(one(text)).toMatchObject({ type: 'PERCENT', quote, value, unit: '%', qualifier: 'exact' });
  });
  it('reads qualifiers and ranges', () => {
    expect(one('คาดว่าจะเติบโตมากกว่า 10% ในทศวรรษหน้า')).toMatchObject({ quote: '10%', qualifier: 'over' });
    expect(one('เศรษฐกิจขยายตัวร้อยละ 2.5 - 3.5')).toMatchObject({ quote: 'ร้อยละ 2.5 - 3.5', value: 2.5, valueMax: 3.5 });
    expect(one('ขยายตัว 3-4%')).toMatchObject({ quote: '3-4%', value: 3, valueMax: 4 });
  });
  it('keeps a minus sign written before a percent', () => {
    expect(one('ราคาลดลงร้อยละ -3.4 เมื่อเทียบกับปีก่อน')).toMatchObject({ quote: 'ร้อยละ -3.4', value: -3.4 });
    expect(one('การส่งออกหดตัว -2.5% (YoY)')).toMatchObject({ quote: '-2.5%', value: -2.5 });
  });
});

describe('COUNT', () => {
  it.each([
    ['มีโครงการลงทุน 8 โครงการจากนักลงทุนเบลเยียม', '8 โครงการ', 8, 'โครงการ'],
    ['อนุมัติ 21 โครงการ', '21 โครงการ', 21, 'โครงการ'],
    ['ครอบคลุม 15 กลุ่มอุตสาหกรรม', '15 กลุ่มอุตสาหกรรม', 15, 'กลุ่มอุตสาหกรรม'],
    ['รองรับการจ้างงาน 3 หมื่นอัตรา', '3 หมื่นอัตรา', 30_000, 'อัตรา'],
    ['ผู้ประกอบการ 1,316 ราย', '1,316 ราย', 1316, 'ราย'],
    ['นักท่องเที่ยว 1.4 ล้านคน', '1.4 ล้านคน', 1_400_000, 'คน'],
    ['ลงนามความตกลง 3 ฉบับ', '3 ฉบับ', 3, 'ฉบับ'],
    ['บริษัทจาก 10 ประเทศ', '10 ประเทศ', 10, 'ประเทศ'],
    ['มีนักลงทุน 25 บริษัท', '25 บริษัท', 25, 'บริษัท'],
    ['จัดตั้งศูนย์ 12 แห่ง', '12 แห่ง', 12, 'แห่ง'],
  ])('%s', (text, quote, value, unit) => {
    expect(one(text)).toMatchObject({ type: 'COUNT', quote, value, unit, qualifier: 'exact' });
  });
  it('is not a reference, an ordinal, a list number or a year', () => {
    expect(figures('ความร่วมมือของทั้ง 2 ประเทศ')).toEqual([]);
    expect(figures('การประชุมครั้งที่ 29')).toEqual([]);
    expect(figures('อยู่ในอันดับ 1 ของโลก')).toEqual([]);
    expect(figures('ในปี 2566 ประเทศสมาชิกได้ตกลง')).toEqual([]);
    expect(figures('ดังนี้\n1 โครงการพัฒนาบุคลากร')).toEqual([]);
    expect(figures('สาย 38 มหาวิทยาลัยรามคำแหง')).toEqual([]);
    expect(figures('โครงการหนึ่งตำบล หนึ่งผลิตภัณฑ์')).toEqual([]);
    expect(figures('ข้อ 5 รายการ')).toEqual([]);
  });
  it('does not read รายได้ or แห่งชาติ as counted nouns', () => {
    expect(figures('ปี 2567 รายได้เพิ่มขึ้น')).toEqual([]);
    expect(figures('สำนักงาน 3 แห่งชาติ')).toEqual([]);
  });
});

describe('QUANTITY', () => {
  it.each([
    ['ส่งออกข้าว 1.5 ล้านตัน', '1.5 ล้านตัน', 1_500_000, 'ตัน'],
    ['ระยะทาง 64 กิโลเมตร', '64 กิโลเมตร', 64, 'กิโลเมตร'],
    ['พื้นที่ 41 ไร่', '41 ไร่', 41, 'ไร่'],
    ['กำลังการผลิต 500 เมกะวัตต์', '500 เมกะวัตต์', 500, 'เมกะวัตต์'],
    ['น้ำมัน 15,000 ลิตร', '15,000 ลิตร', 15_000, 'ลิตร'],
    ['ขนส่งสินค้า 403 TEU', '403 TEU', 403, 'TEU'],
  ])('%s', (text, quote, value, unit) => {
    expect(one(text)).toMatchObject({ type: 'QUANTITY', quote, value, unit });
  });
  it('does not read a police unit abbreviation as kilograms', () => {
    expect(figures('ชุดปฏิบัติการ 2 กก.สส.ภ.จว.')).toEqual([]);
  });
});

describe('not figures', () => {
  it.each([
    'ดำเนินการมาแล้ว 3 ปี',
    'นายสมชาย อายุ 26 ปี',
    'ใช้เวลา 15 นาที',
    'สูงกว่าเดิม 13.9 เท่า',
    'การประชุมครั้งที่ 29',
    'ติดต่อโทร. 02-123-4567',
    'เริ่มเวลา 09.00 น.',
    'ตามมาตรา 44 วรรคหนึ่ง',
    'พระราชบัญญัติ พ.ศ. 2562',
    'เมื่อ 25/07/2566',
    'หลายสิบล้านบาท',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('offsets', () => {
  it('are into the given text', () => {
    const text = 'ก่อนหน้า\nมูลค่า 40.5 ล้านดอลลาร์สหรัฐ และ 93%';
    for (const f of extractFigures(text)) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });
});
