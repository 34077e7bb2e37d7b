// The analyst's goal: the Haiphong-Belgium brief with a chart, the figures table and two excerpts, printed by Chromium to an A4 PDF that reads back right.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { hasShared, missingSharedMessage } from '../support/shared-data';
import { offsetInText, selectRange } from './text-selection';
import { openSeed } from './workbench-page';

const OUT = 'test-results/briefs';
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test.skip(!hasShared('corpus', 'seeds'), missingSharedMessage('corpus', 'seeds'));

test('Haiphong-Belgium brief: chart, figures table, two excerpts, A4 PDF', async ({ page }) => {
  test.skip(!hasPoppler, 'skipped: pdftotext (poppler-utils) is not installed to read the PDF back');
  await openSeed(page, '001_');

  // Annotations export as W3C Web Annotation JSON-LD once something is kept.
  await page.getByRole('region', { name: 'Money' }).getByRole('button', { name: 'Accept all' }).click();
  const annotationsFile = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export annotations' }).click();
  const exported = JSON.parse(readFileSync(await (await annotationsFile).path(), 'utf8'));
  expect(exported.length).toBe(5);
  expect(exported[0]['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(exported.map((a: { target: { selector: Array<{ exact?: string }> } }) => a.target.selector[1].exact)).toContain('758.5 ล้านดอลลาร์สหรัฐ');

  // Accept the suggested figures and facts.
  await page.getByRole('tab', { name: 'Facts' }).click();
  await page.getByRole('region', { name: 'Suggested facts' }).getByRole('button', { name: 'Confirm all' }).click();
  await expect(page.getByRole('region', { name: 'Confirmed facts' }).locator('.fact-item')).toHaveCount(9);

  // Two excerpts: the FDI sentence and the 2025 trade sentence.
  for (const [from, to] of [
    ['ณ สิ้นเดือนตุลาคม', 'ล้านดอลลาร์สหรัฐ ส่วนใหญ่'],
    ['มูลค่าการส่งออกจะสูงถึง', '40.5 ล้านดอลลาร์สหรัฐ'],
  ]) {
    const start = await offsetInText(page, from);
    const end = (await offsetInText(page, to)) + to.length;
    await selectRange(page, start, end);
    await page.getByRole('button', { name: 'Add to brief' }).click();
    await expect(page.locator('.notice')).toContainText('Added to');
  }

  // The chart of Haiphong's exports to Belgium.
  await page.getByRole('link', { name: 'Charts' }).click();
  await page.getByLabel('Measure').selectOption('export');
  await expect(page.getByRole('region', { name: 'Over time' }).locator('.chart-point')).toHaveCount(2);
  await page.getByRole('button', { name: 'Add chart to brief' }).click();

  await page.getByRole('link', { name: 'Briefs' }).click();
  await page.locator('.brief-list a').first().click();
  await page.getByLabel('Brief title').fill('ไฮฟอง–เบลเยียม: การค้าและการลงทุน');
  await page.getByLabel('Author').fill('ฝ่ายวิเคราะห์');
  await page.getByLabel('Summary').fill('การค้าระหว่างไฮฟองกับเบลเยียมเติบโตต่อเนื่อง และการลงทุนจากเบลเยียมสะสมกว่า 758.5 ล้านดอลลาร์สหรัฐ');
  await page.getByRole('button', { name: 'Add figures table' }).click();
  // Put the chart first: it was added last.
  const items = page.locator('.a4-preview .brief-item');
  await expect(items).toHaveCount(4);
  await items.nth(2).getByRole('button', { name: 'Move up' }).click();
  await expect(items.nth(1)).toHaveAttribute('data-kind', 'chart');
  await items.nth(1).getByRole('button', { name: 'Move up' }).click();
  await expect(items.nth(0)).toHaveAttribute('data-kind', 'chart');
  await page.screenshot({ path: `${OUT}/brief-editor.png`, fullPage: false });

  // The same brief as one HTML file: text, no script.
  const html = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export HTML' }).click();
  const htmlText = readFileSync(await (await html).path(), 'utf8');
  expect(htmlText).toContain('ไฮฟอง–เบลเยียม: การค้าและการลงทุน');
  expect(htmlText).toContain('69.7');
  expect(htmlText).not.toMatch(/<script/i);

  await page.getByRole('button', { name: 'Print preview / PDF' }).click();
  await expect(page.locator('body[data-print-ready="true"]')).toHaveCount(1);
  await expect(page.locator('.brief-document .chart-point')).toHaveCount(2);
  mkdirSync(OUT, { recursive: true });
  const pdfPath = `${OUT}/haiphong-brief.pdf`;
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });

  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  for (const expected of ['ไฮฟอง–เบลเยียม: การค้าและการลงทุน', 'ฝ่ายวิเคราะห์', 'ลงทุนโดยตรงจากต่างประเทศ', '69.7', '40.5', '758.5', '> 25', 'Jan–Oct 2025', '31 Oct 2025', '1 Jan 2024', 'baohaiphong.vn']) {
    expect(text, `the PDF should read "${expected}"`).toContain(expected);
  }
  // Thai marks survive printing: a word with a tone mark and an above vowel reads back whole.
  expect(text).toContain('ดอลลาร์สหรัฐ');
  // Page numbers from the print stylesheet, and charts as vectors: no raster image anywhere in the file.
  expect(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).toMatch(/1\s*\/\s*2/);
  expect(execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).trim().split('\n')).toHaveLength(2);
  const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
  expect(fonts).toMatch(/Sarabun/);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, `${OUT}/haiphong-brief-page`]);
});
