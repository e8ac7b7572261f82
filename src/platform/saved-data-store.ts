import type { KeyValueStore } from './storage.ts';
import { STORAGE_KEYS } from './storage-keys.ts';
import {
  BestScoreSchema,
  ProfileSchema,
  CallSaveSchema,
  parseStored,
  SAVED_DATA_VERSION,
  SettingsSchema,
  snapshotProblem,
  type BestScore,
  type CallSave,
  type Settings,
} from './saved-data.ts';

/** Something stored that could not be used; it was moved aside, never deleted. */
export interface SetAsideNotice {
  what: string;
  reason: string;
}

const DEFAULT_SETTINGS: Settings = { format: 'frontline.settings', version: SAVED_DATA_VERSION, muted: false, volume: 0.7 };

/** Reads and writes Frontline's saved data; anything unusable is set aside under its own key and reported. */
export class SavedDataStore {
  private readonly notices: SetAsideNotice[] = [];

  constructor(
    private readonly store: KeyValueStore,
    private readonly stamp: () => string = () => new Date().toISOString(),
  ) {}

  /** Check every saved item once at start-up, so damage is reported before anything uses it. */
  audit(): SetAsideNotice[] {
    for (const key of this.store.keys()) {
      if (key === STORAGE_KEYS.settings) this.settings();
      else if (key === STORAGE_KEYS.profile) this.name();
      else if (key.startsWith(STORAGE_KEYS.savePrefix)) this.callSave(key.slice(STORAGE_KEYS.savePrefix.length));
      else if (key.startsWith(STORAGE_KEYS.bestPrefix)) this.best(key.slice(STORAGE_KEYS.bestPrefix.length));
    }
    return this.takeNotices();
  }

  /** Notices gathered since the last call, oldest first. */
  takeNotices(): SetAsideNotice[] {
    return this.notices.splice(0);
  }

  /** The sound settings, or defaults. */
  settings(): Settings {
    const text = this.store.get(STORAGE_KEYS.settings);
    if (text === null) return DEFAULT_SETTINGS;
    const parsed = parseStored(SettingsSchema, text, 'frontline.settings');
    if (parsed.ok) return parsed.value;
    this.setAside(STORAGE_KEYS.settings, 'Your sound settings', parsed.reason);
    return DEFAULT_SETTINGS;
  }

  /** Store the sound settings. */
  saveSettings(change: Pick<Settings, 'muted' | 'volume'>): void {
    this.store.set(STORAGE_KEYS.settings, JSON.stringify({ ...DEFAULT_SETTINGS, ...change }));
  }

  /** The trainee's name, if they gave one. */
  name(): string | undefined {
    const text = this.store.get(STORAGE_KEYS.profile);
    if (text === null) return undefined;
    const parsed = parseStored(ProfileSchema, text, 'frontline.profile');
    if (parsed.ok) return parsed.value.name;
    this.setAside(STORAGE_KEYS.profile, 'Your name', parsed.reason);
    return undefined;
  }

  /** Remember the trainee's name for their next records. */
  saveName(name: string): void {
    this.store.set(STORAGE_KEYS.profile, JSON.stringify({ format: 'frontline.profile', version: SAVED_DATA_VERSION, name: name.trim() }));
  }

  /** The call in progress for a scenario, if a usable one is stored. */
  callSave(scenarioId: string): CallSave | undefined {
    const key = STORAGE_KEYS.savePrefix + scenarioId;
    const text = this.store.get(key);
    if (text === null) return undefined;
    const parsed = parseStored(CallSaveSchema, text, 'frontline.call-save');
    const problem = parsed.ok ? (parsed.value.scenarioId === scenarioId ? snapshotProblem(parsed.value.snapshot) : 'it belongs to another scenario') : parsed.reason;
    if (parsed.ok && problem === undefined) return parsed.value;
    this.setAside(key, `The saved call for "${scenarioId}"`, problem ?? 'it could not be read');
    return undefined;
  }

  /** Save a call in progress; false when the browser refused to store it. */
  saveCall(save: CallSave): boolean {
    return this.store.set(STORAGE_KEYS.savePrefix + save.scenarioId, JSON.stringify(save));
  }

  /** Forget a finished or abandoned call. */
  dropCall(scenarioId: string): void {
    this.store.remove(STORAGE_KEYS.savePrefix + scenarioId);
  }

  /** Set aside a save that the engine refused to resume. */
  refuseCall(scenarioId: string, reason: string): void {
    this.setAside(STORAGE_KEYS.savePrefix + scenarioId, `The saved call for "${scenarioId}"`, reason);
  }

  /** The best finished call of a scenario. */
  best(scenarioId: string): BestScore | undefined {
    const key = STORAGE_KEYS.bestPrefix + scenarioId;
    const text = this.store.get(key);
    if (text === null) return undefined;
    const parsed = parseStored(BestScoreSchema, text, 'frontline.best');
    if (parsed.ok && parsed.value.scenarioId === scenarioId) return parsed.value;
    this.setAside(key, `The best score for "${scenarioId}"`, parsed.ok ? 'it belongs to another scenario' : parsed.reason);
    return undefined;
  }

  /** Keep a finished call's scores if they beat the stored best; returns the best after the call. */
  offerBest(entry: Omit<BestScore, 'format' | 'version' | 'at'>): { best: BestScore; improved: boolean } {
    const previous = this.best(entry.scenarioId);
    if (previous && previous.scores.overall >= entry.scores.overall) return { best: previous, improved: false };
    const best: BestScore = { format: 'frontline.best', version: SAVED_DATA_VERSION, at: this.stamp(), ...entry };
    this.store.set(STORAGE_KEYS.bestPrefix + entry.scenarioId, JSON.stringify(best));
    return { best, improved: true };
  }

  private setAside(key: string, what: string, reason: string): void {
    const text = this.store.get(key);
    if (text !== null) this.store.set(`${STORAGE_KEYS.setAsidePrefix}${this.stamp()}:${key}`, text);
    this.store.remove(key);
    this.notices.push({ what, reason });
  }
}
