// Registers IPC handlers through one wrapper that checks the sender and validates input before a service runs.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';

/** True when the message comes from our own renderer (app:// in production, the dev server in development). */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export function trustedSender(devServerUrl?: string): SenderCheck {
  return (event) => {
    const url = event.senderFrame?.url ?? '';
    return url.startsWith('app://workbench/') || (devServerUrl !== undefined && url.startsWith(devServerUrl));
  };
}

export function registerHandler<S extends z.ZodType, R>(
  ipc: Pick<IpcMain, 'handle'>,
  channel: string,
  schema: S,
  isTrusted: SenderCheck,
  handler: (input: z.infer<S>) => Promise<R>,
): void {
  ipc.handle(channel, async (event, input: unknown) => {
    if (!isTrusted(event)) throw new Error(`IPC ${channel}: refused, sender not trusted`);
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw new Error(`IPC ${channel}: invalid input: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
    return handler(parsed.data);
  });
}
