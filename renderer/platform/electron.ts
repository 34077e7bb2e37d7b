// Platform over window.workbench, the preload's bridge to the Electron main process.
import type { Platform, WorkbenchBridge } from '../../shared/platform';

export function electronPlatform(bridge: WorkbenchBridge): Platform {
  return {
    edition: 'electron',
    // Main reads the picked files itself when they are parsed: no bytes cross the bridge twice.
    pickImport: async (kind) => {
      const { files, skipped } = await bridge.pickImport(kind);
      return { pending: files.map((f) => ({ name: f.name, size: f.size, load: async () => ({ name: f.name, pickedPath: f.pickedPath }) })), skipped };
    },
    parseImports: (items, options) => bridge.parseImports(items, options),
    openOriginal: (ref) => bridge.openOriginal(ref),
    readOriginal: (ref) => bridge.readOriginal(ref),
    keepOriginal: (hash, name, bytes) => bridge.keepOriginal(hash, name, bytes),
    saveFile: (name, bytes) => bridge.saveFile(name, bytes),
    openFile: (extensions) => bridge.openFile(extensions),
    printBrief: (briefId, name) => bridge.printBrief(briefId, name),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    takeInbox: () => bridge.takeInbox(),
    ackInbox: (ids) => bridge.ackInbox(ids),
    systemLanguage: () => bridge.systemLanguage(),
  };
}
