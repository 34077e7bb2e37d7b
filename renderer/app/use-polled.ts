// A query re-run on a timer instead of on every database change: for views that would otherwise redraw on each import chunk.
import { useEffect, useState } from 'react';

export function usePolled<T>(query: () => Promise<T>, intervalMs: number, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    if (intervalMs <= 0) return;
    let alive = true;
    const run = () => void query().then((v) => alive && setValue(v));
    run();
    const timer = setInterval(run, intervalMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [intervalMs, ...deps]);
  return value;
}
