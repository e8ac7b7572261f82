import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import type { CallRecord } from '../engine/records/call-record.ts';
import { RECORD_FORMATS } from '../engine/records/record-format.ts';
import { readRecord, readRecords } from '../engine/records/read-records.ts';
import { readStepRecord, type StepRecord } from '../engine/learn/step-record.ts';
import { stepsDone } from '../engine/learn/steps-done.ts';
import type { LearnStep } from '../engine/learn/learn-steps.ts';

/** The IndexedDB database of learning records. */
export const RECORDS_DB = { name: 'frontline-records', version: 2 } as const;

type RecordStoreName = 'calls' | 'attempts' | 'steps';

/** A stored value that could not be used: moved aside with its reason, never deleted. */
export interface QuarantineEntry {
  store: RecordStoreName;
  key: IDBValidKey;
  raw: unknown;
  reason: string;
  /** the schema's own words, for a trainer; absent in entries set aside before it was kept */
  detail?: string;
  at: string;
}

interface RecordsDb extends DBSchema {
  calls: { key: string; value: unknown };
  attempts: { key: string; value: unknown };
  /** finished Watch and Teach steps (from version 2) */
  steps: { key: string; value: unknown };
  quarantine: { key: number; value: QuarantineEntry };
}

/** What a load found: usable records, and what it moved to quarantine this time. */
export interface LoadedRecords {
  calls: CallRecord[];
  attempts: AttemptRecord[];
  quarantined: QuarantineEntry[];
}

const FORMAT_OF: Record<'calls' | 'attempts', string> = { calls: RECORD_FORMATS.call, attempts: RECORD_FORMATS.attempt };

/** Practice calls and certification attempts in IndexedDB, schema-checked on every read. */
export class RecordsStore {
  private constructor(
    private readonly db: IDBPDatabase<RecordsDb>,
    private readonly now: () => string,
  ) {}

  /** Open (or create) the records database; `now` stamps quarantine entries. */
  static async open(options: { name?: string; now: () => string }): Promise<RecordsStore> {
    const name = options.name ?? RECORDS_DB.name;
    try {
      const db = await openDB<RecordsDb>(name, RECORDS_DB.version, {
        upgrade(database, oldVersion) {
          if (oldVersion < 1) {
            database.createObjectStore('calls', { keyPath: 'id' });
            database.createObjectStore('attempts', { keyPath: 'id' });
            database.createObjectStore('quarantine', { autoIncrement: true });
          }
          if (oldVersion < 2) database.createObjectStore('steps', { keyPath: 'id' });
        },
        // Another tab running a newer build needs this connection closed to upgrade the database.
        blocking() {
          db.close();
        },
      });
      return new RecordsStore(db, options.now);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'VersionError') {
        throw new Error(`the saved records were written by a newer version of Frontline (database "${name}" is past version ${RECORDS_DB.version})`);
      }
      throw error;
    }
  }

  /** Store a finished practice call. */
  async saveCall(record: CallRecord): Promise<void> {
    await this.db.put('calls', checked(record, 'calls'));
  }

  /** Store an attempt, replacing its earlier state. */
  async saveAttempt(attempt: AttemptRecord): Promise<void> {
    await this.db.put('attempts', checked(attempt, 'attempts'));
  }

  /** Store a finished Watch or Teach step. */
  async saveStep(record: StepRecord): Promise<void> {
    const result = readStepRecord(record);
    if (!result.ok) throw new Error(`refusing to store a step record: ${result.reason}`);
    await this.db.put('steps', record);
  }

  /** Read every Watch and Teach record; damaged ones move to quarantine, as in {@link load}, and are returned apart. */
  async loadSteps(): Promise<{ steps: StepRecord[]; quarantined: QuarantineEntry[] }> {
    const tx = this.db.transaction(['steps', 'quarantine'], 'readwrite');
    const [keys, values] = await Promise.all([tx.objectStore('steps').getAllKeys(), tx.objectStore('steps').getAll()]);
    const steps: StepRecord[] = [];
    const quarantined: QuarantineEntry[] = [];
    const at = this.now();
    for (const [index, raw] of values.entries()) {
      const result = readStepRecord(raw);
      if (result.ok) {
        steps.push(result.record);
        continue;
      }
      const entry: QuarantineEntry = { store: 'steps', key: keys[index]!, raw, reason: result.reason, at };
      await Promise.all([tx.objectStore('quarantine').add(entry), tx.objectStore('steps').delete(keys[index]!)]);
      quarantined.push(entry);
    }
    await tx.done;
    return { steps, quarantined };
  }

  /**
   * The learning steps done per scenario, read without moving anything: a damaged record is
   * left where it is for {@link load} and {@link loadSteps} to set aside and report.
   */
  async learningSteps(): Promise<Map<string, Set<LearnStep>>> {
    const [calls, steps] = await Promise.all([this.db.getAll('calls'), this.db.getAll('steps')]);
    const readCalls = readRecords(calls, [RECORD_FORMATS.call]).records.filter((r): r is CallRecord => r.format === RECORD_FORMATS.call);
    const readSteps = steps.map(readStepRecord).flatMap((result) => (result.ok ? [result.record] : []));
    return stepsDone(readCalls, readSteps);
  }

  /** Read every record; damaged or foreign entries move to quarantine in the same transaction and are reported. */
  async load(): Promise<LoadedRecords> {
    const tx = this.db.transaction(['calls', 'attempts', 'quarantine'], 'readwrite');
    const loaded: LoadedRecords = { calls: [], attempts: [], quarantined: [] };
    const at = this.now();
    for (const store of ['calls', 'attempts'] as const) {
      const [keys, values] = await Promise.all([tx.objectStore(store).getAllKeys(), tx.objectStore(store).getAll()]);
      const { records, quarantined } = readRecords(values, [FORMAT_OF[store]]);
      for (const record of records) {
        if (record.format === 'frontline.attempt') loaded.attempts.push(record);
        else loaded.calls.push(record);
      }
      for (const { index, raw, reason, detail } of quarantined) {
        const entry: QuarantineEntry = { store, key: keys[index]!, raw, reason, ...(detail === undefined ? {} : { detail }), at };
        await Promise.all([tx.objectStore('quarantine').add(entry), tx.objectStore(store).delete(keys[index]!)]);
        loaded.quarantined.push(entry);
      }
    }
    await tx.done;
    return loaded;
  }

  /** Everything ever set aside, oldest first. */
  async quarantine(): Promise<QuarantineEntry[]> {
    return this.db.getAll('quarantine');
  }

  /** Close the database connection. */
  close(): void {
    this.db.close();
  }
}

function checked<T extends CallRecord | AttemptRecord>(record: T, store: 'calls' | 'attempts'): T {
  const result = readRecord(record, [FORMAT_OF[store]]);
  if (!result.ok) throw new Error(`refusing to store a ${store === 'calls' ? 'call' : 'attempt'} record: ${result.reason}`);
  return record;
}
