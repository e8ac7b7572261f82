import { describe, expect, it } from 'vitest';
import { SavedDataStore } from '../../src/platform/saved-data-store.ts';
import type { KeyValueStore } from '../../src/platform/storage.ts';

/** localStorage as a Map; `refuse` makes every write fail, as a full or disabled storage does. */
function memoryStore(initial: Record<string, string> = {}, refuse = false): KeyValueStore & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    get: (key) => map.get(key) ?? null,
    set: (key, value) => (refuse ? false : (map.set(key, value), true)),
    remove: (key) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

let ids = 0;
const options = { stamp: () => '2025-03-01T09:00:00.000Z', newTraineeId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`, titleOf: (id: string) => ({ 'missing-order': 'Missing order' })[id] };

describe('the trainee profile', () => {
  it('makes a trainee id at the first call for it and keeps it, across reloads and name changes', () => {
    const storage = memoryStore();
    const saves = new SavedDataStore(storage, options);
    expect(saves.hasTrainee()).toBe(false);
    const first = saves.trainee();
    expect(first.name).toBeUndefined();
    expect(saves.hasTrainee()).toBe(true);
    saves.saveName('  Ada  Lovelace ');
    const reloaded = new SavedDataStore(storage, options);
    expect(reloaded.trainee()).toEqual({ id: first.id, name: 'Ada  Lovelace' });
    reloaded.saveName('Ada King');
    expect(new SavedDataStore(storage, options).trainee()).toEqual({ id: first.id, name: 'Ada King' });
  });

  it('gives a version 1 profile (a name, no id) an id and keeps the name', () => {
    const storage = memoryStore({ 'frontline:profile': JSON.stringify({ format: 'frontline.profile', version: 1, name: 'Bob Builder' }) });
    const saves = new SavedDataStore(storage, options);
    const trainee = saves.trainee();
    expect(trainee.name).toBe('Bob Builder');
    expect(saves.takeNotices()).toEqual([]);
    expect(JSON.parse(storage.map.get('frontline:profile')!)).toEqual({ format: 'frontline.profile', version: 2, traineeId: trainee.id, name: 'Bob Builder' });
    expect(new SavedDataStore(storage, options).trainee().id).toBe(trainee.id);
  });

  it('keeps one id all session when the browser refuses to store it', () => {
    const saves = new SavedDataStore(memoryStore({}, true), options);
    expect(saves.trainee().id).toBe(saves.trainee().id);
  });
});

describe('set-aside notices', () => {
  it('name the scenario by its title and say what is damaged in words, the detail kept apart', () => {
    const save = { format: 'frontline.call-save', version: 1, mode: 'practice', elapsedMs: 0, savedAt: 'x', snapshot: {} };
    const storage = memoryStore({
      'frontline:save:missing-order': JSON.stringify(save),
      'frontline:best:retired-scenario': '{"format":"frontline.best"',
    });
    const notices = new SavedDataStore(storage, options).audit();
    expect(notices).toEqual([
      { what: 'Your unfinished call with “Missing order”', reason: 'it is damaged: the scenario it belongs to is missing', detail: 'scenarioId: Invalid input: expected string, received undefined' },
      { what: 'Your best score with a scenario that is no longer installed', reason: 'it is not valid JSON' },
    ]);
    for (const notice of notices) expect(`${notice.what}: ${notice.reason}`).not.toMatch(/scenarioId|missing-order|retired-scenario|Invalid input/);
    expect([...storage.map.keys()].filter((key) => key.startsWith('frontline:set-aside:'))).toHaveLength(2);
  });

  it("say a call's damaged progress in words", () => {
    const save = { format: 'frontline.call-save', version: 1, scenarioId: 'missing-order', mode: 'practice', elapsedMs: 0, savedAt: 'x', snapshot: { format: 'frontline.session', version: 1, scenarioId: 'missing-order', storyHash: 'a', rubricHash: 'b', inkState: 7, beats: [], choicePoints: [] } };
    const notices = new SavedDataStore(memoryStore({ 'frontline:save:missing-order': JSON.stringify(save) }), options).audit();
    expect(notices).toEqual([{ what: 'Your unfinished call with “Missing order”', reason: "it is damaged: the story's position is not the right kind of value", detail: 'snapshot.inkState: Invalid input: expected string, received number' }]);
  });
});
