import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { StudioDraftSchema, type StudioDraft } from '../engine/studio/studio-draft.ts';

/** The IndexedDB database of the studio's unsaved edits. */
export const DRAFTS_DB = { name: 'frontline-studio', version: 1 } as const;

interface DraftsDb extends DBSchema {
  drafts: { key: string; value: unknown };
  meta: { key: string; value: string };
}

/** The studio's drafts: one per file, and which file was open last. */
export class StudioDrafts {
  private constructor(private readonly db: IDBPDatabase<DraftsDb>) {}

  /** Open (or create) the drafts database; rejects when the browser refuses IndexedDB. */
  static async open(name: string = DRAFTS_DB.name): Promise<StudioDrafts> {
    const db = await openDB<DraftsDb>(name, DRAFTS_DB.version, {
      upgrade(database) {
        database.createObjectStore('drafts', { keyPath: 'file' });
        database.createObjectStore('meta');
      },
      blocking() {
        db.close();
      },
    });
    return new StudioDrafts(db);
  }

  /** The draft of this file; a damaged one is reported as such, not returned. */
  async get(file: string): Promise<StudioDraft | undefined> {
    const raw = await this.db.get('drafts', file);
    if (raw === undefined) return undefined;
    const parsed = StudioDraftSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`the kept edits of ${file} are damaged and cannot be read`);
    return parsed.data;
  }

  /** Keep this draft, and remember its file as the one open. */
  async put(draft: StudioDraft): Promise<void> {
    const tx = this.db.transaction(['drafts', 'meta'], 'readwrite');
    await tx.objectStore('drafts').put(draft);
    await tx.objectStore('meta').put(draft.file, 'last');
    await tx.done;
  }

  /** The file that was open last, if any. */
  async last(): Promise<string | undefined> {
    return this.db.get('meta', 'last');
  }
}
