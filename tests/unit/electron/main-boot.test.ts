// The Electron main process boots with a fake electron module: scheme, services, every IPC channel, a secure window.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/platform';

const state = vi.hoisted(() => ({
  handlers: new Map<string, unknown>(),
  schemes: [] as unknown[],
  windows: [] as Array<{ options: { webPreferences: Record<string, unknown> }; url?: string; handlers: Record<string, unknown> }>,
  ready: undefined as undefined | (() => void),
  menu: undefined as unknown,
  external: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    static getFocusedWindow = () => undefined;
    webContents = {
      on: (event: string, fn: unknown) => void (this.record.handlers[event] = fn),
      setWindowOpenHandler: (fn: unknown) => void (this.record.handlers.windowOpen = fn),
    };
    private record: { options: { webPreferences: Record<string, unknown> }; url?: string; handlers: Record<string, unknown> };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      this.record = { options, handlers: {} };
      state.windows.push(this.record);
    }
    once() {}
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  return {
    app: {
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
      getPath: () => mkdtempSync(join(tmpdir(), 'aw-userdata-')),
      on: () => undefined,
      quit: () => undefined,
    },
    BrowserWindow,
    dialog: {},
    shell: { openExternal: (url: string) => void state.external.push(url) },
    ipcMain: { handle: (channel: string, fn: unknown) => void state.handlers.set(channel, fn) },
    protocol: { registerSchemesAsPrivileged: (s: unknown[]) => void state.schemes.push(...s), handle: () => undefined },
    net: { fetch: () => undefined },
    session: { defaultSession: { setPermissionRequestHandler: () => undefined } },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void (state.menu = m) },
  };
});

describe('electron main', () => {
  it('registers app:// before ready, then boots services, every IPC channel, the menu and a sandboxed window', async () => {
    await import('../../../electron/main/index');
    expect(state.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(state.ready).toBeDefined();
    state.ready!();
    await vi.waitFor(() => expect(state.windows).toHaveLength(1));

    const channels = Object.values(IPC_CHANNELS).filter((c) => c !== IPC_CHANNELS.menuCommand);
    expect([...state.handlers.keys()].sort()).toEqual([...channels].sort());
    const [win] = state.windows;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(win.url).toBe('app://workbench/index.html');
    // A link to the web opens in the system browser, never in a new app window.
    expect((win.handlers.windowOpen as (d: { url: string }) => { action: string })({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(state.external).toEqual(['https://example.com/']);
    const navigate = win.handlers['will-navigate'] as (e: { preventDefault(): void }, url: string) => void;
    const prevent = vi.fn();
    navigate({ preventDefault: prevent }, 'https://evil.example/');
    expect(prevent).toHaveBeenCalled();
    expect(state.menu).toBeDefined();
  });
});
