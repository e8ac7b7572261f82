import { z } from 'zod';
import type { KeyValueStore } from './storage.ts';

/** Where the LRS is and how to sign in to it, as an administrator enters it. */
export const LrsSettingsSchema = z.strictObject({
  endpoint: z.url({ protocol: /^https?$/, message: 'expected an http(s) address such as https://lrs.example.com/xapi/' }),
  username: z.string(),
  password: z.string(),
  /** the LMS or company site that learner accounts belong to */
  homePage: z.url({ protocol: /^https?$/, message: 'expected an http(s) address such as https://lms.example.com' }),
});
export type LrsSettings = z.infer<typeof LrsSettingsSchema>;

/** The localStorage key of the LRS settings. */
export const LRS_SETTINGS_KEY = 'frontline:lrs';

/** The saved LRS settings, or null when none are saved or they no longer read. */
export function loadLrsSettings(store: KeyValueStore): LrsSettings | null {
  const raw = store.get(LRS_SETTINGS_KEY);
  if (raw === null) return null;
  try {
    const parsed = LrsSettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Save LRS settings after checking them; returns the first problem in words, or undefined when saved. */
export function saveLrsSettings(store: KeyValueStore, input: unknown): string | undefined {
  const parsed = LrsSettingsSchema.safeParse(input);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'the settings are not valid';
  return store.set(LRS_SETTINGS_KEY, JSON.stringify(parsed.data)) ? undefined : 'this browser would not store the settings';
}

/** Forget the LRS settings; queued statements stay queued. */
export function clearLrsSettings(store: KeyValueStore): void {
  store.remove(LRS_SETTINGS_KEY);
}
