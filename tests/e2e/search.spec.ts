// Search as an analyst uses it: Ctrl+K, a Thai name inside unsegmented text, a quoted phrase, filters, and a result that opens the reader at the match.
import { expect, test } from '@playwright/test';
import { dropFiles, openWorkbench } from './workbench-page';

const shots = 'test-results/screenshots';

// A long article: the name stands near the end, run together with the word before it (no space, as Thai is written).
const filler = Array.from({ length: 120 }, (_, i) => `ย่อหน้าที่ ${i + 1} รายงานความร่วมมือด้านการค้าและการลงทุนระหว่างไทยกับประเทศในภูมิภาค`);
const HAIPHONG = [
  'ผู้ว่าการเมืองไฮฟองพบคณะนักลงทุนไทย',
  '',
  'วันศุกร์ที่ 7 พฤศจิกายน 2568',
  ...filler,
  'ในปี 2567 การส่งออกของเมืองไฮฟองไปเบลเยียมมีมูลค่ากว่า 25 ล้านดอลลาร์สหรัฐ',
].join('\n');
const HANOI = ['รัฐมนตรีว่าการกระทรวงพาณิชย์เยือนกรุงฮานอย', '', 'วันจันทร์ที่ 3 มีนาคม 2568', 'หารือการค้าชายแดนและท่าเรือน้ำลึก'].join('\n');
const BOI = ['บีโอไอรายงานการลงทุน', '', 'วันพุธที่ 2 เมษายน 2568', 'ท่าเรือไฮฟองเป็นประตูการค้า มีโครงการยื่นขอรับการส่งเสริม 21 โครงการ'].join('\n');

test.beforeEach(async ({ page }) => {
  await openWorkbench(page);
  await dropFiles(page, [
    { name: 'haiphong.txt', text: HAIPHONG },
    { name: 'hanoi.txt', text: HANOI },
    { name: 'boi.txt', text: BOI },
  ]);
  await expect(page.locator('.doc-title')).toHaveCount(3);
});

test('Ctrl+K finds a Thai name inside unsegmented text, highlights it, and opens the reader scrolled to it', async ({ page }) => {
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', { name: /Search the library/ });
  await expect(box).toBeFocused();
  await box.fill('ไฮฟอง');
  await expect(page.locator('.search-count')).toHaveText(/^2 documents/);
  const first = page.locator('.search-result').filter({ hasText: 'ผู้ว่าการเมืองไฮฟอง' });
  await expect(first.locator('mark').first()).toHaveText('ไฮฟอง');
  await expect(page.locator('.search-result mark')).not.toHaveCount(0);
  await page.screenshot({ path: `${shots}/search-results.png` });
  // Best match first; newest first on request.
  await expect(page.locator('.search-title').first()).toHaveText('บีโอไอรายงานการลงทุน');
  await page.getByLabel('Order').selectOption('newest');
  await expect(page.locator('.search-title').first()).toHaveText('ผู้ว่าการเมืองไฮฟองพบคณะนักลงทุนไทย');

  // The passage near the end of the long article: the reader opens with the match selected and in view.
  await first.locator('.search-passage', { hasText: 'เบลเยียม' }).click();
  await expect(page).toHaveURL(/\/doc\/.+\?at=\d+-\d+/);
  const selected = page.locator('.text-pane .pending').first();
  await expect(selected).toHaveText('ไฮฟอง');
  await expect(selected).toBeInViewport();
  await page.screenshot({ path: `${shots}/search-opened.png` });

  // Back returns to the same results; the keyboard walks them (Down from the box, Enter opens).
  await page.goBack();
  await expect(page.locator('.search-count')).toHaveText(/^2 documents/);
  await page.getByRole('searchbox', { name: /Search the library/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-passage').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/doc\/.+\?at=\d+-\d+/);
});

test('a quoted phrase, date and tag filters, and a search with no result that says so', async ({ page }) => {
  await page.getByRole('link', { name: 'Search' }).click();
  const box = page.getByRole('searchbox', { name: /Search the library/ });
  await box.fill('"ท่าเรือไฮฟอง"');
  await expect(page.locator('.search-count')).toHaveText(/^1 document/);
  await expect(page.locator('.search-result .search-title')).toHaveText('บีโอไอรายงานการลงทุน');
  await expect(page.locator('.search-result mark')).toHaveText('ท่าเรือไฮฟอง');

  await box.fill('ไฮฟอง');
  await expect(page.locator('.search-count')).toHaveText(/^2 documents/);
  await page.getByLabel('From').fill('2025-11-01');
  await expect(page.locator('.search-count')).toHaveText(/^1 document/);
  await expect(page.locator('.search-result .search-title')).toHaveText('ผู้ว่าการเมืองไฮฟองพบคณะนักลงทุนไทย');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // A tag given in the reader narrows the search.
  await page.locator('.search-title', { hasText: 'บีโอไอ' }).click();
  await page.getByRole('combobox', { name: 'Add tag…' }).fill('ports');
  await page.keyboard.press('Enter');
  await expect(page.locator('.tag-chip')).toHaveText(/ports/);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: /Search the library/ })).toBeFocused();
  await page.locator('.search-filters').getByLabel('Tag').selectOption('ports');
  await expect(page.locator('.search-count')).toHaveText(/^1 document/);
  await expect(page.locator('.search-result .search-title')).toHaveText('บีโอไอรายงานการลงทุน');

  await page.getByRole('searchbox', { name: /Search the library/ }).fill('ฮาลอง');
  await expect(page.locator('.search-count')).toHaveText(/^0 documents/);
  await expect(page.getByText('No document matches')).toBeVisible();
});

