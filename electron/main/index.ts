// Electron main: app life cycle, the app:// scheme, the window, services and their IPC handlers.
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseImportsInput, noInput } from '../../shared/ipc-schemas';
import { IPC_CHANNELS } from '../../shared/platform';
import { ImportService } from '../services/import-service';
import type { Service } from '../services/service';
import { installAppMenu } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerHandler, trustedSender } from './ipc-registry';
import { createMainWindow, preloadFile } from './main-window';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const importService = new ImportService({ readFile: (p) => readFile(p) });
const services: Service[] = [importService];

registerAppScheme();

function registerIpc(): void {
  const trusted = trustedSender(devServerUrl);
  registerHandler(ipcMain, IPC_CHANNELS.pickImportFiles, noInput, trusted, async () => {
    const win = BrowserWindow.getFocusedWindow();
    const options = {
      properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
      filters: [{ name: 'Articles', extensions: ['txt', 'md'] }, { name: 'All files', extensions: ['*'] }],
    };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : importService.readSources(result.filePaths);
  });
  registerHandler(ipcMain, IPC_CHANNELS.parseImports, parseImportsInput, trusted, (sources) => importService.parse(sources));
}

app.whenReady().then(async () => {
  for (const s of services) await s.boot();
  serveRenderer(join(__dirname, '../renderer'));
  registerIpc();
  installAppMenu();
  createMainWindow(preloadFile(__dirname), devServerUrl);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadFile(__dirname), devServerUrl);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  for (const s of [...services].reverse()) void s.shutdown();
});
