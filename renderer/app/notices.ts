// Short messages for the analyst (a backup written, a restore merged, an error with its reason), shown in the status bar.
import { useSyncExternalStore } from 'react';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

let current: Notice | undefined;
let nextId = 1;
const listeners = new Set<() => void>();

export function notify(text: string, kind: Notice['kind'] = 'info'): void {
  current = { id: nextId++, kind, text };
  listeners.forEach((l) => l());
}

export function dismissNotice(): void {
  current = undefined;
  listeners.forEach((l) => l());
}

export function useNotice(): Notice | undefined {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
  );
}
