import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import type { CallRecord } from '../engine/records/call-record.ts';
import { RECORD_FORMATS } from '../engine/records/record-format.ts';
import { readRecord, readRecords } from '../engine/records/read-records.ts';

/** The IndexedDB database of learning records. */
export const RECORDS_DB = { name: 'frontline-records', version: 1 } as const;

type RecordStoreName = 'calls' | 'attempts';

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
  quarantine: { key: number; value: QuarantineEntry };
}

/** What a load found: usable records, and what it moved to quarantine this time. */
export interface LoadedRecords {
  calls: CallRecord[];
  attempts: AttemptRecord[];
  quarantined: QuarantineEntry[];
}

const FORMAT_OF: Record<RecordStoreName, string> = { calls: RECORD_FORMATS.call, attempts: RECORD_FORMATS.attempt };

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

function checked<T extends CallRecord | AttemptRecord>(record: T, store: RecordStoreName): T {
  const result = readRecord(record, [FORMAT_OF[store]]);
  if (!result.ok) throw new Error(`refusing to store a ${store === 'calls' ? 'call' : 'attempt'} record: ${result.reason}`);
  return record;
}
