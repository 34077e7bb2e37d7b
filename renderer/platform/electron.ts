// Platform over window.workbench, the preload's bridge to the Electron main process.
import type { Platform, WorkbenchBridge } from '../../shared/platform';

export function electronPlatform(bridge: WorkbenchBridge): Platform {
  return {
    edition: 'electron',
    pickImportFiles: () => bridge.pickImportFiles(),
    parseImports: (sources) => bridge.parseImports(sources),
    systemLanguage: () => bridge.systemLanguage(),
  };
}
