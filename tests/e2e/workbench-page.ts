// Starting points the end-to-end tests share: a fresh English workbench, and a seed article imported and opened.
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../support/shared-data';

/** The web edition with an empty library, in English. */
export async function openWorkbench(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('workbench.language', 'en'));
  await page.reload();
}

/** Imports the seed whose file name starts with `prefix` (e.g. `001_`) through the chooser and opens it in the reader. */
export async function openSeed(page: Page, prefix: string): Promise<void> {
  await openWorkbench(page);
  const dir = sharedPath('corpus', 'seeds');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files' }).first().click();
  await (await chooser).setFiles(join(dir, readdirSync(dir).find((f) => f.startsWith(prefix))!));
  await page.locator('.doc-title').first().click();
}

/** Drops files on the window the way the system does: a drop event whose DataTransfer holds File objects. */
export async function dropFiles(page: Page, files: Array<{ name: string; text: string }>) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    const target = document.querySelector('.shell')!;
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, files);
}
