// Chooses the Platform once: the only place in the renderer that knows which edition it runs in.
import type { Platform, WorkbenchBridge } from '../../shared/platform';
import { electronPlatform } from './electron';
import { webPlatform } from './web';

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

export const platform: Platform = window.workbench ? electronPlatform(window.workbench) : webPlatform();
