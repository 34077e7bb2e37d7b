// Pins the entity rules of the annotation guide with short examples (PERSON, ORG, LOC, PROGRAMME spans).
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../shared/extract/entity-extractor';

const spans = (text: string): string[] => extractEntities(text).map((s) => `${s.type}:${s.quote}`);

describe('extractEntities: PERSON', () => {
  it('keeps a Thai honorific or rank inside the span', () => {
    expect(spans('โดยมีนายสำลี บุษดี เป็นประธาน')).toContain('PERSON:นายสำลี บุษดี');
    expect(spans('ดร.ณัฐพล รังสิตพล ปลัดกระทรวงอุตสาหกรรม')).toContain('PERSON:ดร.ณัฐพล รังสิตพล');
    expect(spans('พล.อ.ประยุทธ์ จันทร์โอชา กล่าว')).toContain('PERSON:พล.อ.ประยุทธ์ จันทร์โอชา');
    expect(spans('นำโดยสหายเล เตียน เชา เลขาธิการ')).toContain('PERSON:สหายเล เตียน เชา');
  });

  it('does not read นายก, นายจ้าง or มิถุนายน as an honorific', () => {
    expect(spans('นายกรัฐมนตรีกล่าว').filter((s) => s.startsWith('PERSON'))).toEqual([]);
    expect(spans('ลูกจ้างและนายจ้างตกลงกัน').filter((s) => s.startsWith('PERSON'))).toEqual([]);
    expect(spans('ในเดือนมิถุนายนนั้น').filter((s) => s.startsWith('PERSON'))).toEqual([]);
  });

  it('cuts a name glued to the next word', () => {
    expect(spans('นายอนุทินกล่าวว่า')).toContain('PERSON:นายอนุทิน');
  });

  it('reads Latin honorifics with or without a space', () => {
    expect(spans('(Mr. Samly Boutsady)')).toContain('PERSON:Mr. Samly Boutsady');
    expect(spans('กับ Mr.Dae-jin Jeong ปลัด')).toContain('PERSON:Mr.Dae-jin Jeong');
    expect(spans('Mr. Wangi AHN ประธาน')).toContain('PERSON:Mr. Wangi AHN');
  });

  it('reads names after a job title, leaving the title and its ministry outside', () => {
    const s = spans('รัฐมนตรีว่าการกระทรวงการต่างประเทศเหงียน ฮอง เดียน ยืนยันว่า');
    expect(s).toContain('PERSON:เหงียน ฮอง เดียน');
    expect(spans('รองปลัดกระทรวงจาค็อบ เฮลเบิร์ก ชื่นชม')).toContain('PERSON:จาค็อบ เฮลเบิร์ก');
    expect(spans('ประธานาธิบดีโดนัลด์ ทรัมป์ ของสหรัฐฯ')).toContain('PERSON:โดนัลด์ ทรัมป์');
  });

  it('reads Vietnamese spaced names standing alone', () => {
    expect(spans('กล่าวว่า เหงียน ฮ่อง เดียน ทำงาน')).toContain('PERSON:เหงียน ฮ่อง เดียน');
  });

  it('finds a first name again after its full mention', () => {
    const s = spans('ปลัดฯ ณัฐพล นำทีม ดร.ณัฐพล รังสิตพล กล่าว');
    expect(s[0]).toBe('PERSON:ณัฐพล');
  });
});

