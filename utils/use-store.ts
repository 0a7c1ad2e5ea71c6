import { useEffect, useState } from 'preact/hooks';
import type { Snapshot, Store } from './store';

/** Follows the store: re-renders on every change from this page, another page or device. */
export function useSnapshot(store: Store): Snapshot {
  const [snapshot, setSnapshot] = useState(store.snapshot);
  useEffect(() => {
    setSnapshot(store.snapshot);
    return store.subscribe(setSnapshot);
  }, [store]);
  return snapshot;
}
