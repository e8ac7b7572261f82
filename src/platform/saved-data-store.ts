import type { KeyValueStore } from './storage.ts';
import { STORAGE_KEYS } from './storage-keys.ts';
import type { Trainee } from '../engine/trainee/trainee.ts';
import {
  BestScoreSchema,
  ProfileSchema,
  ProfileV1Schema,
  PROFILE_VERSION,
  CallSaveSchema,
  OTHER_VERSION,
  parseStored,
  SAVED_DATA_VERSION,
  SettingsSchema,
  snapshotProblem,
  type BestScore,
  type CallSave,
  type Damage,
  type Settings,
} from './saved-data.ts';

/** Something stored that could not be used; it was moved aside, never deleted. `detail` is for a trainer, not the trainee. */
export interface SetAsideNotice {
  what: string;
  reason: string;
  detail?: string;
}

/** What the store needs besides the storage: the clock for set-aside keys, new trainee ids, and scenario titles for its notices. */
export interface SavedDataOptions {
  stamp?: () => string;
  newTraineeId?: () => string;
  /** the title of an installed scenario, to name it in notices */
  titleOf?: (scenarioId: string) => string | undefined;
}

const DEFAULT_SETTINGS: Settings = { format: 'frontline.settings', version: SAVED_DATA_VERSION, muted: false, volume: 0.7, typing: 'normal', typeReplies: false, voice: 'auto' };

/** Reads and writes Frontline's saved data; anything unusable is set aside under its own key and reported. */
export class SavedDataStore {
  private readonly notices: SetAsideNotice[] = [];
  private readonly stamp: () => string;
  private readonly newTraineeId: () => string;
  private readonly titleOf: (scenarioId: string) => string | undefined;
  /** the trainee as first read or made, so the id stays the same all session even if the browser refuses to store it */
  private current: Trainee | undefined;

  constructor(
    private readonly store: KeyValueStore,
    options: SavedDataOptions = {},
  ) {
    this.stamp = options.stamp ?? (() => new Date().toISOString());
    this.newTraineeId = options.newTraineeId ?? (() => crypto.randomUUID());
    this.titleOf = options.titleOf ?? (() => undefined);
  }

  /** A scenario as notices name it: by its title in quotes, never by its id. */
  private scenarioWords(scenarioId: string): string {
    const title = this.titleOf(scenarioId);
    return title ? `“${title}”` : 'a scenario that is no longer installed';
  }

  /** Check every saved item once at start-up, so damage is reported before anything uses it. */
  audit(): SetAsideNotice[] {
    for (const key of this.store.keys()) {
      if (key === STORAGE_KEYS.settings) this.settings();
      else if (key === STORAGE_KEYS.profile) this.trainee();
      else if (key.startsWith(STORAGE_KEYS.savePrefix)) this.callSave(key.slice(STORAGE_KEYS.savePrefix.length));
      else if (key.startsWith(STORAGE_KEYS.bestPrefix)) this.best(key.slice(STORAGE_KEYS.bestPrefix.length));
    }
    return this.takeNotices();
  }

  /** Notices gathered since the last call, oldest first. */
  takeNotices(): SetAsideNotice[] {
    return this.notices.splice(0);
  }

  /** The sound and typing settings, or defaults. */
  settings(): Settings {
    const text = this.store.get(STORAGE_KEYS.settings);
    if (text === null) return DEFAULT_SETTINGS;
    const parsed = parseStored(SettingsSchema, text, 'frontline.settings');
    if (parsed.ok) return parsed.value;
    this.setAside(STORAGE_KEYS.settings, 'Your sound settings', parsed);
    return DEFAULT_SETTINGS;
  }

  /** Store a change to the sound or typing settings; the others stay as they were. */
  saveSettings(change: Partial<Omit<Settings, 'format' | 'version'>>): void {
    this.store.set(STORAGE_KEYS.settings, JSON.stringify({ ...this.settings(), ...change }));
  }

