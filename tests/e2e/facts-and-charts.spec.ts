// Haiphong's exports to Belgium: facts confirmed from their sentences, charted as a full year and a year-to-date period, each point leading back to its sentence.
import { expect, test } from '@playwright/test';
import { hasShared, missingSharedMessage } from '../support/shared-data';
import { openSeed } from './workbench-page';

test.skip(!hasShared('corpus', 'seeds'), missingSharedMessage('corpus', 'seeds'));

test('confirm the suggested facts, chart exports over time, open a point', async ({ page }) => {
  await openSeed(page, '001_');

  await page.getByRole('tab', { name: 'Facts' }).click();
  const suggested = page.getByRole('region', { name: 'Suggested facts' });
  const exportFact = suggested.locator('.fact-item', { hasText: '69.7 ล้านดอลลาร์สหรัฐ' });
  await expect(exportFact.getByLabel('Measure')).toHaveValue('export');
  await expect(exportFact.getByLabel('Subject')).toHaveValue(/ไฮฟอง/);
  await expect(exportFact.getByLabel('Counterpart')).toHaveValue(/เบลเยียม/);
  await expect(exportFact.getByLabel('From')).toHaveValue('2025-01-01');
  await expect(exportFact.getByLabel('To')).toHaveValue('2025-10-31');
  await page.screenshot({ path: 'test-results/screenshots/facts.png' });
  await suggested.getByRole('button', { name: 'Confirm all' }).click();
  await expect(page.getByRole('region', { name: 'Confirmed facts' }).locator('.fact-item')).toHaveCount(9);

  await page.getByRole('link', { name: 'Charts' }).click();
  await page.getByLabel('Measure').selectOption('export');
  const overTime = page.getByRole('region', { name: 'Over time' });
  await expect(overTime.locator('.chart-point')).toHaveCount(2);
  await expect(overTime).toContainText('> 25');
  await expect(overTime).toContainText('69.7');
  await expect(overTime).toContainText('year to date');
  await expect(overTime).toContainText('USD million');
  await expect(page.getByRole('region', { name: 'Shares' }).locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Shares' })).toContainText('Share of exports');
  await expect(page.getByRole('region', { name: 'Shares' }).locator('.recharts-label-list')).toContainText(['93']);
  await page.screenshot({ path: 'test-results/screenshots/chart-exports.png' });

  // In Thai the periods read in the Buddhist calendar with Thai month names.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('th');
  await page.getByRole('link', { name: 'แผนภูมิ' }).click();
  const overTimeTh = page.getByRole('region', { name: 'ตามช่วงเวลา' });
  await expect(overTimeTh).toContainText('ม.ค.–ต.ค. 2568');
  await expect(overTimeTh).toContainText('2567');
  await expect(overTimeTh).toContainText('USD ล้าน');
  await expect(overTimeTh).toContainText('ตั้งแต่ต้นปี');
  await page.screenshot({ path: 'test-results/screenshots/chart-exports-th.png' });

  await overTimeTh.locator('.chart-point[data-label="69.7"]').click();
  await expect(page.locator('.ann-item.focused q')).toHaveText('69.7 ล้านดอลลาร์สหรัฐ');
});