test('Ctrl+F in the reader finds every occurrence, also in paragraphs not drawn yet, and steps through them', async ({ page }) => {
  await page.locator('.doc-title', { hasText: 'ผู้ว่าการเมืองไฮฟอง' }).click();
  await expect(page.locator('.doc-header h1')).toHaveText('ผู้ว่าการเมืองไฮฟองพบคณะนักลงทุนไทย');
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find in this document' });
  await expect(find).toBeFocused();
  await find.fill('ไฮฟอง');
  await expect(page.locator('.find-count')).toHaveText('1 of 2');
  await expect(page.locator('.text-pane .pending').first()).toHaveText('ไฮฟอง');
  // The other stands after 120 paragraphs: Shift+Enter goes round to it, drawn and in view.
  await find.press('Shift+Enter');
  await expect(page.locator('.find-count')).toHaveText('2 of 2');
  const last = page.locator('.text-pane .pending').first();
  await expect(last).toHaveText('ไฮฟอง');
  await expect(last).toBeInViewport();
  await expect(page.locator('.text-pane p.para', { has: page.locator('.pending') })).toContainText('เบลเยียม');
  await page.screenshot({ path: `${shots}/reader-find.png` });
  // Escape closes the bar; the match stays selected, so a digit marks it (3: place).
  await find.press('Escape');
  await expect(find).toBeHidden();
  await page.keyboard.press('3');
  await expect(page.locator('.ann-item', { hasText: 'ไฮฟอง' }).filter({ hasNotText: 'suggested' }).first()).toBeVisible();
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find in this document' }).fill('ฮาลอง');
  await expect(page.locator('.find-count')).toHaveText('Not found');

  // The place just marked is an entity: the search's entity filter finds it by typing part of its name,
  // in this article (a linked mention) and in the other one that only names it.
  await page.keyboard.press('Control+k');
  await page.locator('.search-filters').getByLabel('Entity').fill('ไฮฟอง (Place)');
  await expect(page.locator('.search-count')).toHaveText(/^2 documents/);
  await expect(page.locator('.search-results')).toContainText('บีโอไอรายงานการลงทุน');
  await expect(page.locator('.search-results')).toContainText('ผู้ว่าการเมืองไฮฟองพบคณะนักลงทุนไทย');
});