  /** Whether a trainee profile exists yet: until the first call makes one, the app asks for the name once. */
  hasTrainee(): boolean {
    return this.current !== undefined || this.store.get(STORAGE_KEYS.profile) !== null;
  }

  /**
   * Who trains in this browser: the stable trainee id, made at the first call for it and kept, and the name if given. A version 1
   * profile (a name, no id) is kept and given an id; a damaged one is set aside and a new id made, since records need one.
   */
  trainee(): Trainee {
    if (this.current) return this.current;
    const text = this.store.get(STORAGE_KEYS.profile);
    if (text !== null) {
      const parsed = parseStored(ProfileSchema, text, 'frontline.profile', PROFILE_VERSION);
      if (parsed.ok) return (this.current = { id: parsed.value.traineeId, name: parsed.value.name });
      const old = parseStored(ProfileV1Schema, text, 'frontline.profile', 1);
      if (old.ok) return this.keep({ id: this.newTraineeId(), name: old.value.name });
      // Say what is wrong with the version it claims to be.
      this.setAside(STORAGE_KEYS.profile, 'Your name', old.reason === OTHER_VERSION ? parsed : old);
    }
    return this.keep({ id: this.newTraineeId(), name: undefined });
  }

  /** The trainee's name, if they gave one. */
  name(): string | undefined {
    return this.trainee().name;
  }

  /** Remember the trainee's name for their next records; the trainee id stays. An empty name leaves the trainee unnamed. */
  saveName(name: string): void {
    const trimmed = name.trim();
    this.keep({ id: this.trainee().id, name: trimmed === '' ? undefined : trimmed });
  }

  private keep(trainee: Trainee): Trainee {
    this.current = trainee;
    const profile = { format: 'frontline.profile', version: PROFILE_VERSION, traineeId: trainee.id, ...(trainee.name === undefined ? {} : { name: trainee.name }) };
    this.store.set(STORAGE_KEYS.profile, JSON.stringify(profile));
    return trainee;
  }

  /** The call in progress for a scenario, if a usable one is stored. */
  callSave(scenarioId: string): CallSave | undefined {
    const key = STORAGE_KEYS.savePrefix + scenarioId;
    const text = this.store.get(key);
    if (text === null) return undefined;
    const parsed = parseStored(CallSaveSchema, text, 'frontline.call-save');
    const problem: Damage | undefined = parsed.ok ? (parsed.value.scenarioId === scenarioId ? snapshotProblem(parsed.value.snapshot) : { reason: 'it belongs to another scenario' }) : parsed;
    if (parsed.ok && problem === undefined) return parsed.value;
    this.setAside(key, `Your unfinished call with ${this.scenarioWords(scenarioId)}`, problem ?? { reason: 'it could not be read' });
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
    this.setAside(STORAGE_KEYS.savePrefix + scenarioId, `Your unfinished call with ${this.scenarioWords(scenarioId)}`, { reason });
  }

  /** The best finished call of a scenario. */
  best(scenarioId: string): BestScore | undefined {
    const key = STORAGE_KEYS.bestPrefix + scenarioId;
    const text = this.store.get(key);
    if (text === null) return undefined;
    const parsed = parseStored(BestScoreSchema, text, 'frontline.best');
    if (parsed.ok && parsed.value.scenarioId === scenarioId) return parsed.value;
    this.setAside(key, `Your best score with ${this.scenarioWords(scenarioId)}`, parsed.ok ? { reason: 'it belongs to another scenario' } : parsed);
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

  private setAside(key: string, what: string, damage: Damage): void {
    const text = this.store.get(key);
    // A copy the browser refused to store must not cost the original: it stays, and the refusal is reported by the store's watcher.
    if (text !== null && !this.store.set(`${STORAGE_KEYS.setAsidePrefix}${this.stamp()}:${key}`, text)) return;
    this.store.remove(key);
    this.notices.push({ what, reason: damage.reason, ...(damage.detail === undefined ? {} : { detail: damage.detail }) });
  }
}
