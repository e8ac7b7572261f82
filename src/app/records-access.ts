import type { LoadedRecords, RecordsStore } from '../platform/records-store.ts';
import { renderMessage } from '../ui/message-view.ts';

/** The records database, opened once on first use; a failed open is tried again next time. */
export class RecordsAccess {
  private store: Promise<RecordsStore> | undefined;

  constructor(
    private readonly now: () => string,
    private readonly show: (screen: HTMLElement) => void,
    private readonly problem: (message: string) => void,
    private readonly home: () => void,
  ) {}

  open(): Promise<RecordsStore> {
    if (!this.store) {
      // The records' code (IndexedDB, schemas) loads on first use: the menu does not need it.
      this.store = import('../platform/records-store.ts').then(({ RecordsStore: Store }) => Store.open({ now: this.now }));
      this.store.catch(() => (this.store = undefined));
    }
    return this.store;
  }

  /** The stored records, or undefined after showing why they cannot be read. */
  async load(): Promise<{ store: RecordsStore; loaded: LoadedRecords } | undefined> {
    try {
      const store = await this.open();
      const loaded = await store.load();
      if (loaded.quarantined.length > 0) this.problem(`${loaded.quarantined.length} damaged ${loaded.quarantined.length === 1 ? 'record was' : 'records were'} set aside (not deleted); Your history lists them.`);
      return { store, loaded };
    } catch (error) {
      this.show(renderMessage('Your records cannot be opened', `This browser would not open Frontline’s records: ${(error as Error).message}.`, this.home));
      return undefined;
    }
  }
}
