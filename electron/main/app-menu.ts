// The application menu: standard editing roles, but undo/redo are left to the renderer's own history (Ctrl+Z).
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../../shared/platform';

/** Menu items that the renderer carries out (it owns the workspace database). */
const send = (command: MenuCommand) => () => BrowserWindow.getFocusedWindow()?.webContents.send(IPC_CHANNELS.menuCommand, command);

export function installAppMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: send('import-files') },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: send('import-folder') },
        { type: 'separator' },
        { label: 'Back Up Workspace…', click: send('backup') },
        { label: 'Restore from Backup…', click: send('restore') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
