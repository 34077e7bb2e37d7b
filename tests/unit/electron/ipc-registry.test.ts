// Every IPC handler checks its sender and validates its input before a service runs (electron is mocked, never loaded).
import { describe, expect, it, vi } from 'vitest';
import { registerHandler, trustedSender } from '../../../electron/main/ipc-registry';
import { parseImportsInput } from '../../../shared/ipc-schemas';

vi.mock('electron', () => ({}));

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

function fakeIpc() {
  const handlers = new Map<string, Handler>();
  return { handlers, ipc: { handle: (channel: string, h: Handler) => void handlers.set(channel, h) } };
}
const from = (url: string) => ({ senderFrame: { url } });

describe('registerHandler', () => {
  const setup = () => {
    const { handlers, ipc } = fakeIpc();
    const service = vi.fn(async ([items]: [unknown[], unknown]) => items.length);
    registerHandler(ipc as never, 'workbench:parse-imports', parseImportsInput, trustedSender(), service);
    return { handler: handlers.get('workbench:parse-imports')!, service };
  };

  it('passes valid input from the app:// page to the service', async () => {
    const { handler, service } = setup();
    const input = [[{ name: 'a.txt', bytes: new Uint8Array([65]) }], {}];
    await expect(handler(from('app://workbench/index.html'), input)).resolves.toBe(1);
    expect(service).toHaveBeenCalledWith(input);
  });

  it('refuses a sender that is not the workbench page', async () => {
    const { handler, service } = setup();
    await expect(handler(from('https://example.com/'), [])).rejects.toThrow(/sender not trusted/);
    expect(service).not.toHaveBeenCalled();
  });

  it('refuses input of the wrong shape without calling the service', async () => {
    const { handler, service } = setup();
    await expect(handler(from('app://workbench/index.html'), [[{ name: 'a.txt', bytes: 'not bytes' }], {}])).rejects.toThrow(/invalid input/);
    await expect(handler(from('app://workbench/index.html'), [[], { maxBytes: -1 }])).rejects.toThrow(/invalid input/);
    await expect(handler(from('app://workbench/index.html'), 'x')).rejects.toThrow(/invalid input/);
    expect(service).not.toHaveBeenCalled();
  });

  it('trusts the dev server only when one is running', () => {
    expect(trustedSender('http://localhost:5173/')(from('http://localhost:5173/#/') as never)).toBe(true);
    expect(trustedSender()(from('http://localhost:5173/#/') as never)).toBe(false);
  });
});
