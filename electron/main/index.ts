// Electron main: app life cycle, the app:// scheme, the window, services and their IPC handlers.
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ackInboxInput, noInput, originalRefInput, parseImportsInput, pickImportInput } from '../../shared/ipc-schemas';
import { IPC_CHANNELS } from '../../shared/platform';
import { dataPaths } from '../services/data-folder';
import { ImportInbox } from '../services/import-inbox';
import { ImportPool } from '../services/import-pool';
import { ImportService } from '../services/import-service';
import { OriginalStore } from '../services/original-store';
import type { Service } from '../services/service';
import { installAppMenu } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerHandler, trustedSender } from './ipc-registry';
import { createMainWindow, preloadFile } from './main-window';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;

registerAppScheme();

app.whenReady().then(async () => {
  const paths = dataPaths(process.env.WORKBENCH_DATA_DIR ?? app.getPath('userData'));
  const originals = new OriginalStore(paths.originals);
  const inbox = new ImportInbox(paths.inbox);
  const importService = new ImportService({ readFile: (p) => readFile(p) }, new ImportPool(join(__dirname, 'import-thread.cjs')), originals);
  const services: Service[] = [originals, importService];
  for (const s of services) await s.boot();
  app.on('will-quit', () => {
    for (const s of [...services].reverse()) void s.shutdown();
  });

  const trusted = trustedSender(devServerUrl);
  registerHandler(ipcMain, IPC_CHANNELS.pickImport, pickImportInput, trusted, async (kind) => {
    const win = BrowserWindow.getFocusedWindow();
    const options: Electron.OpenDialogOptions =
      kind === 'folder'
        ? { properties: ['openDirectory'] }
        : { properties: ['openFile', 'multiSelections'], filters: [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'docx', 'pdf'] }, { name: 'All files', extensions: ['*'] }] };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : importService.pick(result.filePaths, kind === 'folder');
  });
  registerHandler(ipcMain, IPC_CHANNELS.parseImports, parseImportsInput, trusted, (items) => importService.parse(items));
  registerHandler(ipcMain, IPC_CHANNELS.openOriginal, originalRefInput, trusted, async (ref) => {
    if (!(await originals.has(ref.hash))) throw new Error(`original of ${ref.name} is not in the data folder`);
    const error = await shell.openPath(originals.pathOf(ref.hash));
    if (error) throw new Error(error);
  });
  registerHandler(ipcMain, IPC_CHANNELS.takeInbox, noInput, trusted, () => inbox.list());
  registerHandler(ipcMain, IPC_CHANNELS.ackInbox, ackInboxInput, trusted, (ids) => inbox.remove(ids));

  serveRenderer(join(__dirname, '../renderer'));
  installAppMenu();
  createMainWindow(preloadFile(__dirname), devServerUrl);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadFile(__dirname), devServerUrl);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
