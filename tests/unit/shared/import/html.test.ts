// HTML pages to article text: tokenizer, entities, boilerplate dropped, main content, <title>/canonical/charset.
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../../shared/import/html-entities';
import { headlineOf, readHtml } from '../../../../shared/import/html-document';
import { tokenizeHtml } from '../../../../shared/import/html-tokenizer';
import { importFile } from '../../../../shared/import/import-file';
import { encodeTis620 } from './fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);

const PAGE = `<!DOCTYPE html>
<html lang="th"><head>
<meta charset="utf-8">
<title>กระทรวงพาณิชย์เผยส่งออกโต &amp; นำเข้าลด | ข่าวเศรษฐกิจ</title>
<meta property="og:site_name" content="ข่าวเศรษฐกิจ">
<meta property="og:url" content="https://example.org/og">
<link rel="canonical" href="https://example.org/news/1">
<meta property="article:published_time" content="2024-03-05T09:00:00+07:00">
<meta name="author" content="สมชาย ใจดี">
<script>var x = "<p>ไม่ใช่ข่าว</p>"; if (a < b) {}</script>
<style>p { color: red }</style>
</head><body>
<header><div class="logo">โลโก้เว็บ</div><nav><ul><li><a href="/">หน้าหลัก</a><li><a href="/biz">ธุรกิจ</a></ul></nav></header>
<div id="sidebar"><h3>ข่าวยอดนิยม</h3><a href="/2">ข่าวอื่นที่ยาวมากมากมากมากมากมากมาก</a></div>
<div class="content">
  <h1>กระทรวงพาณิชย์เผยส่งออกโต</h1>
  <p>การส่งออก&nbsp;เดือนมกราคม  มูลค่า 758.5&#160;ล้าน&#x0E14;อลลาร์สหรัฐ
     เพิ่มขึ้น &#3619;&#3657;&#3629;&#3618;&#3621;&#3632; 5 &ldquo;ดีกว่าคาด&rdquo;
  <p>ผู้ส่งออก <b>ไทย</b><i>รายใหญ่</i> ระบุว่า<br>ตลาดจีนฟื้นตัว
  <ul><li>ข้าว<li>ยางพารา</ul>
  <table><tr><td>ข้าว<td>10%</tr></table>
  <form><input value="ค้นหา"><button>ส่ง</button></form>
  <noscript>เปิดจาวาสคริปต์</noscript>
  <!-- <p>ความเห็นที่ซ่อน</p> -->
</div>
<aside>โฆษณา</aside>
<footer>สงวนลิขสิทธิ์ © 2567</footer>
</body></html>`;

describe('decodeEntities', () => {
  it('reads numeric (decimal, hex), named and legacy references; leaves unknown ones', () => {
    expect(decodeEntities('&#3585;&#xE01;&#x0e01;')).toBe('กกก');
    expect(decodeEntities('a&nbsp;b &amp; &lt;c&gt; &quot;d&quot; &hellip;&mdash;&rsquo;')).toBe('a\u00A0b & <c> "d" …—’');
    expect(decodeEntities('&amp &nbsp x')).toBe('& \u00A0 x');
    expect(decodeEntities('&#150; &#0; &bogus; AT&T')).toBe('– \uFFFD &bogus; AT&T');
  });
});

describe('tokenizeHtml', () => {
  it('reads tags, quoted and bare attributes, and raw text of script without entities', () => {
    const tokens = tokenizeHtml('<a HREF="/x?a=1&amp;b=2" data-x=\'y\' hidden>ลิงก์</a><script>if (a<b) "&amp;"</script>');
    expect(tokens[0]).toEqual({ type: 'start', name: 'a', attrs: { href: '/x?a=1&b=2', 'data-x': 'y', hidden: '' }, selfClosing: false });
    expect(tokens[1]).toEqual({ type: 'text', text: 'ลิงก์' });
    expect(tokens[4]).toEqual({ type: 'text', text: 'if (a<b) "&amp;"' });
  });

  it('survives broken markup: a lone <, an unclosed tag, a comment without end', () => {
    expect(() => tokenizeHtml('a < b <p class="x <!-- never closed')).not.toThrow();
    expect(tokenizeHtml('1 < 2')).toEqual([{ type: 'text', text: '1 ' }, { type: 'text', text: '<' }, { type: 'text', text: ' 2' }]);
  });
});

describe('headlineOf', () => {
  it('cuts the site name at either end when known, a short trailing one otherwise, keeps a dash inside a headline', () => {
    expect(headlineOf('ข่าวเศรษฐกิจ | ส่งออกโต', 'ข่าวเศรษฐกิจ')).toBe('ส่งออกโต');
    expect(headlineOf('ส่งออกไทยโตต่อเนื่องเป็นเดือนที่สาม - ไทยรัฐออนไลน์')).toBe('ส่งออกไทยโตต่อเนื่องเป็นเดือนที่สาม');
    expect(headlineOf('การประชุมไฮฟอง - แอนต์เวิร์ป (ราชอาณาจักรเบลเยียม) ประจำปี 2568')).toBe('การประชุมไฮฟอง - แอนต์เวิร์ป (ราชอาณาจักรเบลเยียม) ประจำปี 2568');
  });
});

