// Platform over window.workbench, the preload's bridge to the Electron main process.
import type { Platform, WorkbenchBridge } from '../../shared/platform';

export function electronPlatform(bridge: WorkbenchBridge): Platform {
  return {
    edition: 'electron',
    // Main reads the picked files itself when they are parsed: no bytes cross the bridge twice.
    pickImport: async (kind) =>
      (await bridge.pickImport(kind)).map((f) => ({ name: f.name, size: f.size, load: async () => ({ name: f.name, pickedPath: f.pickedPath }) })),
    parseImports: (items) => bridge.parseImports(items),
    openOriginal: (ref) => bridge.openOriginal(ref),
    takeInbox: () => bridge.takeInbox(),
    ackInbox: (ids) => bridge.ackInbox(ids),
    systemLanguage: () => bridge.systemLanguage(),
  };
}
