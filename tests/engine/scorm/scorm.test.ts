import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { saveProgress } from '../../../src/engine/certification/attempt-progress.ts';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import type { AttemptRecord } from '../../../src/engine/records/attempt-record.ts';
import type { SessionSnapshot } from '../../../src/engine/schema/session.ts';
import { displayName, learnerKey, resumeData, ScormStartSchema } from '../../../src/engine/scorm/scorm-start.ts';
import { progressValues, resultValues } from '../../../src/engine/scorm/scorm-values.ts';
import { packSuspendData, SUSPEND_DATA_LIMIT, unpackSuspendData } from '../../../src/engine/scorm/suspend-data.ts';
import { at, details, fakeReport, testAttempt, testData, testTrack } from '../records/record-fixtures.ts';

/** Text that deflate cannot shrink much: a fixed pseudo-random run of letters and digits. */
function noise(length: number, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += ((x >>> 16) % 36).toString(36);
  }
  return out;
}

/** The attempt's next call in progress, with `beats` lines of transcript. */
function inProgress(attempt: AttemptRecord, beats: string[] = ['Hello, how can I help?']): AttemptRecord {
  const scenarioId = attempt.scenarioIds[attempt.calls.length]!;
  const snapshot: SessionSnapshot = {
    format: 'frontline.session',
    version: 1,
    scenarioId,
    storyHash: attempt.rules.storyHashes[scenarioId]!,
    rubricHash: attempt.rules.rubricHash,
    inkState: JSON.stringify({ flows: {}, currentFlowName: 'DEFAULT_FLOW' }),
    beats: beats.map((text) => ({ speaker: 'customer', text, sfx: [], mood: 0 })),
    choicePoints: [{ offered: [{ index: 0, text: 'I can fix that.', meta: { ratings: { ownership: 1 } } }], chosen: 0 }],
  };
  return saveProgress(attempt, snapshot);
}

const midRun = () => inProgress(recordCall(testAttempt(), fakeReport(), details('Alpha Call', 10)));
const storyHashes = testAttempt().rules.storyHashes;
const shipped = { rubricData: testData(), track: testTrack(), storyHashes };
const LEARNER = learnerKey({ learnerId: 'learner-42', learnerName: 'Hopper, Grace' });
const learnerTag = packSuspendData(midRun(), LEARNER).text.split('.')[2];
/** How this learner's pack of `kind` starts: `frontline2.KIND.LEARNER.` */
const head = (kind: string) => `frontline2.${kind}.${learnerTag}.`;
const deflatedJson = (value: unknown) => btoa(strFromU8(deflateSync(strToU8(JSON.stringify(value))), true));

describe('suspend_data packing', () => {
  it('packs a whole attempt in progress, deflated, and reads it back unchanged', () => {
    const attempt = midRun();
    const packed = packSuspendData(attempt, LEARNER);
    expect(packed.kind).toBe('full');
    expect(packed.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(packed.text.length).toBeLessThan(JSON.stringify(attempt).length / 2);
    expect(unpackSuspendData(packed.text, shipped, LEARNER)).toEqual({ ok: true, attempt });
  });

  it('leaves out the shipped rules when the whole attempt would not fit, and still resumes exactly', () => {
    const data = testData();
    data.help = [noise(120_000)];
    const attempt = inProgress(recordCall(testAttempt({ data }), fakeReport(), details('Alpha Call', 10)));
    const packed = packSuspendData(attempt, LEARNER);
    expect(packed.kind).toBe('lean');
    expect(packed.text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(unpackSuspendData(packed.text, { rubricData: data, track: testTrack(), storyHashes }, LEARNER)).toEqual({ ok: true, attempt });
    expect(unpackSuspendData(packed.text, shipped, LEARNER)).toMatchObject({ ok: false, reason: expect.stringMatching(/rubric data is not the one this course ships/) });
    expect(unpackSuspendData(packed.text, { rubricData: data, track: testTrack((t) => (t.pass.overall = 10)), storyHashes }, LEARNER)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/track \(its calls and pass marks\) is not the one this course ships/),
    });
  });

  it('falls back to naming the attempt kept in this browser when even the lean pack is too big, at the exact limit', () => {
    const attempt = inProgress(testAttempt(), [noise(100_000, 3)]);
    const packed = packSuspendData(attempt, LEARNER);
    expect(packed.kind === 'ref' && packed.text).toBe(`${head('ref')}${attempt.id}`);
    expect(unpackSuspendData(packed.text, shipped, LEARNER)).toEqual({ ok: true, attemptId: attempt.id });
    const full = packSuspendData(midRun(), LEARNER);
    expect(packSuspendData(midRun(), LEARNER, full.text.length).text === full.text).toBe(true);
    expect(packSuspendData(midRun(), LEARNER, full.text.length - 1).kind).toBe('lean');
  });

  it('refuses resume data it did not write, damaged or invalid', () => {
    expect(unpackSuspendData('{"calls":[]}', shipped, LEARNER)).toMatchObject({ ok: false, reason: expect.stringMatching(/did not write/) });
    expect(unpackSuspendData(`${head('full')}AAAA`, shipped, LEARNER)).toMatchObject({ ok: false, reason: expect.stringMatching(/damaged/) });
    const forged = deflatedJson({ ...midRun(), calls: [] });
    expect(unpackSuspendData(`${head('full')}${forged}`, shipped, LEARNER)).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid \(verdicts/) });
    const lean = deflatedJson({ rules: { rubricHash: 1 } });
    expect(unpackSuspendData(`${head('lean')}${lean}`, shipped, LEARNER)).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid \(rules\)/) });
  });

  it("refuses another learner's resume data, by learner id, or by name when the LMS gives no id", () => {
    const packed = packSuspendData(midRun(), LEARNER).text;
    const otherLearner = learnerKey({ learnerId: 'learner-43', learnerName: 'Hopper, Grace' });
    const refused = { ok: false, reason: 'the resume data the LMS returned was saved for another learner, so it was not used' };
    expect(unpackSuspendData(packed, shipped, otherLearner)).toEqual(refused);
    const ref = packSuspendData(inProgress(testAttempt(), [noise(100_000, 3)]), LEARNER).text;
    expect(unpackSuspendData(ref, shipped, otherLearner)).toEqual(refused);
    const byName = learnerKey({ learnerId: '', learnerName: 'Hopper,  Grace' });
    expect(byName).toBe(learnerKey({ learnerId: '', learnerName: 'hopper, grace' }));
    expect(unpackSuspendData(packSuspendData(midRun(), byName).text, shipped, learnerKey({ learnerId: '', learnerName: 'Lovelace, Ada' }))).toEqual(refused);
    expect(unpackSuspendData(packSuspendData(midRun(), byName).text, shipped, byName)).toMatchObject({ ok: true });
  });

  it('refuses a full pack whose frozen rules were edited or are not the ones the course ships', () => {
    const attempt = midRun();
    // An edited pass mark with the rubric hash left alone: the track no longer matches the shipped one.
    const easier = structuredClone(attempt);
    easier.rules.track.pass.overall = 1;
    expect(unpackSuspendData(`${head('full')}${deflatedJson(easier)}`, shipped, LEARNER)).toEqual({
      ok: false,
      reason: "the attempt's track (its calls and pass marks) is not the one this course ships, and an attempt cannot continue under other rules",
    });
    // Edited rubric data (a trigger's penalty) under the old hash: caught by the hash.
    const softer = structuredClone(attempt);
    softer.rules.rubricData.triggers[0]!.penalty = 0;
    expect(unpackSuspendData(`${head('full')}${deflatedJson(softer)}`, shipped, LEARNER)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/saved rubric data was changed after the attempt started/),
    });
    // The scenarios the course ships changed since the attempt started.
    const [first] = attempt.scenarioIds;
    expect(unpackSuspendData(packSuspendData(attempt, LEARNER).text, { ...shipped, storyHashes: { ...storyHashes, [first!]: 'f'.repeat(64) } }, LEARNER)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(new RegExp(`scenario "${first}" of the attempt is not the one this course ships`)),
    });
  });
});

