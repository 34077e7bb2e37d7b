// The entity registry as an analyst uses it: accepted names link across articles, an entity's page, merge suggestions confirmed, refused and undone.
import { expect, test, type Page } from '@playwright/test';
import { dropFiles, openWorkbench } from './workbench-page';

const shots = 'test-results/entities';

const ARTICLE_A = [
  'ผู้แทนการค้าสหรัฐฯ เยือนเวียดนาม',
  '',
  'วันที่ 3 มีนาคม 2568',
  'นายจาค็อบ เฮลเบิร์ก รองเลขาธิการกระทรวงการต่างประเทศสหรัฐฯ เดินทางเยือนกรุงฮานอย ประเทศเวียดนาม เพื่อหารือการค้ากับกระทรวงอุตสาหกรรมและการค้าเวียดนาม',
  'นายเจคอบ เฮลเบิร์ก กล่าวว่าการค้าระหว่างสหรัฐฯ กับเวียดนามมีมูลค่ากว่า 120,000 ล้านดอลลาร์สหรัฐ',
].join('\n');
const ARTICLE_B = [
  'ไทยส่งออกข้าวไปสหรัฐอเมริกาเพิ่มขึ้น',
  '',
  'วันที่ 5 มีนาคม 2568',
  'กระทรวงพาณิชย์รายงานว่าการส่งออกข้าวไทยไปยังสหรัฐอเมริกาและเวียดนามขยายตัวร้อยละ 12 ในปี 2567 โดยผู้ส่งออกคาดว่าตลาดเวียดนามจะยังเติบโตต่อเนื่อง',
].join('\n');

/** Opens a document from the library and accepts every suggestion of the given panel groups. */
async function acceptAll(page: Page, title: string, groups: string[]) {
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await page.locator('.doc-title', { hasText: title }).click();
  for (const group of groups) {
    const region = page.getByRole('region', { name: group, exact: true });
    await region.getByRole('button', { name: 'Accept all' }).click();
    await expect(region.locator('.ann-item.status-suggested')).toHaveCount(0);
  }
}

const entityRow = (page: Page, name: string) => page.locator('.entity-row').filter({ has: page.getByRole('link', { name, exact: true }) });