describe('readHtml', () => {
  it('keeps the article only, as plain text with paragraph breaks, entities decoded', () => {
    const r = readHtml(utf8(PAGE));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file.text.split('\n')).toEqual([
      'กระทรวงพาณิชย์เผยส่งออกโต',
      'การส่งออก\u00A0เดือนมกราคม มูลค่า 758.5\u00A0ล้านดอลลาร์สหรัฐ เพิ่มขึ้น ร้อยละ 5 “ดีกว่าคาด”',
      'ผู้ส่งออก ไทยรายใหญ่ ระบุว่า',
      'ตลาดจีนฟื้นตัว',
      'ข้าว',
      'ยางพารา',
      'ข้าว\t10%',
    ]);
    for (const junk of ['หน้าหลัก', 'ข่าวยอดนิยม', 'โฆษณา', 'สงวนลิขสิทธิ์', 'ไม่ใช่ข่าว', 'color', 'ค้นหา', 'จาวาสคริปต์', 'ความเห็นที่ซ่อน', '<', '&']) {
      expect(r.file.text).not.toContain(junk);
    }
  });

  it('reads <title> without the site name, the canonical URL, published date and author', () => {
    const r = readHtml(utf8(PAGE));
    expect(r.ok && r.file).toMatchObject({
      title: 'กระทรวงพาณิชย์เผยส่งออกโต & นำเข้าลด',
      sourceUrl: 'https://example.org/news/1',
      date: '2024-03-05',
      author: 'สมชาย ใจดี',
      encoding: 'utf-8',
    });
    const og = readHtml(utf8('<meta property="og:url" content="https://example.org/og"><p>ข่าว</p>'));
    expect(og.ok && og.file.sourceUrl).toBe('https://example.org/og');
  });

  it('prefers <article> to the rest of the page, and finds the densest block without landmarks', () => {
    const withArticle = '<body><div>เมนู เมนู</div><article><p>ย่อหน้าหนึ่งของข่าวที่ยาวพอสมควร</p><p>ย่อหน้าสอง</p></article><div>ลิงก์ท้ายหน้า</div></body>';
    expect(readHtml(utf8(withArticle))).toMatchObject({ ok: true, file: { text: 'ย่อหน้าหนึ่งของข่าวที่ยาวพอสมควร\nย่อหน้าสอง' } });
    const plain = `<body><div class="top"><a href="/">หน้าแรก</a> <a href="/a">ข่าว</a></div><div class="story"><div><p>${'เนื้อข่าวยาว '.repeat(30)}</p><p>ย่อหน้าที่สอง</p></div></div><div class="bottom">ติดต่อเรา</div></body>`;
    const r = readHtml(utf8(plain));
    expect(r.ok && r.file.text.startsWith('เนื้อข่าวยาว')).toBe(true);
    expect(r.ok && r.file.text).toContain('ย่อหน้าที่สอง');
    expect(r.ok && r.file.text).not.toContain('ติดต่อเรา');
    expect(r.ok && r.file.text).not.toContain('หน้าแรก');
  });

  it('reads the charset a page declares (meta charset or http-equiv), and sniffs TIS-620 without one', () => {
    const body = '<p>การค้าไทย</p>';
    const declared = new Uint8Array([...utf8('<meta http-equiv="Content-Type" content="text/html; charset=tis-620">'), ...encodeTis620(body)]);
    expect(readHtml(declared)).toMatchObject({ ok: true, file: { text: 'การค้าไทย', encoding: 'tis-620' } });
    const metaCharset = new Uint8Array([...utf8('<meta charset="windows-874">'), ...encodeTis620(body)]);
    expect(readHtml(metaCharset)).toMatchObject({ ok: true, file: { text: 'การค้าไทย', encoding: 'windows-874' } });
    expect(readHtml(encodeTis620(body))).toMatchObject({ ok: true, file: { text: 'การค้าไทย', encoding: 'tis-620' } });
    // Mislabelled: declared UTF-8, bytes TIS-620.
    const wrong = new Uint8Array([...utf8('<meta charset="utf-8">'), ...encodeTis620(body)]);
    expect(readHtml(wrong)).toMatchObject({ ok: true, file: { text: 'การค้าไทย' } });
  });
});

describe('importFile on .html', () => {
  it('imports the page as text (never markup), with the HTML metadata', async () => {
    const r = await importFile({ name: 'ข่าว.htm', bytes: utf8(PAGE) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document).toMatchObject({ format: 'html', title: 'กระทรวงพาณิชย์เผยส่งออกโต & นำเข้าลด', sourceUrl: 'https://example.org/news/1', date: '2024-03-05', author: 'สมชาย ใจดี' });
    expect(r.document.text).not.toMatch(/[<>]/);
    expect(r.document.text).toContain('758.5 ล้านดอลลาร์สหรัฐ');
  });

  it('refuses a page with no text as empty', async () => {
    expect(await importFile({ name: 'e.html', bytes: utf8('<html><head><title>x</title></head><body><nav>เมนู</nav></body></html>') })).toMatchObject({ ok: false, refusal: { reason: 'empty' } });
  });
});
