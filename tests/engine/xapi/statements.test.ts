import { describe, expect, it } from 'vitest';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import { callStatements, type StatementContext } from '../../../src/engine/xapi/call-statements.ts';
import { isoDuration } from '../../../src/engine/xapi/iso-duration.ts';
import { statementId } from '../../../src/engine/xapi/statement-id.ts';
import { VERBS, extensionIris } from '../../../src/engine/xapi/xapi-iris.ts';
import { XapiStatementSchema } from '../../../src/engine/xapi/xapi-statement.ts';
import { details, fakeReport, practiceCall, testAttempt } from '../records/record-fixtures.ts';
import { xapiWarnings } from './xapi-validate.ts';

const ROOT = 'https://frontline.example/xapi';
const ctx: StatementContext = { actor: { objectType: 'Agent', name: 'Ann Example', account: { homePage: 'https://lms.example', name: 'ann' } }, activityRoot: ROOT, registration: '3b6f2a1c-0d4e-4f5a-8b6c-7d8e9f0a1b2c' };
const ext = extensionIris(ROOT);

function certificationCall(passing: boolean) {
  const report = fakeReport({ scores: passing ? {} : { empathy: 10, overall: 40 }, triggers: [['minor_slip'], []] });
  const attempt = recordCall(testAttempt(), report, details('Alpha Call'));
  return { call: attempt.calls[0]!, lines: report.choices.map((c) => c.text), attempt };
}

describe('isoDuration', () => {
  it('writes hours, minutes and seconds to the hundredth', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(240_000)).toBe('PT4M');
    expect(isoDuration(3_725_250)).toBe('PT1H2M5.25S');
    expect(isoDuration(7_200_000)).toBe('PT2H');
  });
});

describe('statementId', () => {
  it('is a stable version-5-layout UUID per name', () => {
    const id = statementId('x/completed');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(statementId('x/completed')).toBe(id);
    expect(statementId('x/passed')).not.toBe(id);
  });
});

describe('callStatements', () => {
  it('reports a passed certification call: answered per line, completed, passed with score, success, completion, duration and rubric extensions', () => {
    const { call, lines } = certificationCall(true);
    const statements = callStatements(call, lines, ctx, 'Test Track');
    expect(statements.map((s) => s.verb.id)).toEqual([VERBS.answered.id, VERBS.answered.id, VERBS.completed.id, VERBS.passed.id]);
    for (const s of statements) {
      expect(xapiWarnings(s)).toEqual([]);
      expect(XapiStatementSchema.parse(s)).toEqual(s);
      expect(s.context?.registration).toBe(ctx.registration);
      expect(s.context?.contextActivities?.grouping?.[0]?.id).toBe(`${ROOT}/tracks/test-track`);
    }
    const passed = statements[3]!;
    expect(passed.object.id).toBe(`${ROOT}/scenarios/alpha`);
    expect(passed.result).toEqual({
      score: { scaled: 0.888, raw: 88.8, min: 0, max: 100 },
      success: true,
      completion: true,
      duration: 'PT4M',
      extensions: { [ext.empathy]: 90, [ext.ownership]: 85, [ext.expectations]: 80, [ext.triggers]: 100, [ext.overall]: 88.8, [ext.outcome]: 'resolved' },
    });
    const completed = statements[2]!;
    expect(completed.result?.score).toBeUndefined();
    expect(completed.result).toMatchObject({ completion: true, duration: 'PT4M' });
  });

  it('puts each chosen line on a cmi.interaction choice activity, with ratings and triggers in extensions', () => {
    const { call, lines } = certificationCall(true);
    const [first, second] = callStatements(call, lines, ctx);
    expect(first!.object).toEqual({
      objectType: 'Activity',
      id: `${ROOT}/scenarios/alpha/choices/1`,
      definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: 'choice', name: { 'en-US': 'Alpha Call: choice 1' } },
    });
    expect(first!.result).toEqual({ response: 'line 0', extensions: { [ext.ratings]: { empathy: 1, ownership: 0, expectations: -1 }, [ext.triggerIds]: ['minor_slip'], [ext.choiceNumber]: 1 } });
    expect(second!.result?.extensions?.[ext.choiceNumber]).toBe(2);
    expect(first!.context?.contextActivities?.parent?.[0]?.id).toBe(`${ROOT}/scenarios/alpha`);
  });

  it('reports a failed call with failed and success false', () => {
    const { call, lines } = certificationCall(false);
    const last = callStatements(call, lines, ctx).at(-1)!;
    expect(last.verb).toEqual(VERBS.failed);
    expect(last.result).toMatchObject({ success: false, score: { scaled: 0.4 } });
    expect(xapiWarnings(last)).toEqual([]);
  });

  it('reports a practice call with completed only, and no registration when none is given', () => {
    const call = practiceCall();
    const statements = callStatements(call, ['a', 'b'], { actor: ctx.actor, activityRoot: ROOT });
    expect(statements.map((s) => s.verb.id)).toEqual([VERBS.answered.id, VERBS.answered.id, VERBS.completed.id]);
    for (const s of statements) {
      expect(xapiWarnings(s)).toEqual([]);
      expect(s.context?.registration).toBeUndefined();
    }
  });

  it('gives the same ids when rebuilt and different ids for another call', () => {
    const { call, lines, attempt } = certificationCall(true);
    const ids = callStatements(call, lines, ctx).map((s) => s.id);
    expect(callStatements(structuredClone(call), lines, ctx).map((s) => s.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const next = finishAttempt(recordCall(attempt, fakeReport(), details('Beta Call', 20)), details('x', 30).endedAt);
    const other = callStatements(next.calls[1]!, lines, ctx).map((s) => s.id);
    expect(other.some((id) => ids.includes(id))).toBe(false);
  });

  it('is flagged by xapi-validation when a statement is broken, so the checks above can fail', () => {
    const { call, lines } = certificationCall(true);
    const broken = { ...callStatements(call, lines, ctx)[3]!, result: { score: { scaled: 2 }, duration: '4 minutes' } };
    expect(xapiWarnings(broken).length).toBeGreaterThan(0);
  });
});
