import { describe, expect, it } from 'vitest';
import { PracticeRecords } from '../../src/app/practice-records.ts';
import { refusedWriteReporter } from '../../src/app/refused-writes.ts';
import type { CallReport } from '../../src/engine/scoring/call-report.ts';
import { SavedDataStore } from '../../src/platform/saved-data-store.ts';
import { SAVED_DATA_VERSION, type CallSave } from '../../src/platform/saved-data.ts';
import { STORAGE_KEYS } from '../../src/platform/storage-keys.ts';
import { failureWords, storageProblem } from '../../src/platform/storage-problem.ts';
import { browserStore } from '../../src/platform/storage.ts';
import type { Scenario } from '../../src/ui/call-controller.ts';
import { fakeReport, goodScores } from '../engine/records/record-fixtures.ts';

const FULL = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** localStorage in memory that throws QuotaExceededError on every write while `full` is set. */
class FakeStorage implements Storage {
  full = false;
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw FULL();
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const titles: Record<string, string> = { alpha: 'Alpha Call' };

/** Saved data over a fake storage, with every problem the trainee would be shown. */
function setUp() {
  const storage = new FakeStorage();
  const shown: string[] = [];
  const saves = new SavedDataStore(browserStore(storage, refusedWriteReporter((id) => titles[id], (message) => shown.push(message))));
  return { storage, shown, saves };
}

const callSave = (scenarioId: string): CallSave => ({ format: 'frontline.call-save', version: SAVED_DATA_VERSION, scenarioId, mode: 'practice', elapsedMs: 1000, savedAt: '2025-03-01T09:00:00.000Z', snapshot: {} });

describe('a full localStorage', () => {
  it('says in words that a call in progress could not be saved, what that means and what to do, once while it keeps failing', () => {
    const { storage, shown, saves } = setUp();
    storage.full = true;
    expect(saves.saveCall(callSave('alpha'))).toBe(false);
    expect(saves.saveCall(callSave('alpha'))).toBe(false);
    expect(shown).toEqual([expect.stringMatching(/^Your place in “Alpha Call” could not be saved: this browser’s storage for Frontline is full\. The call goes on, but if you leave or reload the page it cannot be resumed\. To make room, /)]);
    storage.full = false;
    expect(saves.saveCall(callSave('alpha'))).toBe(true);
    storage.full = true;
    saves.saveCall(callSave('alpha'));
    expect(shown).toHaveLength(2);
  });

  it('reports a new best score, the sound settings and the name that were not saved, and everything else keeps working', () => {
    const { storage, shown, saves } = setUp();
    saves.saveCall(callSave('alpha'));
    storage.full = true;
    const { improved } = saves.offerBest({ scenarioId: 'alpha', scores: goodScores, outcome: 'resolved' });
    expect(improved).toBe(true);
    saves.saveSettings({ muted: true, volume: 0.2 });
    saves.saveName('Ann Example');
    expect(shown).toEqual([
      expect.stringMatching(/^Your new best score for “Alpha Call” could not be saved: this browser’s storage for Frontline is full, so the menu still shows the old one\./),
      expect.stringMatching(/^Your sound settings could not be saved: this browser’s storage for Frontline is full\. They apply until you close this page\./),
      expect.stringMatching(/^Your trainee profile \(your name and the id your records are kept under\) could not be saved: this browser’s storage for Frontline is full\./),
    ]);
    // What was stored before stays, and reads go on.
    expect(storage.getItem(`${STORAGE_KEYS.savePrefix}alpha`)).toBe(JSON.stringify(callSave('alpha')));
    expect(saves.settings()).toMatchObject({ muted: false, volume: 0.7 });
    expect(saves.best('alpha')).toBeUndefined();
  });

  it('leaves damaged data where it was when the copy that sets it aside cannot be stored', () => {
    const { storage, shown, saves } = setUp();
    storage.setItem(STORAGE_KEYS.settings, '{ damaged');
    storage.full = true;
    expect(saves.settings().muted).toBe(false);
    expect(saves.settings().muted).toBe(false);
    expect(storage.getItem(STORAGE_KEYS.settings)).toBe('{ damaged');
    expect(shown).toEqual([expect.stringMatching(/^Damaged saved data could not be moved aside: this browser’s storage for Frontline is full\. It was left where it was, untouched\./)]);
  });

  it('reports storage that is turned off as such', () => {
    const shown: string[] = [];
    const store = browserStore(undefined, refusedWriteReporter(() => undefined, (message) => shown.push(message)));
    expect(store.set(STORAGE_KEYS.settings, '{}')).toBe(false);
    expect(shown).toEqual([expect.stringContaining('does not let Frontline store anything (private browsing, or storage turned off for this site)')]);
  });
});

describe('a full IndexedDB', () => {
  it('words a quota error with no message, instead of ending the notice in ": ."', () => {
    expect(storageProblem(new DOMException('', 'QuotaExceededError'))).toBe('this browser’s storage for Frontline is full');
    expect(failureWords(new DOMException('', 'QuotaExceededError'))).toBe('this browser’s storage for Frontline is full');
    expect(failureWords(new DOMException('', 'AbortError'))).toBe('this browser refused to store it (AbortError)');
    expect(failureWords(new Error('the LRS settings are not valid.'))).toBe('the LRS settings are not valid');
  });

  it('tells the trainee which practice call is missing from the history, why, and what to do', async () => {
    const shown: string[] = [];
    const { saves, storage } = setUp();
    const practice = new PracticeRecords({
      saves,
      store: browserStore(storage),
      records: { open: async () => ({ saveCall: () => Promise.reject(new DOMException('', 'QuotaExceededError')) }) } as never,
      reporting: { call: () => {} } as never,
      storyHashes: () => ({ alpha: 'a'.repeat(64) }),
      problem: (message) => shown.push(message),
    });
    const scenario = { id: 'alpha', header: { title: 'Alpha Call' } } as Scenario;
    const record = practice.keep(scenario, fakeReport() as CallReport, 60_000);
    await expect.poll(() => shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^Your call with “Alpha Call” could not be added to your history: this browser’s storage for Frontline is full\. Its debrief opens until you close this page, but it will be missing from your history and exports\. To make room, /);
    expect(await practice.find(record.id)).toEqual(record);
  });
});
