import { z } from 'zod';
import { LrsSettingsSchema } from './lrs-settings.ts';
import type { KeyValueStore } from './storage.ts';

/** The LRS the trainer's results view reads from: address and a client's key and secret (one that may only read statements). */
export const LrsReadSettingsSchema = LrsSettingsSchema.pick({ endpoint: true, username: true, password: true });
export type LrsReadSettings = z.infer<typeof LrsReadSettingsSchema>;

/** The localStorage key of the results view's LRS; apart from the sending settings, since a trainer reads with another client. */
export const LRS_READ_SETTINGS_KEY = 'frontline:lrs-read';

/** The saved reading settings, or null when none are saved or they no longer read. */
export function loadLrsReadSettings(store: KeyValueStore): LrsReadSettings | null {
  const raw = store.get(LRS_READ_SETTINGS_KEY);
  if (raw === null) return null;
  try {
    const parsed = LrsReadSettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Check and save the reading settings; the first problem in words, or undefined when saved. */
export function saveLrsReadSettings(store: KeyValueStore, input: unknown): string | undefined {
  const parsed = LrsReadSettingsSchema.safeParse(input);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'the settings are not valid';
  return store.set(LRS_READ_SETTINGS_KEY, JSON.stringify(parsed.data)) ? undefined : 'this browser would not store the settings';
}

/** Forget the reading settings. */
export function clearLrsReadSettings(store: KeyValueStore): void {
  store.remove(LRS_READ_SETTINGS_KEY);
}
