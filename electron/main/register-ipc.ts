// The IPC handlers of the main window: each validates its input and checks its sender (ipc-registry) before calling a service.
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { sha256Hex } from '../../shared/crypto/sha256';
import {
  ackInboxInput,
  keepOriginalInput,
  noInput,
  openFileInput,
  originalRefInput,
  parseImportsInput,
  pickImportInput,
  printBriefInput,
  saveFileInput,
} from '../../shared/ipc-schemas';
import { IPC_CHANNELS } from '../../shared/platform';
import type { ImportInbox } from '../services/import-inbox';
import type { ImportService } from '../services/import-service';
import type { OriginalStore } from '../services/original-store';
import type { PdfService } from '../services/pdf-service';
import { registerHandler, type SenderCheck } from './ipc-registry';

export interface IpcDeps {
  trusted: SenderCheck;
  importService: ImportService;
  originals: OriginalStore;
  inbox: ImportInbox;
  pdf: PdfService;
}

/** Asks where to save bytes, writes them, and says where they went (undefined when cancelled). */
async function saveAs(suggestedName: string, bytes: Uint8Array): Promise<string | undefined> {
  const win = BrowserWindow.getFocusedWindow();
  const options = { defaultPath: join(app.getPath('documents'), basename(suggestedName)) };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return undefined;
  await writeFile(result.filePath, bytes);
  return result.filePath;
}

export function registerIpc({ trusted, importService, originals, inbox, pdf }: IpcDeps): void {
  registerHandler(ipcMain, IPC_CHANNELS.printBrief, printBriefInput, trusted, async ([briefId, suggestedName]) =>
    saveAs(suggestedName, await pdf.printBrief(briefId)),
  );
  registerHandler(ipcMain, IPC_CHANNELS.pickImport, pickImportInput, trusted, async (kind) => {
    const win = BrowserWindow.getFocusedWindow();
    const options: Electron.OpenDialogOptions =
      kind === 'folder'
        ? { properties: ['openDirectory'] }
        : { properties: ['openFile', 'multiSelections'], filters: [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'docx', 'pdf'] }, { name: 'All files', extensions: ['*'] }] };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? { files: [], skipped: [] } : importService.pick(result.filePaths, kind === 'folder');
  });
  registerHandler(ipcMain, IPC_CHANNELS.parseImports, parseImportsInput, trusted, ([items, options]) => importService.parse(items, options));
  registerHandler(ipcMain, IPC_CHANNELS.openOriginal, originalRefInput, trusted, async (ref) => {
    if (!(await originals.has(ref.hash))) throw new Error(`original of ${ref.name} is not in the data folder`);
    const error = await shell.openPath(originals.pathOf(ref.hash));
    if (error) throw new Error(error);
  });
  registerHandler(ipcMain, IPC_CHANNELS.readOriginal, originalRefInput, trusted, async (ref) =>
    (await originals.has(ref.hash)) ? originals.get(ref.hash) : undefined,
  );
  registerHandler(ipcMain, IPC_CHANNELS.keepOriginal, keepOriginalInput, trusted, async ([hash, name, bytes]) => {
    if ((await sha256Hex(bytes)) !== hash) throw new Error(`${name}: the bytes do not match their hash`);
    await originals.put(bytes);
  });
  registerHandler(ipcMain, IPC_CHANNELS.saveFile, saveFileInput, trusted, ([suggestedName, bytes]) => saveAs(suggestedName, bytes));
  registerHandler(ipcMain, IPC_CHANNELS.openFile, openFileInput, trusted, async (extensions) => {
    const win = BrowserWindow.getFocusedWindow();
    const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: [{ name: extensions.join(', '), extensions }] };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (result.canceled || !result.filePaths[0]) return undefined;
    return { name: basename(result.filePaths[0]), bytes: await readFile(result.filePaths[0]) };
  });
  registerHandler(ipcMain, IPC_CHANNELS.takeInbox, noInput, trusted, () => inbox.list());
  registerHandler(ipcMain, IPC_CHANNELS.ackInbox, ackInboxInput, trusted, (ids) => inbox.remove(ids));

}