describe('SCORM values', () => {
  it('reports progress as incomplete and suspended, with the resume data and an ISO 8601 session time', () => {
    const attempt = midRun();
    expect(progressValues(attempt, 125_340, 'x')).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', '0.5'],
      ['cmi.suspend_data', 'x'],
      ['cmi.session_time', 'PT2M5.34S'],
      ['cmi.exit', 'suspend'],
    ]);
  });

  it('reports a finished attempt: completed, passed or failed, scaled and raw score, normal exit', () => {
    let attempt = recordCall(testAttempt(), fakeReport({ scores: { overall: 88.8 } }), details('Alpha Call', 10));
    attempt = finishAttempt(recordCall(attempt, fakeReport({ scores: { overall: 80 } }), details('Beta Call', 20)), at(25));
    const values = Object.fromEntries(resultValues(attempt, 3_600_000, undefined));
    expect(values).toEqual({
      'cmi.completion_status': 'completed',
      'cmi.progress_measure': '1',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.raw': '84.4',
      'cmi.score.scaled': '0.844',
      'cmi.success_status': 'passed',
      'cmi.session_time': 'PT1H',
      'cmi.exit': 'normal',
    });
    expect(Object.fromEntries(resultValues(attempt, 1000, 0.9))['cmi.success_status']).toBe('failed');
    expect(resultValues(attempt, 0, undefined).at(-1)).toEqual(['cmi.exit', 'normal']);
  });
});

describe('SCORM launch values', () => {
  const start = (over: Record<string, string> = {}) => ScormStartSchema.safeParse({ entry: 'resume', learnerId: ' learner-42 ', learnerName: ' Hopper, Grace ', suspendData: 'frontline2.ref.0123456789abcdef.a', scaledPassingScore: '', ...over });

  it('reads what the LMS returns and resumes only when it asks for a resume', () => {
    const parsed = start();
    expect(parsed).toMatchObject({ success: true, data: { entry: 'resume', learnerId: 'learner-42', learnerName: 'Hopper, Grace', scaledPassingScore: undefined } });
    expect(resumeData(parsed.data!)).toBe('frontline2.ref.0123456789abcdef.a');
    expect(learnerKey(parsed.data!)).toBe(LEARNER);
    expect(resumeData(start({ entry: 'ab-initio' }).data!)).toBeUndefined();
    expect(resumeData(start({ suspendData: '' }).data!)).toBeUndefined();
    expect(start({ scaledPassingScore: '0.75' }).data?.scaledPassingScore).toBe(0.75);
    expect(displayName('Hopper, Grace')).toBe('Grace Hopper');
    expect(displayName('Grace Hopper')).toBe('Grace Hopper');
  });

  it('refuses values outside the data model', () => {
    expect(start({ entry: 'restart' }).success).toBe(false);
    expect(start({ scaledPassingScore: '1.5' }).success).toBe(false);
    expect(start({ scaledPassingScore: 'high' }).success).toBe(false);
    expect(start({ suspendData: 'x'.repeat(SUSPEND_DATA_LIMIT + 1) }).success).toBe(false);
  });
});
