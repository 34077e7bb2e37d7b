// The first slice as an analyst uses it: import the seeds, read one, mark a place, reload, and see a refusal.
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasShared, missingSharedMessage, sharedPath } from '../support/shared-data';
import { offsetInText, selectRange } from './text-selection';
import { openWorkbench } from './workbench-page';

const shots = 'test-results/screenshots';

async function importThroughChooser(page: Page, files: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Import files|นำเข้าไฟล์/ }).first().click();
  await (await chooser).setFiles(files);
}

test.beforeEach(async ({ page }) => {
  await openWorkbench(page);
});

test('an empty library teaches how to import and offers a sample', async ({ page }) => {
  await expect(page.getByText('Your library is empty')).toBeVisible();
  await page.screenshot({ path: `${shots}/library-empty.png` });
  await page.getByRole('button', { name: 'Try a sample' }).click();
  await expect(page.locator('.doc-row')).toHaveCount(1);
  await page.locator('.doc-title').first().click();
  await expect(page.locator('.text-pane')).toContainText('95.4');
});

test.describe('with the seed articles', () => {
  test.skip(!hasShared('corpus', 'seeds'), missingSharedMessage('corpus', 'seeds'));

  test('import the seeds, mark ไฮฟอง as a place, and keep it across a reload', async ({ page }) => {
    const dir = sharedPath('corpus', 'seeds');
    const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
    await importThroughChooser(page, seeds);
    await expect(page.locator('.doc-row')).toHaveCount(5);
    await expect(page.getByText('Imported 5, refused 0')).toBeVisible();
    await page.screenshot({ path: `${shots}/library-seeds.png` });

    // The same article again is recognised, not added twice.
    await importThroughChooser(page, [seeds[1]]);
    await expect(page.locator('.refusal')).toContainText('already in the library');
    await expect(page.locator('.doc-row')).toHaveCount(5);

    await page.locator('.doc-title', { hasText: 'ไฮฟอง' }).first().click();
    await expect(page.locator('.text-pane')).toContainText('758.5');

    const at = await offsetInText(page, 'ไฮฟองมีโครงการ');
    await selectRange(page, at, at + 5);
    await expect(page.locator('.run.pending')).toHaveText('ไฮฟอง');
    await page.keyboard.press('3');
    // The place is kept (marked by hand, or its suggestion accepted) with exactly that span.
    const kept = page.locator(`.run.ann-kept[data-type="LOC"][data-o="${at}"]`);
    await expect(kept).toHaveText('ไฮฟอง');
    await expect(page.locator('.ann-item.focused q')).toHaveText('ไฮฟอง');
    await page.screenshot({ path: `${shots}/reader-marked.png` });

    // Undo takes the mark back, redo restores it.
    await page.keyboard.press('Control+z');
    await expect(kept).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(kept).toHaveText('ไฮฟอง');

    await page.reload();
    await expect(page.locator(`.run.ann-kept[data-type="LOC"][data-o="${at}"]`)).toHaveText('ไฮฟอง');
  });
});

test('an empty file is refused with its name and the reason; the rest of the batch imports', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'aw-e2e-'));
  const empty = join(dir, 'ว่างเปล่า.txt');
  const good = join(dir, 'good.txt');
  writeFileSync(empty, '');
  writeFileSync(good, 'ข่าวทดสอบ\n\nกระทรวงพาณิชย์รายงานการส่งออกเพิ่มขึ้นร้อยละ 5\n');
  await importThroughChooser(page, [empty, good]);
  await expect(page.locator('.refusal')).toContainText('ว่างเปล่า.txt');
  await expect(page.locator('.refusal')).toContainText('the file is empty');
  await expect(page.locator('.doc-row')).toHaveCount(1);
  await page.screenshot({ path: `${shots}/import-refusal.png` });
});
