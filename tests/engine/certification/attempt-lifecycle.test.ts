import { describe, expect, it } from 'vitest';
import { AttemptError } from '../../../src/engine/certification/attempt-error.ts';
import { nextScenario, saveProgress } from '../../../src/engine/certification/attempt-progress.ts';
import { canStartAttempt } from '../../../src/engine/certification/can-start-attempt.ts';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import { resumeCheck } from '../../../src/engine/certification/resume-check.ts';
import { attemptSeed, frozenRubricHash, startAttempt } from '../../../src/engine/certification/start-attempt.ts';
import { scenariosForAttempt } from '../../../src/engine/certification/draw-scenarios.ts';
import { frozenRubricData, type AttemptRecord } from '../../../src/engine/records/attempt-record.ts';
import { readRecord } from '../../../src/engine/records/read-records.ts';
import { verifyRecordId } from '../../../src/engine/records/stored-record.ts';
import { reportCall } from '../../../src/engine/scoring/call-report.ts';
import { rulesFromData } from '../../../src/engine/scoring/rules-from-data.ts';
import { StorySession } from '../../../src/engine/story/session.ts';
import { compileFixture, neutralRater } from '../../helpers/fixtures.ts';
import { ANN_ID, at, details, fakeReport, storyHashes, T0, testAttempt, testData, testTrack } from '../records/record-fixtures.ts';

/** Play both calls of a test attempt with these reports, then finish it. */
function played(attempt: AttemptRecord, first = fakeReport(), second = fakeReport()): AttemptRecord {
  const one = recordCall(attempt, first, details('Alpha Call', 10));
  return finishAttempt(recordCall(one, second, details('Beta Call', 20)), at(30));
}

/** Store and read back, as the browser does between sessions. */
function reloaded(attempt: AttemptRecord): AttemptRecord {
  const result = readRecord(JSON.parse(JSON.stringify(attempt)));
  if (!result.ok || result.record.format !== 'frontline.attempt') throw new Error(`unreadable attempt: ${result.ok ? 'a call' : result.reason}`);
  return result.record;
}

