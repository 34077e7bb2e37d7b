// Electron main: app life cycle, the app:// scheme, the window, services and their IPC handlers.
import { app, BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataPaths } from '../services/data-folder';
import { ImportInbox } from '../services/import-inbox';
import { ImportPool } from '../services/import-pool';
import { ImportService } from '../services/import-service';
import { OriginalStore } from '../services/original-store';
import { PdfService } from '../services/pdf-service';
import type { Service } from '../services/service';
import { installAppMenu } from './app-menu';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { trustedSender } from './ipc-registry';
import { registerIpc } from './register-ipc';
import { createMainWindow, preloadFile } from './main-window';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;

registerAppScheme();

app.whenReady().then(async () => {
  const paths = dataPaths(process.env.WORKBENCH_DATA_DIR ?? app.getPath('userData'));
  const originals = new OriginalStore(paths.originals);
  const inbox = new ImportInbox(paths.inbox);
  const importService = new ImportService({ readFile: (p) => readFile(p) }, new ImportPool(join(__dirname, 'import-thread.cjs')), originals);
  // Briefs print from their print page in a hidden window of the same session (so it reads the same IndexedDB).
  const pdf = new PdfService(
    () => new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: { preload: preloadFile(__dirname), contextIsolation: true, sandbox: true, nodeIntegration: false } }),
    (briefId) => `${devServerUrl ?? `${APP_ORIGIN}/index.html`}#/print/brief/${encodeURIComponent(briefId)}`,
  );
  const services: Service[] = [originals, importService, pdf];
  for (const s of services) await s.boot();
  app.on('will-quit', () => {
    for (const s of [...services].reverse()) void s.shutdown();
  });

  registerIpc({ trusted: trustedSender(devServerUrl), importService, originals, inbox, pdf });

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
