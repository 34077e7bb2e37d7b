// Library and reader as an analyst uses them: drop files, filter, delete with undo, compare, figures form, suggestions, language.
import { expect, test, type Page } from '@playwright/test';
import { dropFiles, openWorkbench } from './workbench-page';

const shots = 'test-results/screenshots';

const ARTICLE_A = [
  'กระทรวงพาณิชย์เผยการส่งออกไปเวียดนามขยายตัว',
  '',
  'วันจันทร์ที่ 3 มีนาคม 2568',
  'ในปี 2567 การส่งออกของไทยไปยังเวียดนามมีมูลค่ากว่า 758.5 ล้านดอลลาร์สหรัฐ เพิ่มขึ้นร้อยละ 12',
  'ที่มา : https://example.go.th/news/1',
].join('\n');
const ARTICLE_B = 'บีโอไอรายงานการลงทุน\n\nมีโครงการยื่นขอรับการส่งเสริม 21 โครงการ มูลค่ารวม 5,000 ล้านบาท\n';

async function selectText(page: Page, needle: string) {
  await page.evaluate((word) => {
    const pane = document.querySelector('.text-pane')!;
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    // The needle may span several runs: collect text nodes with their offsets.
    const nodes: Array<{ node: Text; at: number }> = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, at: all.length });
      all += n.textContent;
    }
    const start = all.indexOf(word);
    if (start < 0) throw new Error(`not found: ${word}`);
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((x) => x.at <= offset)!;
      return [hit.node, offset - hit.at] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(start + word.length));
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    pane.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, needle);
}

test.beforeEach(async ({ page }) => {
  await openWorkbench(page);
});

test('dropped files are imported; filter, sort, delete with confirmation, and undo the delete', async ({ page }) => {
  await dropFiles(page, [
    { name: 'a.txt', text: ARTICLE_A },
    { name: 'b.md', text: ARTICLE_B },
    { name: 'c.xlsx', text: 'PK' },
  ]);
  await expect(page.locator('.doc-row')).toHaveCount(2);
  await expect(page.locator('.refusal')).toContainText('c.xlsx');
  await expect(page.locator('.refusal')).toContainText('not a supported type (.xlsx)');
  const rowA = page.locator('.doc-row', { hasText: 'กระทรวงพาณิชย์เผยการส่งออก' });
  await expect(rowA).toContainText('3 Mar 2025');
  await expect(rowA).toContainText('example.go.th');

  await page.getByLabel('Filter by title, file or source').fill('บีโอไอ');
  await expect(page.locator('.doc-row')).toHaveCount(1);
  await page.getByLabel('Filter by title, file or source').fill('');
  await page.getByLabel('Sort by').selectOption('title');
  await expect(page.locator('.doc-title').first()).toHaveText('กระทรวงพาณิชย์เผยการส่งออกไปเวียดนามขยายตัว');

  await rowA.getByRole('button', { name: /Delete/ }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Delete “กระทรวงพาณิชย์');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.doc-row')).toHaveCount(2);
  await rowA.getByRole('button', { name: /Delete/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.doc-row')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.doc-row')).toHaveCount(2);
});

test('a figure opens its form with the parsed value; suggestions are accepted and rejected from the keyboard', async ({ page }) => {
  await dropFiles(page, [{ name: 'a.txt', text: ARTICLE_A }]);
  await page.locator('.doc-title').first().click();
  await expect(page.locator('.doc-meta')).toContainText('example.go.th/news/1');

  // Suggestions from the extractors are dashed until accepted.
  const suggested = page.locator('.ann-item.status-suggested');
  await expect(suggested.first()).toBeVisible();
  const before = await suggested.count();
  await page.keyboard.press('Tab');
  await expect(page.locator('.ann-item.focused')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(suggested).toHaveCount(before - 1);
  await expect(page.locator('.ann-item.status-accepted')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Delete');
  await expect(suggested).toHaveCount(before - 2);
  await page.keyboard.press('Control+z');
  await expect(suggested).toHaveCount(before - 1);

  // Reject the percentage's suggestion, then mark it by hand: the analyst's mark brings it back as accepted.
  const percentGroup = page.getByRole('region', { name: 'Percent' });
  await percentGroup.getByRole('button', { name: 'Reject all' }).click();
  await expect(percentGroup).toHaveCount(0);
  // Running extraction again brings nothing back: a rejected suggestion stays rejected.
  await page.getByRole('button', { name: 'Extract again' }).click();
  await expect(page.getByText('0 new suggestions')).toBeVisible();
  await expect(percentGroup).toHaveCount(0);
  await selectText(page, 'ร้อยละ 12');
  await page.keyboard.press('6');
  const form = page.locator('.figure-form');
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Value', { exact: true })).toHaveValue('12');
  await page.screenshot({ path: `${shots}/figure-form.png` });
  await form.getByLabel('Value', { exact: true }).press('Enter');
  await expect(page.locator('.ann-item.status-accepted', { hasText: 'ร้อยละ 12' })).toContainText('12%');
  await expect(page.locator('.ann-item', { hasText: 'ร้อยละ 12' })).toHaveCount(1);
});

test('two documents side by side in the compare layout', async ({ page }) => {
  await dropFiles(page, [
    { name: 'a.txt', text: ARTICLE_A },
    { name: 'b.txt', text: ARTICLE_B },
  ]);
  await page.locator('.doc-title').first().click();
  // The side panel collapses, and stays collapsed after a reload.
  await page.getByRole('button', { name: 'Hide panel' }).click();
  await expect(page.locator('aside.panel')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show panel' })).toBeVisible();
  await page.getByRole('button', { name: 'Show panel' }).click();
  await expect(page.locator('aside.panel')).toHaveCount(1);
  await page.getByRole('link', { name: 'Compare' }).click();
  await expect(page.locator('.compare-side')).toHaveCount(2);
  await expect(page.locator('.compare-side').nth(0)).toContainText(/758\.5|5,000/);
  await expect(page.locator('.compare-side').nth(1)).toContainText(/758\.5|5,000/);
  await page.screenshot({ path: `${shots}/compare.png` });
});

test('the UI switches between English and Thai without a restart', async ({ page }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('th');
  await expect(page.getByRole('link', { name: 'คลังเอกสาร' })).toBeVisible();
  await page.getByRole('link', { name: 'คลังเอกสาร' }).click();
  await expect(page.getByText('คลังเอกสารยังว่างอยู่')).toBeVisible();
  await page.screenshot({ path: `${shots}/library-empty-th.png` });
  await page.reload();
  await expect(page.getByRole('button', { name: 'นำเข้าไฟล์' }).first()).toBeVisible();
});
