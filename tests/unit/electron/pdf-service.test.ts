// The PDF service waits for the print page to be ready, prints A4 with backgrounds, and always closes its window.
import { describe, expect, it } from 'vitest';
import { PdfService, type PrintWindow } from '../../../electron/services/pdf-service';

function fakeWindow(readyAfter: number) {
  const calls: string[] = [];
  let polls = 0;
  const win: PrintWindow = {
    loadURL: async (url) => void calls.push(`load ${url}`),
    webContents: {
      executeJavaScript: async () => ++polls > readyAfter,
      printToPDF: async (o) => {
        calls.push(`print ${o.pageSize} ${o.printBackground} ${o.preferCSSPageSize}`);
        return new Uint8Array([0x25, 0x50, 0x44, 0x46]);
      },
    },
    destroy: () => void calls.push('destroy'),
  };
  return { win, calls };
}

describe('PdfService', () => {
  it('loads the print page, waits until it says it is ready, prints, closes', async () => {
    const { win, calls } = fakeWindow(3);
    const pdf = await new PdfService(() => win, (id) => `app://workbench/index.html#/print/brief/${id}`, 1000, 1).printBrief('b1');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF');
    expect(calls).toEqual(['load app://workbench/index.html#/print/brief/b1', 'print A4 true true', 'destroy']);
  });

  it('gives up with a reason when the page never gets ready, and still closes the window', async () => {
    const { win, calls } = fakeWindow(Infinity);
    await expect(new PdfService(() => win, () => 'x', 20, 1).printBrief('b1')).rejects.toThrow(/not ready/);
    expect(calls.at(-1)).toBe('destroy');
  });
});
