import { describe, expect, it } from 'vitest';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import { factOfRecord, type CallFact } from '../../../src/engine/cohort/call-fact.ts';
import { NOT_FRONTLINE, StatementCallReader } from '../../../src/engine/cohort/statement-calls.ts';
import type { CallRecord } from '../../../src/engine/records/call-record.ts';
import { callStatements, type StatementContext } from '../../../src/engine/xapi/call-statements.ts';
import type { XapiStatement } from '../../../src/engine/xapi/xapi-statement.ts';
import { at, details, fakeReport, practiceCall, testAttempt } from '../records/record-fixtures.ts';

const ROOT = 'https://training.example/frontline/xapi';
const HOME = 'https://lms.example';
const ctx: StatementContext = { actor: { objectType: 'Agent', name: 'Ann Example', account: { homePage: HOME, name: 'Ann Example' } }, activityRoot: ROOT };

const practice = practiceCall({ report: fakeReport({ triggers: [['calm_down'], []] }) });
let attempt = testAttempt();
attempt = recordCall(attempt, fakeReport(), details('Alpha Call', 10));
attempt = recordCall(attempt, fakeReport({ scores: { empathy: 20, overall: 50 }, triggers: [[], ['whatever', 'whatever']] }), details('Beta Call', 20));
attempt = finishAttempt(attempt, at(30));
const calls: CallRecord[] = [practice, ...attempt.calls];
const statementsOf = (call: CallRecord) => callStatements(call, call.path.map((_, i) => `line ${i + 1} of ${call.scenarioId}`), ctx, 'Test Track');
const all = calls.flatMap(statementsOf);

/** The fact of a record as the LRS gives it back: the account is the owner, and the lines' texts are known. */
function asFromLrs(call: CallRecord): CallFact {
  const fact = factOfRecord(call, { key: `account:${HOME} Ann Example`, traineeId: null, name: 'Ann Example', homePage: HOME });
  return { ...fact, source: 'lrs', steps: fact.steps.map((step, i) => ({ ...step, line: `line ${i + 1} of ${call.scenarioId}` })) };
}

function read(statements: readonly unknown[]) {
  const reader = new StatementCallReader();
  for (const s of statements) reader.add(s);
  return reader.finish();
}

describe('reading calls back from xAPI statements', () => {
  it('gives back each call as its record says, in whatever order the statements come', () => {
    const shuffled = [...all].sort((a, b) => a.id.localeCompare(b.id));
    const result = read(shuffled);
    expect(result).toMatchObject({ read: all.length, used: all.length, skipped: [] });
    const byId = (a: CallFact, b: CallFact) => a.id.localeCompare(b.id);
    // The duration goes through ISO 8601 to the hundredth of a second; these calls last whole seconds.
    expect(result.calls.sort(byId)).toEqual(calls.map(asFromLrs).sort(byId));
  });

  it('counts and skips, with reasons, statements that are not Frontline’s, damaged ones, repeats, and calls missing a statement', () => {
    const foreign = { ...all[0]!, id: '6f1c7a4e-8d3b-4c2a-9e5f-0a1b2c3d4e5f', verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } }, object: { objectType: 'Activity', id: 'https://other.example/course/1' }, context: { platform: 'Moodle' } };
    const badRatings = structuredClone(all[0]!) as XapiStatement;
    (badRatings.result!.extensions![`${ROOT}/extensions/ratings`] as Record<string, number>).empathy = 7;
    const edited = { ...structuredClone(all[1]!), id: '0d4b8f7e-1c2a-4e3b-9a5d-6f7e8d9c0b1a' };
    const practiceCompleted = statementsOf(practice).at(-1)!;
    const withoutPracticeCompleted = all.filter((s) => s.id !== practiceCompleted.id);
    const result = read([foreign, 'not even an object', badRatings, edited, ...withoutPracticeCompleted, withoutPracticeCompleted.at(-1)!]);
    expect(result.calls.map((c) => c.id).sort()).toEqual(attempt.calls.map((c) => c.id).sort());
    const reasons = Object.fromEntries(result.skipped.map((s) => [s.reason, s.count]));
    expect(reasons).toEqual({
      [NOT_FRONTLINE]: 2,
      [`a damaged Frontline statement: result.extensions.${ROOT}/extensions/ratings.empathy: Too big: expected number to be <=2`]: 1,
      'a damaged Frontline statement: id: is not the id Frontline derives from the call record: the statement was edited or is not Frontline’s': 1,
      'given twice by the LRS (counted once)': 1,
      'from a call whose “completed” statement is missing from the LRS': 2,
    });
    expect(result.read).toBe(withoutPracticeCompleted.length + 5);
    expect(result.used).toBe(withoutPracticeCompleted.length - 2);
  });

  it('never throws, whatever the LRS sends', () => {
    const hostile = [null, 42, [], { id: 3 }, { context: { platform: 'Frontline' } }, Object.defineProperty({}, 'id', { get: () => { throw new Error('boom'); }, enumerable: true })];
    const result = read(hostile);
    expect(result.calls).toEqual([]);
    expect(result.skipped.reduce((n, s) => n + s.count, 0)).toBe(hostile.length);
  });
});