test.beforeEach(async ({ page }) => {
  await openWorkbench(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Entities' }).click();
  // Before any name is kept, the page says how the registry is built.
  await expect(page.getByText('accept the suggested people, organisations, places and programmes')).toBeVisible();
  await dropFiles(page, [
    { name: 'a.txt', text: ARTICLE_A },
    { name: 'b.txt', text: ARTICLE_B },
  ]);
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await expect(page.locator('.doc-row')).toHaveCount(2);
  await acceptAll(page, 'ผู้แทนการค้าสหรัฐฯ', ['Person', 'Place']);
  await acceptAll(page, 'ไทยส่งออกข้าว', ['Place']);
});

test('accepted names link across articles; the entity page lists every mention in context and opens the reader at it', async ({ page }) => {
  // The panel names the entity each kept place links to.
  const item = page.locator('.ann-item', { hasText: 'สหรัฐอเมริกา' }).first();
  await expect(item.locator('.entity-link')).toContainText('สหรัฐอเมริกา');

  await page.getByRole('navigation').getByRole('link', { name: 'Entities' }).click();
  const vietnam = entityRow(page, 'เวียดนาม');
  // เวียดนาม and ประเทศเวียดนาม fold to one name: one entity, mentioned in both articles.
  await expect(vietnam).toContainText('ประเทศเวียดนาม');
  await expect(vietnam.locator('td.num').nth(2)).toHaveText('2');
  await expect(entityRow(page, 'ไทย')).toHaveCount(1);
  // Filter by a folded name, and by type.
  await page.getByLabel('Filter by name').fill('ประเทศเวียดนาม');
  await expect(page.locator('.entity-row')).toHaveCount(1);
  await page.getByLabel('Filter by name').fill('');
  await page.getByRole('combobox', { name: 'Type' }).selectOption('PERSON');
  await expect(page.locator('.entity-row')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Type' }).selectOption('');
  await page.screenshot({ path: `${shots}/entities-list.png` });

  await vietnam.getByRole('link', { name: 'เวียดนาม', exact: true }).click();
  await expect(page.locator('.entity-page h1')).toHaveText('เวียดนาม');
  await expect(page.locator('.mention-doc')).toHaveCount(2);
  // The mention from the other article, in its sentence, highlighted.
  const fromB = page.locator('.mention-doc', { hasText: 'ไทยส่งออกข้าวไปสหรัฐอเมริกาเพิ่มขึ้น' });
  await expect(fromB.locator('.mention')).toHaveCount(2);
  await expect(fromB.locator('.mention').first()).toContainText('การส่งออกข้าวไทยไปยังสหรัฐอเมริกาและ');
  await expect(fromB.locator('.mention mark').first()).toHaveText('เวียดนาม');
  await expect(fromB).toContainText('5 Mar 2025');
  // Names in the same articles, with how many articles they share.
  await expect(page.locator('.co-mentions')).toContainText('สหรัฐอเมริกา');
  await expect(page.locator('.co-mentions li', { hasText: 'สหรัฐฯ' })).toContainText('1 document together');
  await expect(page.locator('.alias-chip')).toHaveCount(2);
  await page.screenshot({ path: `${shots}/entity-page.png` });

  // Rename, with a note; both stay after a reload.
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('เวียดนาม (Viet Nam)');
  await page.getByRole('textbox', { name: 'Note' }).fill('คู่ค้าหลักในอาเซียน');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.entity-page h1')).toHaveText('เวียดนาม (Viet Nam)');
  // The edit is one step of the history.
  await page.keyboard.press('Control+z');
  await expect(page.locator('.entity-page h1')).toHaveText('เวียดนาม');
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.entity-page h1')).toHaveText('เวียดนาม (Viet Nam)');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('คู่ค้าหลักในอาเซียน');

  // Find in the library: search opens with the entity as its filter; both articles mention it.
  await page.getByRole('link', { name: 'Find in the library' }).click();
  await expect(page.getByLabel('Entity')).toHaveValue(/.+/);
  await expect(page.locator('.search-count')).toHaveText(/^2 documents/);
  await page.goBack();

  // A click on a mention opens the reader at it.
  await page.locator('.mention-doc', { hasText: 'ไทยส่งออกข้าว' }).locator('.mention').first().click();
  await expect(page).toHaveURL(/#\/doc\/[^?]+\?ann=/);
  await expect(page.locator('.doc-header h1')).toHaveText('ไทยส่งออกข้าวไปสหรัฐอเมริกาเพิ่มขึ้น');
  await expect(page.locator('.ann-item.focused')).toContainText('เวียดนาม');
  await expect(page.locator('.ann-item.focused .entity-link')).toContainText('เวียดนาม (Viet Nam)');
});

test('a mention is relinked to another entity from the panel, and undo puts it back', async ({ page }) => {
  // In article B: link สหรัฐอเมริกา to the entity สหรัฐฯ of article A.
  const item = page.locator('.ann-item', { hasText: 'สหรัฐอเมริกา' }).first();
  await item.locator('.ann-jump').click();
  await item.getByRole('button', { name: 'Link to…' }).click();
  await item.getByLabel('Find an entity').fill('สหรัฐฯ');
  await page.screenshot({ path: `${shots}/panel-relink.png` });
  await item.locator('.entity-picker').getByRole('button', { name: /^สหรัฐฯ/ }).click();
  await expect(item.locator('.entity-link')).toHaveText(/สหรัฐฯ/);
  await page.keyboard.press('Control+z');
  await expect(item.locator('.entity-link')).toHaveText(/สหรัฐอเมริกา/);
});

test('merge suggestions: a refused pair stays refused after reload; a merge joins the spellings and Ctrl+Z splits them', async ({ page }) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Entities' }).click();
  const suggestions = page.getByRole('region', { name: 'Possible duplicates' });
  const people = suggestions.locator('.merge-item', { hasText: 'เฮลเบิร์ก' });
  const usa = suggestions.locator('.merge-item', { hasText: 'สหรัฐอเมริกา' });
  // Each pair says why: a transliteration seen in one article, and one gazetteer entry.
  await expect(people).toContainText('Two Thai spellings of one foreign name');
  await expect(people).toContainText('ผู้แทนการค้าสหรัฐฯ เยือนเวียดนาม');
  await expect(usa).toContainText('gazetteer');
  await page.screenshot({ path: `${shots}/merge-suggestions.png` });

  // These two are (for this test) different people: refuse, and the pair never comes back.
  await people.getByRole('button', { name: 'Not the same' }).click();
  await expect(people).toHaveCount(0);
  await page.reload();
  await expect(usa).toBeVisible();
  await expect(people).toHaveCount(0);
  await expect(entityRow(page, 'นายเจคอบ เฮลเบิร์ก')).toHaveCount(1);

  // สหรัฐฯ and สหรัฐอเมริกา are one country: merge.
  await usa.getByRole('button', { name: 'Merge' }).click();
  await expect(suggestions).toHaveCount(0);
  const merged = page.locator('.entity-row', { hasText: 'สหรัฐอเมริกา' });
  await expect(merged).toHaveCount(1);
  await expect(merged).toContainText('สหรัฐฯ');
  await merged.locator('a.doc-title').click();
  await expect(page.locator('.alias-chip', { hasText: 'สหรัฐฯ' })).toHaveCount(1);
  await expect(page.locator('.alias-chip', { hasText: 'สหรัฐอเมริกา' })).toHaveCount(1);
  await expect(page.locator('.mention-doc')).toHaveCount(2);

  // Ctrl+Z splits them again: two entities, and the suggestion is back.
  await page.getByRole('link', { name: 'All entities' }).click();
  await page.keyboard.press('Control+z');
  await expect(entityRow(page, 'สหรัฐฯ')).toHaveCount(1);
  await expect(entityRow(page, 'สหรัฐอเมริกา')).toHaveCount(1);
  await expect(entityRow(page, 'สหรัฐฯ')).not.toContainText('สหรัฐอเมริกา');
  await expect(usa).toBeVisible();
});

test('the registry reads in Thai', async ({ page }) => {
  await page.evaluate(() => localStorage.setItem('workbench.language', 'th'));
  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: 'ชื่อเฉพาะ' }).click();
  await expect(page.getByRole('region', { name: 'ชื่อที่อาจซ้ำกัน' })).toBeVisible();
  await page.screenshot({ path: `${shots}/entities-list-th.png` });
  await entityRow(page, 'เวียดนาม').getByRole('link', { name: 'เวียดนาม', exact: true }).click();
  await expect(page.getByRole('region', { name: 'การกล่าวถึง' })).toContainText('เวียดนาม');
  await page.screenshot({ path: `${shots}/entity-page-th.png` });
});
