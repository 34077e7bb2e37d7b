// zod schemas for what crosses the process boundary: main validates every IPC input with these.
import { z } from 'zod';

export const importSourceSchema = z.object({
  name: z.string().min(1).max(4096),
  bytes: z.instanceof(Uint8Array),
});

export const parseImportsInput = z.array(importSourceSchema).max(10000);
export const noInput = z.undefined().or(z.tuple([]));
