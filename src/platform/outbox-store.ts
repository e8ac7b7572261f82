import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { enqueue, markFailed, markSent, OutboxEntrySchema, type Backoff, type OutboxEntry } from '../engine/xapi/outbox.ts';
import type { XapiStatement } from '../engine/xapi/xapi-statement.ts';

/** The IndexedDB database of the xAPI outbox. */
export const OUTBOX_DB = { name: 'frontline-outbox', version: 1 } as const;

/** The last failed delivery, for the settings screen. */
export interface OutboxError {
  message: string;
  at: string;
}

interface OutboxDb extends DBSchema {
  entries: { key: string; value: unknown };
  meta: { key: string; value: OutboxError };
}

/** Counts for the settings screen. */
export interface OutboxSummary {
  queued: number;
  sent: number;
  lastError: OutboxError | null;
}

/** xAPI statements waiting for the LRS, kept in IndexedDB so a restart resumes the queue; sent ones stay so an id is never queued again. */
export class OutboxStore {
  private constructor(private readonly db: IDBPDatabase<OutboxDb>) {}

  /** Open (or create) the outbox database. */
  static async open(name: string = OUTBOX_DB.name): Promise<OutboxStore> {
    const db = await openDB<OutboxDb>(name, OUTBOX_DB.version, {
      upgrade(database) {
        database.createObjectStore('entries', { keyPath: 'id' });
        database.createObjectStore('meta');
      },
      blocking() {
        db.close();
      },
    });
    return new OutboxStore(db);
  }

  /** Queue statements whose ids the outbox has not held before; returns how many were new. */
  async add(statements: readonly XapiStatement[], now: number): Promise<number> {
    const tx = this.db.transaction('entries', 'readwrite');
    const store = tx.objectStore('entries');
    const known = new Set((await store.getAllKeys()) as string[]);
    const added = enqueue(known, statements, now, known.size);
    for (const entry of added) await store.add(entry);
    await tx.done;
    return added.length;
  }

  /** Every readable entry; an unreadable one is left where it is and never sent. */
  async entries(): Promise<OutboxEntry[]> {
    const raw = await this.db.getAll('entries');
    return raw.flatMap((value) => {
      const parsed = OutboxEntrySchema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Record a delivery: the ids the LRS accepted become sent. */
  async recordSent(ids: readonly string[], now: number): Promise<void> {
    await this.update(ids, (entry) => markSent(entry, now));
    await this.db.delete('meta', 'lastError');
  }

  /** Record a failed delivery: the entries wait out their back-off, and the error is kept for the settings screen. */
  async recordFailed(ids: readonly string[], message: string, now: number, backoff?: Backoff): Promise<void> {
    await this.update(ids, (entry) => markFailed(entry, message, now, backoff));
    await this.db.put('meta', { message, at: new Date(now).toISOString() }, 'lastError');
  }

  /** Queue size, sent count and last error. */
  async summary(): Promise<OutboxSummary> {
    const entries = await this.entries();
    const lastError = (await this.db.get('meta', 'lastError')) ?? null;
    return { queued: entries.filter((e) => e.status === 'queued').length, sent: entries.filter((e) => e.status === 'sent').length, lastError };
  }

  /** Close the database connection. */
  close(): void {
    this.db.close();
  }

  private async update(ids: readonly string[], change: (entry: OutboxEntry) => OutboxEntry): Promise<void> {
    const tx = this.db.transaction('entries', 'readwrite');
    const store = tx.objectStore('entries');
    for (const id of ids) {
      const parsed = OutboxEntrySchema.safeParse(await store.get(id));
      if (parsed.success) await store.put(change(parsed.data));
    }
    await tx.done;
  }
}
