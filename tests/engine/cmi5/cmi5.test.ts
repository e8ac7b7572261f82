import { describe, expect, it } from 'vitest';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import { CMI5, CMI5_VERBS } from '../../../src/engine/cmi5/cmi5-iris.ts';
import { Cmi5LaunchDataSchema, parseCmi5Launch } from '../../../src/engine/cmi5/cmi5-launch.ts';
import { isCmi5Launch } from '../../../src/engine/cmi5/cmi5-params.ts';
import { cmi5Violations, type Cmi5Expectations } from '../../../src/engine/cmi5/cmi5-rules.ts';
import { asCmi5Allowed, attemptResultStatements, attemptVerdict, terminatedStatement, type Cmi5Session } from '../../../src/engine/cmi5/cmi5-statements.ts';
import { callStatements } from '../../../src/engine/xapi/call-statements.ts';
import { statementId } from '../../../src/engine/xapi/statement-id.ts';
import type { XapiStatement } from '../../../src/engine/xapi/xapi-statement.ts';
import { at, details, fakeReport, testAttempt } from '../records/record-fixtures.ts';
import { xapiWarnings } from '../xapi/xapi-validate.ts';

const actor = { objectType: 'Agent' as const, name: 'Ann Example', account: { homePage: 'https://lms.example', name: 'ann' } };
const REGISTRATION = '3b6f2a1c-0d4e-4f5a-8b6c-7d8e9f0a1b2c';
const AU = 'https://lms.example/courses/frontline/au/certification';
const query = (over: Record<string, string | null> = {}) => {
  const values: Record<string, string | null> = { endpoint: 'https://lrs.example/xapi/', fetch: 'https://lms.example/fetch?k=1', actor: JSON.stringify(actor), registration: REGISTRATION, activityId: AU, ...over };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== null) params.set(k, v);
  return `?${params}`;
};

function session(over: Partial<Cmi5Session['launchData']> = {}): Cmi5Session {
  const launch = parseCmi5Launch(query());
  if (!launch.ok) throw new Error(launch.problems.join());
  const launchData = Cmi5LaunchDataSchema.parse({ contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/courses/frontline' }] }, extensions: { [CMI5.sessionId]: 'session-1' } }, launchMode: 'Normal', moveOn: 'CompletedAndPassed', ...over });
  return { launch: launch.launch, launchData, initializedAt: at(0) };
}

const expectations = (s: Cmi5Session): Cmi5Expectations => ({ registration: REGISTRATION, sessionId: 'session-1', activityId: AU, launchMode: s.launchData.launchMode, masteryScore: s.launchData.masteryScore });

function initialized(s: Cmi5Session): XapiStatement {
  return { id: statementId('init'), actor, verb: CMI5_VERBS.initialized, object: { objectType: 'Activity', id: AU }, context: { registration: REGISTRATION, contextActivities: { category: [{ objectType: 'Activity', id: CMI5.category }] }, extensions: { [CMI5.sessionId]: 'session-1' } }, timestamp: s.initializedAt };
}

/** A whole session: initialized, the calls' statements, the results and terminated. */
function fullSession(s: Cmi5Session, overall: number) {
  let attempt = testAttempt();
  attempt = recordCall(attempt, fakeReport({ scores: { overall } }), details('Alpha Call', 10));
  attempt = recordCall(attempt, fakeReport({ scores: { overall } }), details('Beta Call', 20));
  attempt = finishAttempt(attempt, at(21));
  const calls = asCmi5Allowed(s, attempt.calls.flatMap((call) => callStatements(call, ['a', 'b'], { actor, activityRoot: 'https://frontline.example/xapi' }, attempt.trackName)));
  const results = attemptResultStatements(s, attempt, at(21), calls);
  return { attempt, statements: [initialized(s), ...calls, ...results, terminatedStatement(s, at(22))], results };
}

describe('cmi5 launch parameters', () => {
  it('reads a good launch and tells a cmi5 launch from a plain visit', () => {
    const check = parseCmi5Launch(query());
    expect(check).toMatchObject({ ok: true, launch: { actor, registration: REGISTRATION, activityId: AU, fetch: 'https://lms.example/fetch?k=1' } });
    expect(isCmi5Launch(query())).toBe(true);
    expect(isCmi5Launch('?utm=1')).toBe(false);
  });

  it('lists every problem of a bad launch', () => {
    const check = parseCmi5Launch(query({ endpoint: 'javascript:alert(1)', actor: '{"name":"x"', registration: 'nope', fetch: null }));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^endpoint: expected an http/), expect.stringMatching(/^fetch: missing/), expect.stringMatching(/^actor: expected an xAPI Agent as JSON/), expect.stringMatching(/^registration: expected a UUID/)]));
    const noAccount = parseCmi5Launch(query({ actor: JSON.stringify({ mbox: 'mailto:a@b.c' }) }));
    expect(noAccount.ok || noAccount.problems[0]).toMatch(/^actor: expected an xAPI Agent with an account/);
    const twice = parseCmi5Launch(`${query()}&registration=${REGISTRATION}`);
    expect(twice.ok || twice.problems).toEqual(['registration: given more than once']);
  });

  it('refuses launch data without a session id', () => {
    expect(Cmi5LaunchDataSchema.safeParse({ contextTemplate: { extensions: {} }, launchMode: 'Normal', moveOn: 'Passed' }).success).toBe(false);
  });
});