describe('extractEntities: ORG', () => {
  it('reads organisation heads with their full names', () => {
    expect(spans('ผู้แทนจากสำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ และ')).toContain(
      'ORG:สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ',
    );
    expect(spans('ความร่วมมือระหว่างมหาวิทยาลัยการเดินเรือเวียดนาม มหาวิทยาลัยแอนต์เวิร์ป')).toEqual([
      'ORG:มหาวิทยาลัยการเดินเรือเวียดนาม',
      'ORG:มหาวิทยาลัยแอนต์เวิร์ป',
    ]);
  });

  it('keeps a country glued to a ministry inside it, and splits it off after a space', () => {
    expect(spans('รองเลขาธิการกระทรวงการต่างประเทศสหรัฐฯ')).toEqual(['ORG:กระทรวงการต่างประเทศสหรัฐฯ']);
    expect(spans('กระทรวงอุตสาหกรรมและการค้า สปป. ลาว')).toEqual(['ORG:กระทรวงอุตสาหกรรมและการค้า', 'LOC:สปป. ลาว']);
  });

  it('cuts an organisation name where the sentence goes on', () => {
    expect(spans('โดยกระทรวงอุตสาหกรรมพร้อมให้การสนับสนุน')).toEqual(['ORG:กระทรวงอุตสาหกรรม']);
  });

  it('gives an acronym in brackets its own span, and finds it again later', () => {
    expect(spans('ปลัดกระทรวงการค้า อุตสาหกรรม และพลังงาน (MOTIE) ได้เชิญ MOTIE')).toEqual([
      'ORG:กระทรวงการค้า อุตสาหกรรม และพลังงาน',
      'ORG:MOTIE',
      'ORG:MOTIE',
    ]);
    expect(spans('รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) เปิดเผย')).toEqual([
      'ORG:กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม',
      'ORG:ดีอี',
    ]);
  });

  it('splits "English Name: ACRONYM" in brackets into two spans', () => {
    expect(spans('กระทรวงเศรษฐกิจการค้าและอุตสาหกรรมญี่ปุ่น (Ministry of Economy, Trade and Industry: METI) มี')).toEqual([
      'ORG:กระทรวงเศรษฐกิจการค้าและอุตสาหกรรมญี่ปุ่น',
      'ORG:Ministry of Economy, Trade and Industry',
      'ORG:METI',
    ]);
  });

  it('reads companies, governments and Latin organisation names', () => {
    expect(spans('กรรมการผู้จัดการใหญ่บริษัท กสท โทรคมนาคม จำกัด (มหาชน) เข้าร่วม')).toContain(
      'ORG:บริษัท กสท โทรคมนาคม จำกัด (มหาชน)',
    );
    expect(spans('รัฐบาลจีนประกาศ')).toEqual(['ORG:รัฐบาลจีน']);
    expect(spans('ประธาน Korea Productivity Center (KPC) ถึง')).toEqual(['ORG:Korea Productivity Center', 'ORG:KPC']);
    expect(spans('ภายใน SK Telecom ซึ่ง')).toEqual(['ORG:SK Telecom']);
  });

  it('does not make an ORG of a generic head', () => {
    expect(spans('มหาวิทยาลัยชั้นนำในเบลเยียม')).toEqual(['LOC:เบลเยียม']);
    expect(spans('บริษัทเบลเยียมมีความแข็งแกร่ง')).toEqual(['LOC:เบลเยียม']);
    expect(spans('สภาพอากาศดี')).toEqual([]);
    expect(spans('พัฒนาทรัพยากรมนุษย์ร่วมกัน')).toEqual([]);
    expect(spans('เร่งสานสัมพันธ์กระทรวง MOTIE')).toEqual(['ORG:MOTIE']);
  });

  it('reads stand-alone Thai abbreviations of organisations', () => {
    expect(spans('ที่ประชุม กกต. มีมติ')).toEqual(['ORG:กกต.']);
    expect(spans('ระยะทาง 5 กม. และ 3 ชม.')).toEqual([]);
  });
});

describe('extractEntities: LOC', () => {
  it('marks countries, cities and provinces with their prefixes', () => {
    expect(spans('ความร่วมมือระหว่างไฮฟองและเบลเยียม')).toEqual(['LOC:ไฮฟอง', 'LOC:เบลเยียม']);
    expect(spans('ที่นครเซินเจิ้นมีเขต')).toEqual(['LOC:นครเซินเจิ้น']);
    expect(spans('ณ เวียงจันทน์ สปป. ลาว')).toEqual(['LOC:เวียงจันทน์', 'LOC:สปป. ลาว']);
  });

  it('marks a nationality adjective on the country name', () => {
    expect(spans('นักลงทุนชาวเบลเยียม')).toEqual(['LOC:เบลเยียม']);
    expect(spans('คนไทย')).toEqual(['LOC:ไทย']);
  });

  it('does not mark a place inside a longer organisation name', () => {
    expect(spans('มหาวิทยาลัยแพทยศาสตร์และเภสัชศาสตร์ไฮฟอง และ')).toEqual([
      'ORG:มหาวิทยาลัยแพทยศาสตร์และเภสัชศาสตร์ไฮฟอง',
    ]);
    expect(spans('รัฐบาลไทย')).toEqual(['ORG:รัฐบาลไทย']);
  });

  it('reads districts and roads after their Thai prefix', () => {
    expect(spans('ที่ อ.เมือง จ.ระนอง')).toEqual(['LOC:อ.เมือง', 'LOC:จ.ระนอง']);
    expect(spans('บนถนนราชดำเนิน')).toEqual(['LOC:ถนนราชดำเนิน']);
    expect(spans('วันที่ 3 ต.ค. 2566')).toEqual([]);
  });
});

