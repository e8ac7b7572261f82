import { describe, expect, it } from 'vitest';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import { factOfRecord, type CallFact, type TraineeRef } from '../../../src/engine/cohort/call-fact.ts';
import { filterCohort } from '../../../src/engine/cohort/cohort-filter.ts';
import { CohortTally, summarize, weekOf } from '../../../src/engine/cohort/cohort-tally.ts';
import { attemptsOfCalls, combineCohort } from '../../../src/engine/cohort/combine-sources.ts';
import { cohortOfExports, summarizeCohort } from '../../../src/engine/records/cohort-summary.ts';
import { makeExport } from '../../../src/engine/records/export-document.ts';
import { ANN_ID, at, BOB_ID, details, fakeReport, practiceCall, testAttempt } from '../records/record-fixtures.ts';

const ann: TraineeRef = { key: ANN_ID, traineeId: ANN_ID, name: 'Ann Example', homePage: null };
const annAccount: TraineeRef = { key: 'account:https://lms.example Ann Example', traineeId: null, name: 'Ann Example', homePage: 'https://lms.example' };
const bobAccount: TraineeRef = { key: 'account:https://other.example Bob', traineeId: null, name: 'Bob', homePage: 'https://other.example' };

// fakeReport: line 1 is chosen as choice 1, line 2 as choice 2; every line is rated expectations −1, so every line is weak.
const good = { empathy: 1, ownership: 1, expectations: 1 };
function call(id: string, trainee: TraineeRef, props: Partial<CallFact> = {}): CallFact {
  const base = factOfRecord(practiceCall({ startedAt: at(0), endedAt: at(5) }), trainee);
  return { ...base, id, source: 'lrs', ...props };
}

describe('the cohort tally', () => {
  it('finds the choice points where most trainees pick a weak line, and the weakest techniques', () => {
    const strong = (choice: number) => ({ choice, ratings: good, triggers: [], line: null });
    const weak = (choice: number, line: string) => ({ choice, ratings: good, triggers: ['calm_down'], line });
    const calls = [
      call('c1', ann, { steps: [strong(1), weak(2, 'Calm down.')], triggers: ['calm_down'] }),
      call('c2', annAccount, { steps: [strong(1), strong(1)] }),
      call('c3', bobAccount, { steps: [weak(2, 'Whatever.'), strong(1)], triggers: ['calm_down'] }),
    ];
    // The first point practises acknowledging; the one after choosing line 1 practises a boundary.
    const techniquesAt = (scenario: string, path: readonly number[]) => path.map((_, i) => (i === 0 ? ['acknowledge'] : scenario === 'alpha' && path.slice(0, i).join('.') === '1' ? ['boundary'] : []));
    const summary = summarize(calls, [], techniquesAt);
    expect(summary.choicePoints.map(({ step, after, reached, weak, weakShare, weakLines }) => ({ step, after, reached, weak, weakShare, weakLines }))).toEqual([
      { step: 2, after: [1], reached: 2, weak: 1, weakShare: 50, weakLines: [{ choice: 2, count: 1, line: 'Calm down.' }] },
      { step: 2, after: [2], reached: 1, weak: 0, weakShare: 0, weakLines: [] },
      { step: 1, after: [], reached: 3, weak: 1, weakShare: 33.3, weakLines: [{ choice: 2, count: 1, line: 'Whatever.' }] },
    ].sort((a, b) => b.weakShare - a.weakShare || b.reached - a.reached));
    expect(summary.techniques).toEqual([
      { id: 'boundary', visits: 2, weakVisits: 1, weakShare: 50, trainees: 2 },
      { id: 'acknowledge', visits: 3, weakVisits: 1, weakShare: 33.3, trainees: 3 },
    ]);
    expect(summary.triggers).toEqual([{ id: 'calm_down', count: 2, trainees: 2, by: [{ key: ann.key, name: 'Ann Example', count: 1 }, { key: bobAccount.key, name: 'Bob', count: 1 }] }]);
  });

  it('gives the same figures whatever order the calls come in, and counts a call added twice once', () => {
    const calls = Array.from({ length: 30 }, (_, i) => call(`c${i}`, i % 2 ? ann : bobAccount, { endedAt: at(i * 60 * 24), scores: { empathy: 100 / 3 + i, ownership: null, expectations: 10.05 * i, triggers: 100, overall: 66.65 + i / 7 } }));
    const forward = new CohortTally();
    const backward = new CohortTally();
    for (const c of calls) forward.addCall(c);
    for (const c of [...calls].reverse()) backward.addCall(c), backward.addCall(c);
    expect(backward.summary()).toEqual(forward.summary());
    expect(forward.summary().calls).toBe(30);
  });

  it('groups calls by the Monday of their week and reports each week', () => {
    expect(weekOf('2025-03-02T23:59:00.000Z')).toBe('2025-02-24');
    expect(weekOf('2025-03-03T00:00:00.000Z')).toBe('2025-03-03');
    const summary = summarize([call('a', ann, { endedAt: '2025-03-01T10:00:00.000Z' }), call('b', bobAccount, { endedAt: '2025-03-04T10:00:00.000Z', kind: 'certification', passed: true }), call('c', ann, { endedAt: '2025-03-05T10:00:00.000Z', kind: 'certification', passed: false })], []);
    expect(summary.weeks).toEqual([
      { week: '2025-02-24', calls: 1, trainees: 1, averageOverall: 88.8, certificationCalls: 0, passedCalls: 0 },
      { week: '2025-03-03', calls: 2, trainees: 2, averageOverall: 88.8, certificationCalls: 2, passedCalls: 1 },
    ]);
  });
});

