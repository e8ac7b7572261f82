/** A string key-value store; the browser adapter wraps localStorage, tests may pass a Map. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  keys(): string[];
}

/** localStorage as a KeyValueStore that never throws (private mode, quota, disabled storage). */
export function browserStore(storage: Storage | undefined = globalThis.localStorage): KeyValueStore {
  return {
    get(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage?.setItem(key, value);
        return storage !== undefined;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        // Storage that refuses removals has nothing of ours to lose.
      }
    },
    keys() {
      try {
        if (!storage) return [];
        return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
      } catch {
        return [];
      }
    },
  };
}