describe('extractEntities: PROGRAMME', () => {
  it('reads named zones, frameworks and initiatives', () => {
    expect(spans('เขตระเบียงเศรษฐกิจพิเศษภาคตะวันออก หรือ EEC ของไทย')).toEqual([
      'PROGRAMME:ระเบียงเศรษฐกิจพิเศษภาคตะวันออก',
      'PROGRAMME:EEC',
      'LOC:ไทย',
    ]);
    expect(spans('โครงการ One Belt One Road ของจีน')).toEqual(['PROGRAMME:One Belt One Road', 'LOC:จีน']);
    expect(spans('ได้แก่ DEEP C Industrial Park Complex ซึ่ง DEEP C ได้')).toEqual([
      'PROGRAMME:DEEP C Industrial Park Complex',
      'PROGRAMME:DEEP C',
    ]);
  });

  it('reads a vision with its phase and its bracketed English name and acronym', () => {
    expect(
      spans('ภายใต้วิสัยทัศน์การพัฒนาอุตสาหกรรมในอนุภูมิภาคลุ่มแม่น้ำโขง ระยะที่ 2 (Mekong Industrial Development Vision 2.0: MIDV 2.0) ในช่วง'),
    ).toEqual([
      'PROGRAMME:วิสัยทัศน์การพัฒนาอุตสาหกรรมในอนุภูมิภาคลุ่มแม่น้ำโขง ระยะที่ 2',
      'PROGRAMME:Mekong Industrial Development Vision 2.0',
      'PROGRAMME:MIDV 2.0',
    ]);
  });

  it('reads named projects but not generic ones', () => {
    expect(spans('อาทิ โครงการนำร่องร่วมเพื่อการเปลี่ยนผ่านเชิงดิจิทัล โครงการ')).toEqual([
      'PROGRAMME:โครงการนำร่องร่วมเพื่อการเปลี่ยนผ่านเชิงดิจิทัล',
    ]);
    expect(spans('การดำเนินโครงการนำร่อง')).toEqual([]);
  });
});

describe('extractEntities: output', () => {
  it('returns flat spans in reading order whose quotes match the text', () => {
    const text = 'นายสำลี บุษดี อธิบดีกรมการอุตสาหกรรม กระทรวงอุตสาหกรรมและการค้า สปป. ลาว (Mr. Samly Boutsady)';
    const out = extractEntities(text);
    for (let i = 0; i < out.length; i++) {
      const s = out[i]!;
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
    }
    expect(extractEntities('')).toEqual([]);
  });

  // Speed is measured by `npm run bench -- extract`; this checks a long text is read through to the end.
  it('reads a 180,000-character text to its end', () => {
    const para = 'นายสำลี บุษดี อธิบดีกรมการอุตสาหกรรม กระทรวงอุตสาหกรรมและการค้า สปป. ลาว ร่วมกับสำนักงานคณะกรรมการส่งเสริมการลงทุน (บีโอไอ) ที่กรุงเทพฯ ในโครงการพัฒนาระเบียงเศรษฐกิจพิเศษภาคตะวันออก (EEC) Korea Productivity Center\n';
    const text = para.repeat(Math.ceil(180_000 / para.length));
    const out = extractEntities(text);
    expect(out.length).toBeGreaterThan(1000);
    expect(out.at(-1)!.start).toBeGreaterThan(text.length - para.length);
  });
});