describe('files and an LRS together', () => {
  let attempt = recordCall(testAttempt({ id: 'ann-1' }), fakeReport(), details('Alpha Call', 10));
  attempt = finishAttempt(recordCall(attempt, fakeReport({ scores: { empathy: 20 } }), details('Beta Call', 20)), at(30));
  const practice = practiceCall();
  const files = cohortOfExports([makeExport({ traineeId: ANN_ID, candidate: 'Ann Example', records: [attempt], now: at(40) })]);
  // The LRS holds the attempt's calls and a practice call the trainer has no file of.
  const lrs = [...attempt.calls, practice].map((c) => ({ ...factOfRecord(c, annAccount), source: 'lrs' as const }));

  it('counts a call read from both once, and one trainee for an account that shares a call with a file', () => {
    const both = combineCohort(files, lrs, new Map([['test-track', 2]]));
    expect(both.calls.map((c) => c.id).sort()).toEqual([...attempt.calls, practice].map((c) => c.id).sort());
    const summary = summarize(both.calls, both.attempts);
    expect(summary.trainees).toHaveLength(1);
    expect(summary.trainees[0]).toMatchObject({ key: ANN_ID, calls: 3, attempts: 1, failed: 1 });
    expect(summary).toEqual(summarizeCohort([makeExport({ traineeId: ANN_ID, candidate: 'Ann Example', records: [attempt, practice], now: at(40) })]));
  });

  it('tells an attempt’s status from its calls when only the LRS has it, once it has all its track’s calls', () => {
    expect(attemptsOfCalls(lrs, new Map([['test-track', 2]]))).toEqual([{ id: 'ann-1', trainee: annAccount, trackId: 'test-track', status: 'failed', startedAt: attempt.calls[0]!.endedAt }]);
    expect(attemptsOfCalls(lrs.slice(0, 1), new Map([['test-track', 2]]))[0]!.status).toBe('in_progress');
    expect(attemptsOfCalls(lrs, new Map())[0]!.status).toBe('in_progress');
  });
});

describe('filters', () => {
  const calls = [
    call('p', annAccount, { endedAt: '2025-03-01T10:00:00.000Z' }),
    call('c', annAccount, { endedAt: '2025-03-05T10:00:00.000Z', kind: 'certification', trackId: 'foundations', attemptId: 'a1', passed: true }),
    call('b', bobAccount, { endedAt: '2025-03-07T10:00:00.000Z' }),
  ];
  const ids = (filter: Parameters<typeof filterCohort>[2]) => filterCohort(calls, [], filter).calls.map((c) => c.id);

  it('keeps calls by date range, track, account homePage and name list', () => {
    expect(ids({ from: '2025-03-02' })).toEqual(['c', 'b']);
    expect(ids({ from: '2025-03-01', to: '2025-03-05' })).toEqual(['p', 'c']);
    expect(ids({ track: 'foundations' })).toEqual(['c']);
    expect(ids({ track: 'practice' })).toEqual(['p', 'b']);
    expect(ids({ homePage: 'https://other.example' })).toEqual(['b']);
    expect(ids({ names: ['  ANN   example '] })).toEqual(['p', 'c']);
    expect(ids({})).toEqual(['p', 'c', 'b']);
  });

  it('keeps attempts by track, group and start date, and none for practice only', () => {
    const attempts = [{ id: 'a1', trainee: annAccount, trackId: 'foundations', status: 'passed' as const, startedAt: '2025-03-05T10:00:00.000Z' }];
    expect(filterCohort(calls, attempts, { track: 'foundations' }).attempts).toHaveLength(1);
    expect(filterCohort(calls, attempts, { track: 'practice' }).attempts).toHaveLength(0);
    expect(filterCohort(calls, attempts, { names: ['Bob'] }).attempts).toHaveLength(0);
    expect(filterCohort(calls, attempts, { to: '2025-03-04' }).attempts).toHaveLength(0);
  });
});

describe('a file-only cohort', () => {
  it('summarizes exports as before, through the same tally', () => {
    const summary = summarizeCohort([makeExport({ traineeId: BOB_ID, candidate: 'Bob', records: [practiceCall({ traineeId: BOB_ID, candidate: 'Bob' })], now: at(40) })]);
    expect(summary.trainees[0]).toMatchObject({ key: BOB_ID, candidate: 'Bob', calls: 1, attempts: 0 });
    expect(summary.scenarios[0]).toMatchObject({ scenarioId: 'alpha', calls: 1, trainees: 1, completion: 100, outcomes: { resolved: 1 } });
  });
});
