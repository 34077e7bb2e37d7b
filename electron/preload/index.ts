// Preload: exposes exactly one object, window.workbench, built from the bridge contract; never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type WorkbenchBridge } from '../../shared/platform';

const bridge: WorkbenchBridge = {
  pickImport: (kind) => ipcRenderer.invoke(IPC_CHANNELS.pickImport, kind),
  parseImports: (items) => ipcRenderer.invoke(IPC_CHANNELS.parseImports, items),
  openOriginal: (ref) => ipcRenderer.invoke(IPC_CHANNELS.openOriginal, ref),
  takeInbox: () => ipcRenderer.invoke(IPC_CHANNELS.takeInbox),
  ackInbox: (ids) => ipcRenderer.invoke(IPC_CHANNELS.ackInbox, ids),
  systemLanguage: () => navigator.language,
};

contextBridge.exposeInMainWorld('workbench', bridge);
