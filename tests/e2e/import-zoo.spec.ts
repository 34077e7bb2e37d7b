// Every kind of file an analyst has, through the web edition's worker: legacy encodings, HTML, DOCX, PDF, and broken files.
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasShared, missingSharedMessage, sharedPath } from '../support/shared-data';
import { openWorkbench } from './workbench-page';

test.skip(!hasShared('corpus', 'import-zoo'), missingSharedMessage('corpus', 'import-zoo'));

test('the import zoo: each article read, each broken file refused with its reason', async ({ page }) => {
  await openWorkbench(page);
  const dir = sharedPath('corpus', 'import-zoo');
  const files = readdirSync(dir).filter((f) => f !== 'README.md').map((f) => join(dir, f));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files' }).first().click();
  await (await chooser).setFiles(files);
  await expect(page.locator('.import-report')).toBeVisible({ timeout: 30_000 });

  const refusal = (name: string) => page.locator('.refusal', { hasText: name });
  await expect(refusal('bad-empty.txt')).toContainText('the file is empty');
  await expect(refusal('bad-random.bin')).toContainText('not a supported type');
  await expect(refusal('bad-truncated.docx')).toContainText('damaged');
  // The same seed in two encodings or formats is one document.
  await expect(refusal('seed000-')).toContainText('already in the library');
  await page.screenshot({ path: 'test-results/screenshots/import-zoo.png' });

  // The PDF keeps every Thai mark: its money figures read right.
  await page.locator('.doc-row', { hasText: 'seed001-article.pdf' }).locator('.doc-title').click();
  await expect(page.locator('.text-pane')).toContainText('758.5 ล้านดอลลาร์สหรัฐ');
  await expect(page.getByRole('region', { name: 'Money' })).toContainText('758.5');
  await page.screenshot({ path: 'test-results/screenshots/reader-pdf.png' });
});
