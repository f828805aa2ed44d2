import { useCallback, useEffect, useState } from 'react';
import type { StoredItem } from '../../utils/private-item';

/**
 * A setting's current value (undefined while loading), kept up to date when it changes
 * anywhere, and a function that changes it: shown at once, then stored.
 */
export function useStoredSetting<T>(
  item: StoredItem<T>,
): [T | undefined, (next: T) => Promise<void>] {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let changed = false;
    const stop = item.watch((next) => {
      changed = true;
      setValue(next);
    });
    void item.getValue().then((current) => {
      if (!changed) setValue(current);
    });
    return stop;
  }, [item]);
  const change = useCallback(
    (next: T) => {
      setValue(next);
      return item.setValue(next);
    },
    [item],
  );
  return [value, change];
}
