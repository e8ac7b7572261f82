import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import { RECORDS_DB, RecordsStore } from '../../../src/platform/records-store.ts';
import { makeStepRecord } from '../../../src/engine/learn/step-record.ts';
import { ANN_ID, at, details, fakeReport, practiceCall, testAttempt } from './record-fixtures.ts';

let dbCount = 0;
const freshName = () => `records-test-${++dbCount}`;
const now = () => at(99);

describe('RecordsStore (IndexedDB)', () => {
  it('saves calls and attempts and reads them back after reopening', async () => {
    const name = freshName();
    const call = practiceCall();
    const open = recordCall(testAttempt(), fakeReport(), details('Alpha Call'));
    const store = await RecordsStore.open({ name, now });
    await store.saveCall(call);
    await store.saveAttempt(open);
    const finished = finishAttempt(recordCall(open, fakeReport(), details('Beta Call', 20)), at(30));
    await store.saveAttempt(finished);
    store.close();

    const again = await RecordsStore.open({ name, now });
    expect(await again.load()).toEqual({ calls: [call], attempts: [finished], quarantined: [] });
    again.close();
  });

  it('moves a damaged or misplaced entry to quarantine, reports it once, and keeps every other record', async () => {
    const name = freshName();
    const good = practiceCall();
    const other = practiceCall({ durationMs: 1 });
    const attempt = testAttempt();
    const store = await RecordsStore.open({ name, now });
    await store.saveCall(good);
    await store.saveCall(other);
    await store.saveAttempt(attempt);

    // Damage written behind the store's back, as another build or a hand edit would.
    const raw = await openDB(name, RECORDS_DB.version);
    const damaged = { ...good, id: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', scores: { ...good.scores, empathy: 'high' } };
    await raw.put('calls', damaged);
    await raw.put('calls', { ...attempt, id: 'misplaced' });
    await raw.put('attempts', { id: 'future', format: 'frontline.attempt', version: 3 });
    raw.close();

    const first = await store.load();
    expect(first.calls).toEqual(expect.arrayContaining([good, other]));
    expect(first.calls).toHaveLength(2);
    expect(first.attempts).toEqual([attempt]);
    expect(first.quarantined.map((q) => [q.store, q.key, q.reason, q.detail, q.at])).toEqual([
      ['calls', 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'it is damaged: the empathy score is not the right kind of value', 'scores.empathy: Invalid input: expected number, received string', at(99)],
      ['calls', 'misplaced', 'it is not a Frontline record of this kind', 'format "frontline.attempt"; expected frontline.call-record', at(99)],
      ['attempts', 'future', 'it was written by a newer version of Frontline', 'frontline.attempt version 3; this build reads versions 1 and 2', at(99)],
    ]);
    expect(first.quarantined[0]!.raw).toEqual(damaged);

    const second = await store.load();
    expect(second.quarantined).toEqual([]);
    expect(second.calls).toHaveLength(2);
    expect((await store.quarantine()).map((q) => q.key)).toEqual(['ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'misplaced', 'future']);
    store.close();
  });

  it('refuses to store a record whose content no longer matches its id', async () => {
    const store = await RecordsStore.open({ name: freshName(), now });
    const call = practiceCall();
    await expect(store.saveCall({ ...call, durationMs: 5 })).rejects.toThrow(/refusing to store a call record: its id does not match its content/);
    expect((await store.load()).calls).toEqual([]);
    store.close();
  });

  it('keeps Watch and Teach records in a store of their own, added to a version 1 database without touching its calls', async () => {
    const name = freshName();
    // A database as version 1 of the store made it, with a call in it.
    const call = practiceCall();
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('calls', { keyPath: 'id' });
        db.createObjectStore('attempts', { keyPath: 'id' });
        db.createObjectStore('quarantine', { autoIncrement: true });
      },
    });
    await old.put('calls', call);
    old.close();
    const store = await RecordsStore.open({ name, now });
    const teach = makeStepRecord({ step: 'teach', traineeId: ANN_ID, candidate: 'Ann Example', scenarioId: 'alpha', scenarioTitle: 'Alpha Call', storyHash: 'b'.repeat(64), startedAt: at(1), endedAt: at(2), right: 10, of: 12, seed: 7 });
    await store.saveStep(teach);
    await expect(store.saveStep({ ...teach, right: 11 })).rejects.toThrow(/refusing to store a step record: its id does not match/);
    const raw = await openDB(name, RECORDS_DB.version);
    await raw.put('steps', { ...teach, id: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' });
    raw.close();
    expect((await store.load()).calls).toEqual([call]);
    const loaded = await store.loadSteps();
    expect(loaded.steps).toEqual([teach]);
    expect(loaded.quarantined.map((q) => [q.store, q.key, q.reason])).toEqual([['steps', 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', 'its id does not match its content: it was edited or damaged']]);
    expect((await store.loadSteps()).quarantined).toEqual([]);
    store.close();
  });

  it('reads the learning steps done without moving a damaged record: that stays for load to set aside and report', async () => {
    const name = freshName();
    const store = await RecordsStore.open({ name, now });
    await store.saveCall(practiceCall({ step: 'follow' }));
    await store.saveCall(practiceCall());
    await store.saveStep(makeStepRecord({ step: 'watch', traineeId: ANN_ID, candidate: 'Ann Example', scenarioId: 'beta', scenarioTitle: 'Beta Call', storyHash: 'b'.repeat(64), startedAt: at(1), endedAt: at(2), right: 3, of: 4, seed: null }));
    const raw = await openDB(name, RECORDS_DB.version);
    await raw.put('calls', { ...practiceCall({ step: 'solo' }), id: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' });
    raw.close();
    const done = await store.learningSteps();
    expect([...done.get('alpha')!]).toEqual(['follow']);
    expect([...done.get('beta')!]).toEqual(['watch']);
    expect((await store.load()).quarantined.map((q) => q.key)).toEqual(['ZZZZ-ZZZZ-ZZZZ-ZZZZ']);
    store.close();
  });

  it('refuses a database written by a newer version, with a clear message', async () => {
    const name = freshName();
    (await openDB(name, RECORDS_DB.version + 1)).close();
    await expect(RecordsStore.open({ name, now })).rejects.toThrow(/written by a newer version of Frontline/);
  });
});
