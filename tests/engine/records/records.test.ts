import { describe, expect, it } from 'vitest';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import { CallRecordSchema } from '../../../src/engine/records/call-record.ts';
import { canonicalJson } from '../../../src/engine/records/canonical-json.ts';
import { readRecords } from '../../../src/engine/records/read-records.ts';
import { recordId } from '../../../src/engine/records/record-id.ts';
import { callRecordId, verifyRecordId } from '../../../src/engine/records/stored-record.ts';
import { ANN_ID, at, details, fakeReport, practiceCall, T0, testAttempt } from './record-fixtures.ts';

const ID = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe('call records', () => {
  it('hold who, what, when and how the call scored', () => {
    const call = practiceCall({ report: fakeReport({ triggers: [['whatever', 'whatever', 'calm_down'], ['whatever']] }) });
    expect(call).toMatchObject({
      format: 'frontline.call-record',
      version: 2,
      kind: 'practice',
      traineeId: ANN_ID,
      candidate: 'Ann Example',
      trackId: null,
      attemptId: null,
      passed: null,
      scenarioId: 'alpha',
      startedAt: T0,
      durationMs: 300_000,
      outcome: 'resolved',
      path: [1, 2],
      // once per line, as scoring counts them; repeats across lines kept
      triggers: ['whatever', 'calm_down', 'whatever'],
    });
    expect(call.choices[0]).toEqual({ ratings: { empathy: 1, ownership: 0, expectations: -1 }, triggers: ['whatever', 'whatever', 'calm_down'] });
  });

  it('refuse contradictions: a practice verdict, a certification call without a track, an end before the start', () => {
    const call = practiceCall();
    const issues = (value: object) => CallRecordSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ ...call, passed: true })).toEqual(['passed: a practice call has no verdict']);
    expect(issues({ ...call, kind: 'certification', passed: false })).toEqual([
      'trackId: a certification call names its track',
      'attemptId: a certification call names its attempt',
    ]);
    expect(issues({ ...call, endedAt: '2025-03-01T08:59:59.000Z' })).toEqual(['endedAt: the call ends before it starts']);
    expect(issues({ ...call, path: [1] })).toEqual(['choices: expected one entry per step of the path (1)']);
  });
});

describe('the shown order in records', () => {
  it('keeps the call\'s shuffle seed in its record and in the attempt, and still reads records made before it', () => {
    const call = practiceCall({ report: fakeReport() });
    expect(call.shuffle).toBe(7);
    const attempt = recordCall(testAttempt(), fakeReport(), details('Alpha Call', 10));
    expect(attempt.calls[0]!.shuffle).toBe(7);
    const { shuffle: _shuffle, ...older } = call;
    expect(CallRecordSchema.safeParse(older).success).toBe(true);
    expect(CallRecordSchema.safeParse({ ...call, shuffle: -1 }).success).toBe(false);
  });
});

describe('record ids', () => {
  it('are 16 base32 characters derived from the content, whatever the key order', () => {
    const call = practiceCall();
    expect(call.id).toMatch(ID);
    expect(verifyRecordId(call)).toBe(true);
    const reordered = Object.fromEntries(Object.entries(call).reverse()) as typeof call;
    expect(callRecordId(reordered)).toBe(call.id);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(recordId({ a: 1 })).not.toBe(recordId({ a: 2 }));
  });

  it('stop matching when any content changes', () => {
    const call = practiceCall();
    expect(verifyRecordId({ ...call, scores: { ...call.scores, empathy: 100 } })).toBe(false);
    expect(verifyRecordId({ ...call, candidate: 'Ann Exampl' })).toBe(false);
    expect(practiceCall({ durationMs: 1 }).id).not.toBe(call.id);
  });

  it('leave an attempt in progress without a content id, but still check its calls', () => {
    const open = recordCall(testAttempt(), fakeReport(), details('Alpha Call'));
    expect(open.contentId).toBeNull();
    expect(verifyRecordId(open)).toBe(true);
    const call = open.calls[0]!;
    expect(verifyRecordId({ ...open, calls: [{ ...call, scores: { ...call.scores, overall: 100 } }] })).toBe(false);
    expect(finishAttempt(open, at(20)).contentId).toMatch(ID);
  });
});

describe('readRecords', () => {
  const call = practiceCall();
  const attempt = finishAttempt(recordCall(testAttempt(), fakeReport(), details('Alpha Call')), at(20));
  const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

  it('reads sound records and quarantines each damaged or foreign one with its reason, keeping the rest', () => {
    const exploding = {
      get format(): string {
        throw new Error('boom');
      },
    };
    const raw = [
      plain(call),
      { ...plain(call), version: 3 },
      null,
      'frontline',
      { format: 'frontline.settings', version: 1 },
      plain(attempt),
      { ...plain(call), scores: { ...call.scores, overall: 100 } },
      { ...plain(call), scores: { ...call.scores, empathy: 140 } },
      exploding,
      { ...plain(attempt), rules: { ...plain(attempt.rules), track: { ...plain(attempt.rules.track), version: 7 } } },
    ];
    const { records, quarantined } = readRecords(raw);
    expect(records).toEqual([call, attempt]);
    // In words for the trainee; the schema's own words kept apart for a trainer.
    expect(quarantined.map((q) => [q.index, q.reason, q.detail])).toEqual([
      [1, 'it was written by a newer version of Frontline', 'frontline.call-record version 3; this build reads versions 1 and 2'],
      [2, 'it is not a Frontline record', undefined],
      [3, 'it is not a Frontline record', undefined],
      [4, 'it is not a Frontline record of this kind', 'format "frontline.settings"; expected frontline.call-record or frontline.attempt'],
      [6, 'its id does not match its content: it was edited or damaged', undefined],
      [7, 'it is damaged: the empathy score is out of range', 'scores.empathy: Too big: expected number to be <=100'],
      [8, 'it could not be read (boom)', undefined],
      [9, 'it is damaged: the copy of the rules frozen into it is not valid', 'rules.track.version: Invalid input: expected 1'],
    ]);
    expect(quarantined[0]!.raw).toBe(raw[1]);
  });

  it('can insist on one kind of record', () => {
    const { records, quarantined } = readRecords([plain(attempt), plain(call)], ['frontline.call-record']);
    expect(records).toEqual([call]);
    expect(quarantined[0]!.detail).toMatch(/format "frontline.attempt"; expected frontline.call-record/);
  });
});
