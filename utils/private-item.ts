import type { PrivateArea, StoredChanges } from './private-area';

/**
 * One value in the private area (see private-area.ts), with a fallback, a version and the
 * migrations that bring an older value up to it: the same shape as WXT's storage items, and
 * the same stored form (the value under its key, its version under `key$` once past 1), so a
 * value written by either reads the same.
 */
export interface PrivateItemOptions<T> {
  fallback: T;
  version: number;
  /** `migrations[n]` turns a version n − 1 value into a version n value. */
  migrations?: Record<number, (value: unknown) => unknown>;
}

/** What a page needs of a stored value, whether a WXT storage item or a private item. */
export interface StoredItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  watch(callback: (value: T, previous: T) => void): () => void;
}

export interface PrivateItem<T> extends StoredItem<T> {
  readonly fallback: T;
  setValue(value: T | null): Promise<void>;
}

const metaKey = (key: string) => `${key}$`;

/** The stored value (and version record) brought up to `version`; the fallback when nothing is stored. */
export function upToDate<T>(key: string, stored: Record<string, unknown>, options: PrivateItemOptions<T>) {
  const value = stored[key];
  if (value === undefined || value === null) return { value: options.fallback, migrated: false };
  const meta = stored[metaKey(key)] as { v?: unknown } | undefined;
  const from = typeof meta?.v === 'number' ? meta.v : 1;
  if (from > options.version) throw new Error(`"${key}" was stored by a newer version (v${from}).`);
  let migrated: unknown = value;
  for (let version = from + 1; version <= options.version; version++) {
    migrated = options.migrations?.[version]?.(migrated) ?? migrated;
  }
  return { value: migrated as T, migrated: from < options.version };
}

/** What `setValue` stores: the value and, past version 1, its version. */
function storedForm<T>(key: string, value: T, options: PrivateItemOptions<T>): Record<string, unknown> {
  return options.version > 1 ? { [key]: value, [metaKey(key)]: { v: options.version } } : { [key]: value };
}

/** The keys an item's value and its version record are stored under. */
export function itemKeys(key: string): [string, string] {
  return [key, metaKey(key)];
}

export function definePrivateItem<T>(
  area: () => PrivateArea,
  key: string,
  options: PrivateItemOptions<T>,
): PrivateItem<T> {
  return {
    key,
    fallback: options.fallback,
    async getValue() {
      const stored = await area().get(itemKeys(key));
      const { value, migrated } = upToDate(key, stored, options);
      if (migrated) await area().set(storedForm(key, value, options));
      return value;
    },
    async setValue(value) {
      if (value === null || value === undefined) await area().remove(itemKeys(key));
      else await area().set(storedForm(key, value, options));
    },
    async removeValue() {
      await area().remove(itemKeys(key));
    },
    watch(callback) {
      return area().onChanged((changes: StoredChanges) => {
        const change = changes[key];
        if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        const read = (value: unknown) => (value ?? options.fallback) as T;
        callback(read(change.newValue), read(change.oldValue));
      });
    },
  };
}
