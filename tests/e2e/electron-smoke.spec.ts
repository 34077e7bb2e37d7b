// Real Electron, where its binary is present: the window opens on the library over app://. Skips without the binary, never downloads it.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../support/shared-data';

function electronBinary(): string | undefined {
  const dir = join(projectRoot, 'node_modules', 'electron');
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const SKIP = 'skipped: the Electron binary is not installed (node_modules/electron/path.txt missing); it cannot be downloaded on this machine';
if (!binary) console.log(`electron smoke test ${SKIP}`);

test('the Electron window opens the workbench with window.workbench and nothing else', async () => {
  test.skip(!binary, SKIP);
  const app = await electron.launch({ executablePath: binary, args: [projectRoot], env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: '1' } });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('button', { name: /Import files|นำเข้าไฟล์/ }).first()).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/workbench\//);
    expect(await page.evaluate(() => Object.keys(window.workbench ?? {}).sort())).toEqual(['ackInbox', 'keepOriginal', 'onMenuCommand', 'openFile', 'openOriginal', 'parseImports', 'pickImport', 'printBrief', 'readOriginal', 'saveFile', 'systemLanguage', 'takeInbox']);
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  } finally {
    await app.close();
  }
});