describe('canStartAttempt', () => {
  const track = testTrack();
  const when = (iso: string) => `«${iso}»`;
  const failedAt = (n: number, startMinute: number) => played(testAttempt({ id: `a${n}`, attemptNumber: n, now: at(startMinute) }), fakeReport({ scores: { empathy: 10 } }));

  it('lets a first attempt start', () => {
    expect(canStartAttempt([], track, T0, when)).toEqual({ ok: true, attemptNumber: 1 });
  });

  it('refuses a new attempt while one is in progress: it must be resumed, not restarted', () => {
    const check = canStartAttempt([testAttempt({ id: 'open' })], track, at(600), when);
    expect(check).toMatchObject({ ok: false, code: 'in_progress', attemptId: 'open' });
    expect(check.ok ? '' : check.reason).toMatch(/Attempt 1 at Test Track is still in progress\. Resume it: an attempt cannot be restarted\./);
  });

  it('makes the candidate wait the track minutes after the last attempt ended', () => {
    const first = failedAt(1, 0); // ended at minute 30
    expect(first.status).toBe('failed');
    expect(canStartAttempt([first], track, at(89), when)).toEqual({
      ok: false,
      code: 'must_wait',
      until: at(90),
      reason: `The next attempt at Test Track can start on «${at(90)}», 60 minutes after the last one ended.`,
    });
    expect(canStartAttempt([first], track, at(90), when)).toEqual({ ok: true, attemptNumber: 2 });
  });

  it('refuses once every allowed attempt is used, however long the wait', () => {
    const used = [failedAt(1, 0), failedAt(2, 100), failedAt(3, 200)];
    expect(canStartAttempt(used, track, at(100_000), when)).toEqual({ ok: false, code: 'limit_reached', reason: 'All 3 attempts allowed at Test Track have been used.' });
    const generous = testTrack((t) => {
      t.attempts.max = 4;
    });
    expect(canStartAttempt(used, generous, at(100_000), when)).toEqual({ ok: true, attemptNumber: 4 });
  });

  it('says when the next attempt can start in the words the caller gives it, such as a local date and time, never as ISO text', () => {
    const local = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' });
    const check = canStartAttempt([failedAt(1, 0)], track, at(89), (iso) => local.format(new Date(iso)));
    expect(check.ok ? '' : check.reason).toBe('The next attempt at Test Track can start on Saturday, 1 March 2025 at 11:30, 60 minutes after the last one ended.');
    expect(check.ok ? '' : check.reason).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it('counts only attempts at this track', () => {
    const other = testTrack((t) => {
      t.id = 'other-track';
    });
    expect(canStartAttempt([testAttempt()], other, T0, when)).toEqual({ ok: true, attemptNumber: 1 });
  });
});

describe('startAttempt', () => {
  it('freezes the rubric data, the track and the hash of each drawn story', () => {
    const attempt = testAttempt();
    expect(attempt).toMatchObject({ status: 'in_progress', attemptNumber: 1, scenarioIds: ['alpha', 'beta'], calls: [], current: null, contentId: null, endedAt: null });
    expect(attempt.rules.track).toEqual(testTrack());
    expect(attempt.rules.rubricData).toEqual(testData());
    expect(attempt.rules.rubricHash).toBe(frozenRubricHash(testData()));
    expect(attempt.rules.storyHashes).toEqual({ alpha: storyHashes.alpha, beta: storyHashes.beta });
  });

  it('draws a pool with the track seed plus the attempt number when the track fixes one, else with the given seed', () => {
    const pooled = testTrack((t) => {
      t.scenarios = { order: 'pool', pool: ['alpha', 'beta', 'gamma'], draw: 2, seed: 40 };
    });
    expect(attemptSeed(pooled, 2, 999)).toBe(42);
    const attempt = testAttempt({ track: pooled, attemptNumber: 2 });
    expect(attempt.seed).toBe(42);
    expect(attempt.scenarioIds).toEqual(scenariosForAttempt(pooled, 42));
    expect(Object.keys(attempt.rules.storyHashes).sort()).toEqual([...attempt.scenarioIds].sort());
    expect(attemptSeed(testTrack(), 2, 999)).toBe(999);
  });

  it('refuses to start without a compiled story for every scenario', () => {
    const track = testTrack((t) => {
      t.scenarios = { order: 'fixed', ids: ['alpha', 'missing'] };
    });
    expect(() => testAttempt({ track })).toThrow(new AttemptError('cannot start Test Track: scenario "missing" has no compiled story'));
  });
});

describe('recordCall and finishAttempt', () => {
  it('passes an attempt whose every call passed, and seals it with a verifiable content id', () => {
    const attempt = played(testAttempt());
    expect(attempt.status).toBe('passed');
    expect(attempt.endedAt).toBe(at(30));
    expect(attempt.verdicts).toEqual([
      { scenarioId: 'alpha', passed: true, reasons: [] },
      { scenarioId: 'beta', passed: true, reasons: [] },
    ]);
    expect(attempt.calls.map((c) => [c.kind, c.scenarioId, c.scenarioTitle, c.attemptId, c.trackId, c.passed, c.storyHash])).toEqual([
      ['certification', 'alpha', 'Alpha Call', 'attempt-1', 'test-track', true, storyHashes.alpha],
      ['certification', 'beta', 'Beta Call', 'attempt-1', 'test-track', true, storyHashes.beta],
    ]);
    expect(attempt.contentId).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(verifyRecordId(attempt)).toBe(true);
    expect(verifyRecordId({ ...attempt, candidate: 'Someone Else' })).toBe(false);
    expect(reloaded(attempt)).toEqual(attempt);
  });

  it('fails the attempt when one call fails, with the reasons per call', () => {
    const attempt = played(testAttempt(), fakeReport(), fakeReport({ scores: { triggers: 75 }, triggers: [['calm_down'], []] }));
    expect(attempt.status).toBe('failed');
    expect(attempt.verdicts[1]).toEqual({ scenarioId: 'beta', passed: false, reasons: ['Trigger phrases: you scored 75%, and the pass mark is 80%.', 'You said something that fails a call on its own: “telling the customer how to feel”.'] });
  });

  it('fails a blocker used once even with every score above its mark', () => {
    const attempt = recordCall(testAttempt(), fakeReport({ triggers: [[], ['youre_wrong']] }), details('Alpha Call'));
    expect(attempt.verdicts[0]).toEqual({ scenarioId: 'alpha', passed: false, reasons: ['You said something that fails a call on its own: “invalidating the customer”.'] });
    expect(attempt.calls[0]!.triggers).toEqual(['youre_wrong']);
  });

  it('fails an attempt finished before every call was played', () => {
    const early = finishAttempt(recordCall(testAttempt(), fakeReport(), details('Alpha Call')), at(15));
    expect(early.status).toBe('failed');
    expect(early.calls).toHaveLength(1);
    expect(early.scenarioIds).toHaveLength(2);
  });

  it('refuses calls beyond the attempt and steps on a finished attempt', () => {
    const two = recordCall(recordCall(testAttempt(), fakeReport(), details('Alpha Call')), fakeReport(), details('Beta Call'));
    expect(nextScenario(two)).toBeUndefined();
    expect(() => recordCall(two, fakeReport(), details('Gamma'))).toThrow(/every call of this attempt has been played/);
    const done = finishAttempt(two, at(30));
    expect(() => recordCall(done, fakeReport(), details('Alpha Call'))).toThrow(/attempt 1 at Test Track has ended \(passed\)/);
    expect(() => finishAttempt(done, at(31))).toThrow(AttemptError);
  });
});

describe('frozen rules', () => {
  // Passes under the original rules: all marks met, and "whatever" is no blocker by default.
  const report = fakeReport({ scores: { empathy: 72, overall: 80 }, triggers: [['whatever'], []] });

  it('judges a past attempt by the rules of its start, whatever a trainer edits later', () => {
    const track = testTrack();
    const data = testData();
    const attempt = testAttempt({ track, data });
    // The trainer tightens the live track and makes "whatever" a blocker in the live data.
    track.pass.rubrics.empathy = 95;
    track.pass.overall = 95;
    track.pass.blockers.add.push('whatever');
    data.triggers.find((t) => t.id === 'whatever')!.blocker = true;
    data.weights.empathy = 50;

    const underFrozen = played(reloaded(attempt), report);
    expect(underFrozen.rules.track).toEqual(testTrack());
    expect(underFrozen.verdicts[0]).toEqual({ scenarioId: 'alpha', passed: true, reasons: [] });
    expect(underFrozen.status).toBe('passed');

    // Control: the same call in an attempt started under the edited rules fails, so the check above can fail.
    const underEdited = played(testAttempt({ track, data }), report);
    expect(underEdited.status).toBe('failed');
    expect(underEdited.verdicts[0]!.reasons).toEqual([
      'Empathy: you scored 72%, and the pass mark is 95%.',
      'Overall: you scored 80%, and the pass mark is 95%.',
      'You said something that fails a call on its own: “dismissing the concern”.',
    ]);
  });

  it('keeps a finished result verifiable: editing the stored verdict breaks its content id', () => {
    const attempt = played(testAttempt(), fakeReport({ scores: { empathy: 10 } }));
    const forged = { ...attempt, status: 'passed' as const, verdicts: attempt.verdicts.map((v) => ({ ...v, passed: true, reasons: [] })) };
    expect(readRecord(JSON.parse(JSON.stringify(forged)))).toMatchObject({ ok: false });
  });
});

describe('resuming a call in progress', () => {
  const tiny = compileFixture('tiny.ink').json;
  const hub = compileFixture('hub-loop.ink').json;
  const data = testData();
  const track = testTrack((t) => {
    t.scenarios = { order: 'fixed', ids: ['tiny', 'hub-loop'] };
  });
  const hashes = { tiny: StorySession.start(tiny, { file: 'tiny.ink', rubricHash: 'x' }).storyHash, 'hub-loop': StorySession.start(hub, { file: 'hub-loop.ink', rubricHash: 'x' }).storyHash };
  const begin = () => startAttempt({ id: 'run-1', traineeId: ANN_ID, candidate: 'Ann Example', track, data, storyHashes: hashes, now: T0, seed: 1, attemptNumber: 1 });

  it('saves after a choice and resumes the same call at the same line after a reload', () => {
    const attempt = begin();
    const options = { file: 'tiny.ink', rubricHash: attempt.rules.rubricHash };
    const session = StorySession.start(tiny, options);
    session.choose(0);
    const saved = reloaded(saveProgress(attempt, session.snapshot()));
    expect(saved.current?.index).toBe(0);

    const check = resumeCheck(saved, hashes);
    if (!check.ok) throw new Error(check.reason);
    expect(check).toMatchObject({ index: 0, scenarioId: 'tiny' });
    const resumed = StorySession.restore(tiny, check.snapshot, options);
    expect(resumed.transcript).toEqual(session.transcript);
    expect(resumed.choices.map((c) => c.text)).toEqual(['It will arrive by Friday.', 'No idea.']);
    resumed.choose(0);

    const report = reportCall(resumed, neutralRater, rulesFromData(frozenRubricData(saved.rules)));
    const after = recordCall(saved, report, details('Tiny Call'));
    expect(after.current).toBeNull();
    expect(after.calls[0]).toMatchObject({ path: [1, 1], outcome: 'resolved', passed: true, scores: { overall: 100 } });
    expect(resumeCheck(after, hashes)).toMatchObject({ ok: true, index: 1, scenarioId: 'hub-loop', snapshot: null });
  });

  it('refuses to resume against a changed or missing story it has yet to play, but not one already played', () => {
    const attempt = begin();
    expect(resumeCheck(attempt, { ...hashes, 'hub-loop': 'f'.repeat(64) })).toEqual({
      ok: false,
      reason: 'Attempt 1 at Test Track cannot resume: scenario "hub-loop" has changed since the attempt started, and an attempt cannot continue against a changed story.',
    });
    expect(resumeCheck(attempt, { tiny: hashes.tiny })).toMatchObject({ ok: false, reason: expect.stringMatching(/"hub-loop" is no longer available/) });
    const afterTiny = recordCall(attempt, fakeReport(), details('Tiny Call'));
    expect(resumeCheck(afterTiny, { ...hashes, tiny: 'f'.repeat(64) })).toMatchObject({ ok: true, scenarioId: 'hub-loop' });
    const finished = finishAttempt(afterTiny, at(40));
    expect(resumeCheck(finished, hashes)).toEqual({ ok: false, reason: 'Attempt 1 at Test Track has already ended (failed).' });
  });

  it('refuses to save a session of another scenario, story version or rubric data', () => {
    const attempt = begin();
    const hubSession = StorySession.start(hub, { file: 'hub-loop.ink', rubricHash: attempt.rules.rubricHash });
    expect(() => saveProgress(attempt, hubSession.snapshot())).toThrow(/on scenario "tiny", not "hub-loop"/);
    const otherRubrics = StorySession.start(tiny, { file: 'tiny.ink', rubricHash: 'other' });
    expect(() => saveProgress(attempt, otherRubrics.snapshot())).toThrow(/scored with other rubric data/);
    const edited = { ...otherRubrics.snapshot(), rubricHash: attempt.rules.rubricHash, storyHash: 'e'.repeat(64) };
    expect(() => saveProgress(attempt, edited)).toThrow(/another version of the story/);
  });
});
