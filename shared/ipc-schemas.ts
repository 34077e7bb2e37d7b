// zod schemas for what crosses the process boundary: main validates every IPC input with these.
import { z } from 'zod';

const name = z.string().min(1).max(4096);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const importItemSchema = z.union([
  z.object({ name, bytes: z.instanceof(Uint8Array) }),
  z.object({ name, pickedPath: z.string().min(1).max(4096) }),
]);

export const parseImportsInput = z.tuple([
  z.array(importItemSchema).max(10000),
  z.object({ maxBytes: z.number().int().positive().optional() }),
]);
export const pickImportInput = z.enum(['files', 'folder']);
export const originalRefInput = z.object({ hash: sha256, name, size: z.number().int().nonnegative() });
export const ackInboxInput = z.array(sha256).max(100000);
export const keepOriginalInput = z.tuple([sha256, name, z.instanceof(Uint8Array)]);
export const saveFileInput = z.tuple([name, z.instanceof(Uint8Array)]);
export const openFileInput = z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(20);
export const printBriefInput = z.tuple([z.string().uuid(), name]);
export const noInput = z.undefined().or(z.tuple([]));
