// Preload: exposes exactly one object, window.workbench, built from the Platform contract; never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type WorkbenchBridge } from '../../shared/platform';

const bridge: WorkbenchBridge = {
  pickImportFiles: () => ipcRenderer.invoke(IPC_CHANNELS.pickImportFiles),
  parseImports: (sources) => ipcRenderer.invoke(IPC_CHANNELS.parseImports, sources),
  systemLanguage: () => navigator.language,
};

contextBridge.exposeInMainWorld('workbench', bridge);
