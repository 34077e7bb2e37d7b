// Prints a brief's print page to PDF in a hidden window, once its fonts and charts are drawn (the page sets data-print-ready).
import type { Service } from './service';

/** The part of a BrowserWindow the service uses, so tests can hand it a fake. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
  };
  destroy(): void;
}

export class PdfService implements Service {
  readonly name = 'pdf';

  constructor(
    private readonly openWindow: () => PrintWindow,
    private readonly pageUrl: (briefId: string) => string,
    private readonly timeoutMs = 30_000,
    private readonly pollMs = 100,
  ) {}

  async boot(): Promise<void> {}
  async shutdown(): Promise<void> {}

  async printBrief(briefId: string): Promise<Uint8Array> {
    const win = this.openWindow();
    try {
      await win.loadURL(this.pageUrl(briefId));
      const deadline = Date.now() + this.timeoutMs;
      while ((await win.webContents.executeJavaScript(`document.body.dataset.printReady === 'true'`)) !== true) {
        if (Date.now() > deadline) throw new Error(`the brief's print page was not ready after ${this.timeoutMs / 1000} s`);
        await new Promise((r) => setTimeout(r, this.pollMs));
      }
      return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      win.destroy();
    }
  }
}
