// The figures table: Haiphong-Belgium's money figures accepted in the reader appear with their periods, export to CSV, and lead back to the text.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hasShared, missingSharedMessage } from '../support/shared-data';
import { openSeed } from './workbench-page';

test.skip(!hasShared('corpus', 'seeds'), missingSharedMessage('corpus', 'seeds'));

test('accepted figures in one table, exported as CSV with Thai intact, each one click from its sentence', async ({ page }) => {
  await openSeed(page, '001_');
  await page.getByRole('region', { name: 'Money' }).getByRole('button', { name: 'Accept all' }).click();
  await expect(page.getByRole('region', { name: 'Money' }).locator('.ann-item.status-accepted').first()).toBeVisible();

  await page.getByRole('link', { name: 'Figures' }).click();
  const row = (quote: string) => page.locator('.figure-row', { hasText: quote });
  await expect(row('69.7 ล้านดอลลาร์สหรัฐ')).toContainText('USD 69.7 million');
  await expect(row('69.7 ล้านดอลลาร์สหรัฐ')).toContainText('1 Jan 2025 – 31 Oct 2025');
  await expect(row('25 ล้านดอลลาร์สหรัฐ')).toContainText('> USD 25 million');
  await expect(row('758.5 ล้านดอลลาร์สหรัฐ')).toContainText('31 Oct 2025');
  await expect(page.locator('.figure-row')).toHaveCount(5);
  await page.getByLabel('Include suggestions').check();
  await expect(row('8 โครงการ')).toContainText('suggested');
  await page.screenshot({ path: 'test-results/screenshots/figures.png' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  expect(text).toContain('758.5 ล้านดอลลาร์สหรัฐ,MONEY,758500000,,USD,over,2025-10-31,2025-10-31,accepted');

  await row('40.5 ล้านดอลลาร์สหรัฐ').getByRole('link').click();
  await expect(page.locator('.ann-item.focused q')).toHaveText('40.5 ล้านดอลลาร์สหรัฐ');
});
