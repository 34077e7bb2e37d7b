// The app's one history and a React hook that re-renders when it changes.
import { useSyncExternalStore } from 'react';
import { History } from './history';

export const history = new History();

let version = 0;
history.subscribe(() => version++);

export function useHistory(): History {
  useSyncExternalStore(
    (cb) => history.subscribe(cb),
    () => version,
  );
  return history;
}
