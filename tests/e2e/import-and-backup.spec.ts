// Import a folder, see skipped files, open an original, back up the workspace, empty it, and restore it whole.
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench } from './workbench-page';

const shots = 'test-results/screenshots';

function folder() {
  const root = mkdtempSync(join(tmpdir(), 'aw-folder-'));
  mkdirSync(join(root, 'ข่าว', 'ตุลาคม'), { recursive: true });
  writeFileSync(join(root, 'ข่าว', 'หนึ่ง.txt'), 'ข่าวหนึ่ง\n\nไฮฟองส่งออกไปยังเบลเยียมมูลค่ากว่า 25 ล้านดอลลาร์สหรัฐ ในปี 2567\n');
  writeFileSync(join(root, 'ข่าว', 'ตุลาคม', 'สอง.md'), 'ข่าวสอง\n\nนำเข้า 40.5 ล้านดอลลาร์สหรัฐ\n');
  writeFileSync(join(root, 'ข่าว', 'ตาราง.xlsx'), 'PK');
  return join(root, 'ข่าว');
}

test.beforeEach(async ({ page }) => {
  await openWorkbench(page);
});

test('a chosen folder is imported recursively; other files are listed as skipped', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import folder' }).click();
  await (await chooser).setFiles(folder());
  await expect(page.locator('.doc-row')).toHaveCount(2);
  await expect(page.locator('.import-report')).toContainText('1 skipped');
  await page.locator('.import-report summary').click();
  await expect(page.locator('.import-report .skipped')).toContainText('ตาราง.xlsx');
  await page.screenshot({ path: `${shots}/import-folder.png` });
});

test('the original file can be downloaded; a backup restores the whole workspace', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import folder' }).click();
  await (await chooser).setFiles(folder());
  await expect(page.locator('.doc-row')).toHaveCount(2);

  // Accept something so the backup carries an analyst's decision, not only suggestions.
  await page.locator('.doc-title', { hasText: 'ข่าวหนึ่ง' }).click();
  const original = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Original file' }).click();
  const downloaded = await (await original).path();
  expect(readFileSync(downloaded, 'utf8')).toContain('ไฮฟองส่งออกไปยังเบลเยียม');
  await page.getByRole('region', { name: 'Money' }).getByRole('button', { name: 'Accept all' }).click();
  await expect(page.locator('.ann-item.status-accepted')).toHaveCount(1);

  await page.getByRole('link', { name: 'Settings' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up workspace…' }).click();
  const backup = join(mkdtempSync(join(tmpdir(), 'aw-backup-')), (await download).suggestedFilename());
  await (await download).saveAs(backup);
  expect(backup).toMatch(/analyst-workbench-\d{4}-\d\d-\d\d\.awbackup$/);

  // Empty the workspace, then restore.
  await page.getByRole('link', { name: 'Library' }).click();
  for (let i = 0; i < 2; i++) {
    await page.locator('.doc-row').first().getByRole('button', { name: /Delete/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  }
  await expect(page.getByText('Your library is empty')).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  const restoreChooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await restoreChooser).setFiles(backup);
  await expect(page.locator('.notice')).toContainText('Restored 2 documents');
  await page.screenshot({ path: `${shots}/restored.png` });

  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.locator('.doc-row')).toHaveCount(2);
  await page.locator('.doc-title', { hasText: 'ข่าวหนึ่ง' }).click();
  await expect(page.locator('.ann-item.status-accepted')).toHaveCount(1);
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Original file' }).click();
  expect(readFileSync(await (await again).path(), 'utf8')).toContain('ไฮฟองส่งออกไปยังเบลเยียม');

  // A second restore doubles nothing.
  await page.getByRole('link', { name: 'Settings' }).click();
  const second = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await second).setFiles(backup);
  await expect(page.locator('.notice')).toContainText('Restored 0 documents');
});

test('a file that is not a backup is refused with the reason and changes nothing', async ({ page }) => {
  const bogus = join(mkdtempSync(join(tmpdir(), 'aw-bogus-')), 'notes.awbackup');
  writeFileSync(bogus, 'just text');
  await page.getByRole('link', { name: 'Settings' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await chooser).setFiles(bogus);
  await expect(page.getByRole('alert')).toContainText('not a workbench backup');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByText('Your library is empty')).toBeVisible();
});
