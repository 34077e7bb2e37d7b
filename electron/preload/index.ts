// Preload: exposes exactly one object, window.workbench, built from the bridge contract; never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, MENU_COMMANDS, type MenuCommand, type WorkbenchBridge } from '../../shared/platform';

const bridge: WorkbenchBridge = {
  pickImport: (kind) => ipcRenderer.invoke(IPC_CHANNELS.pickImport, kind),
  parseImports: (items, options = {}) => ipcRenderer.invoke(IPC_CHANNELS.parseImports, [items, options]),
  openOriginal: (ref) => ipcRenderer.invoke(IPC_CHANNELS.openOriginal, ref),
  readOriginal: (ref) => ipcRenderer.invoke(IPC_CHANNELS.readOriginal, ref),
  keepOriginal: (hash, name, bytes) => ipcRenderer.invoke(IPC_CHANNELS.keepOriginal, [hash, name, bytes]),
  saveFile: (suggestedName, bytes) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, [suggestedName, bytes]),
  openFile: (extensions) => ipcRenderer.invoke(IPC_CHANNELS.openFile, extensions),
  printBrief: (briefId, suggestedName) => ipcRenderer.invoke(IPC_CHANNELS.printBrief, [briefId, suggestedName]),
  onMenuCommand: (listener) => {
    // The renderer gets the command name only, never the IPC event.
    const handler = (_event: unknown, command: MenuCommand) => {
      if (MENU_COMMANDS.includes(command)) listener(command);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, handler);
    return () => ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, handler);
  },
  takeInbox: () => ipcRenderer.invoke(IPC_CHANNELS.takeInbox),
  ackInbox: (ids) => ipcRenderer.invoke(IPC_CHANNELS.ackInbox, ids),
  systemLanguage: () => navigator.language,
};

contextBridge.exposeInMainWorld('workbench', bridge);