describe('cmi5 statements and rules', () => {
  it('makes a session that follows the rules: completed, one passed with a score, terminated last, template context everywhere', () => {
    const s = session();
    const { statements, results } = fullSession(s, 88.8);
    expect(cmi5Violations(statements, expectations(s))).toEqual([]);
    expect(results.map((r) => r.verb.id)).toEqual([CMI5_VERBS.completed.id, CMI5_VERBS.passed.id]);
    expect(results[0]!.result).toEqual({ completion: true, duration: 'PT21M' });
    expect(results[1]!.result).toEqual({ score: { scaled: 0.888 }, success: true, duration: 'PT21M' });
    expect(statements.at(-1)!.result).toEqual({ duration: 'PT22M' });
    for (const st of statements) expect(xapiWarnings(st)).toEqual([]);
    for (const st of statements.slice(1)) {
      expect(st.context?.contextActivities?.grouping?.map((a) => a.id)).toContain('https://lms.example/courses/frontline');
    }
  });

  it('sends no second completed or passed in the registration, and no failed after a passed', () => {
    const s = session();
    const first = fullSession(s, 88.8);
    let again = testAttempt();
    again = recordCall(again, fakeReport({ scores: { empathy: 10, overall: 40 } }), details('Alpha Call', 10));
    again = finishAttempt(again, at(30));
    expect(attemptResultStatements(s, again, at(30), first.statements)).toEqual([]);
    expect(attemptResultStatements(s, first.attempt, at(30), first.results)).toEqual([]);
  });

  it('fails against the mastery score, with its extension, and sends nothing of the kind outside Normal mode', () => {
    const strict = session({ masteryScore: 0.9 });
    const { statements, results } = fullSession(strict, 88.8);
    expect(results[1]!.verb.id).toBe(CMI5_VERBS.failed.id);
    expect(results[1]!.context?.extensions?.[CMI5.masteryScore]).toBe(0.9);
    expect(cmi5Violations(statements, expectations(strict))).toEqual([]);
    expect(attemptVerdict(fullSession(strict, 95).attempt, 0.9)).toEqual({ scaled: 0.95, success: true });
    const browse = session({ launchMode: 'Browse' });
    expect(fullSession(browse, 88.8).results).toEqual([]);
  });

  it('names the broken rules', () => {
    const s = session();
    const { statements } = fullSession(s, 88.8);
    const passed = statements.find((st) => st.verb.id === CMI5_VERBS.passed.id && st.object.id === AU)!;
    const completed = statements.find((st) => st.verb.id === CMI5_VERBS.completed.id && st.object.id === AU)!;
    const scoredCompleted = { ...completed, result: { ...completed.result, score: { scaled: 1 } } };
    const noDuration = { ...passed, result: { score: { scaled: 0.9 }, success: true } };
    const bad = [statements[1]!, ...statements.slice(1, -1), scoredCompleted, noDuration, { ...passed, context: { ...passed.context, registration: undefined } }];
    expect(cmi5Violations(bad, expectations(s))).toEqual(
      expect.arrayContaining([
        'the first statement is not a cmi5 initialized',
        'the last statement is not a cmi5 terminated',
        '3 passed statements: at most one is allowed',
        '2 completed statements: at most one is allowed',
        expect.stringMatching(/\(completed\): a score is only allowed on passed or failed$/),
        expect.stringMatching(/\(passed\): missing result.duration$/),
        expect.stringMatching(/\(passed\): registration is not the launch's$/),
      ]),
    );
  });
});
