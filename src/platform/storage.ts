import { storageProblem } from './storage-problem.ts';

/** A string key-value store; the browser adapter wraps localStorage, tests may pass a Map. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  keys(): string[];
}

/** Told about every write: refused ones with the reason in words, so that none is lost silently. */
export interface WriteWatcher {
  refused(key: string, reason: string): void;
  stored(key: string): void;
}

/** localStorage as a KeyValueStore that never throws (private mode, quota, disabled storage); `watcher` hears of every refused write. */
export function browserStore(storage: Storage | undefined = globalThis.localStorage, watcher?: WriteWatcher): KeyValueStore {
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
        if (!storage) throw new DOMException('no localStorage', 'SecurityError');
        storage.setItem(key, value);
        watcher?.stored(key);
        return true;
      } catch (error) {
        watcher?.refused(key, storageProblem(error));
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
