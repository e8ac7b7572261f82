import { describe, expect, it } from 'vitest';
import { makeStepRecord, readStepRecord, StepRecordSchema } from '../../../src/engine/learn/step-record.ts';
import { stepsDone } from '../../../src/engine/learn/steps-done.ts';
import { CallRecordSchema } from '../../../src/engine/records/call-record.ts';
import { readRecord } from '../../../src/engine/records/read-records.ts';
import { callRecordId } from '../../../src/engine/records/stored-record.ts';
import { practiceCall } from '../records/record-fixtures.ts';

const TRAINEE = '3f2b8c1e-4a5d-4e6f-8a9b-0c1d2e3f4a5b';
const watch = () =>
  makeStepRecord({
    step: 'watch',
    traineeId: TRAINEE,
    candidate: ' Ada Lovelace ',
    scenarioId: 'missing-order',
    scenarioTitle: 'Missing order',
    storyHash: 'a'.repeat(64),
    startedAt: '2026-11-30T09:00:00.000Z',
    endedAt: '2026-11-30T09:05:00.000Z',
    right: 4,
    of: 6,
    seed: null,
  });

describe('learning steps in the records', () => {
  it('a Follow or Solo call record names its step; one without a step keeps its shape and its id', () => {
    const plain = practiceCall();
    expect('step' in plain).toBe(false);
    expect(readRecord(plain)).toEqual({ ok: true, record: plain });
    const follow = practiceCall({ step: 'follow' });
    expect(follow.step).toBe('follow');
    expect(follow.id).toBe(callRecordId(follow));
    expect(follow.id).not.toBe(plain.id);
    expect(readRecord(follow)).toEqual({ ok: true, record: follow });
    // Editing the step afterwards breaks the id, as any edit does.
    expect(readRecord({ ...follow, step: 'solo' })).toMatchObject({ ok: false, reason: expect.stringMatching(/id does not match/) });
    expect(CallRecordSchema.safeParse({ ...plain, step: 'watch' }).success).toBe(false);
  });

  it('a certification call is never played in a learning step', () => {
    const parsed = CallRecordSchema.safeParse({ ...practiceCall(), kind: 'certification', trackId: 't', attemptId: 'a', passed: true, step: 'solo' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain('a certification call is not played in a learning step');
  });

  it('a Watch or Teach record is checked against its schema and its id', () => {
    const record = watch();
    expect(record.candidate).toBe('Ada Lovelace');
    expect(readStepRecord(record)).toEqual({ ok: true, record });
    expect(readStepRecord({ ...record, right: 5 })).toEqual({ ok: false, reason: 'its id does not match its content: it was edited or damaged' });
    expect(readStepRecord({ ...record, right: 7 })).toMatchObject({ ok: false, reason: expect.stringContaining('right: expected at most 6') });
    expect(StepRecordSchema.safeParse({ ...record, seed: 3 }).success).toBe(false);
    expect(() => makeStepRecord({ ...record, step: 'teach', seed: null })).toThrow(/Teach record names the seed/);
  });

  it('the steps done per scenario come from Follow and Solo calls and from Watch and Teach records', () => {
    const done = stepsDone([practiceCall({ step: 'solo' }), practiceCall(), practiceCall({ scenarioId: 'irate-caller', step: 'follow' })], [watch()]);
    expect([...done.get('alpha')!]).toEqual(['solo']);
    expect([...done.get('missing-order')!]).toEqual(['watch']);
    expect([...done.get('irate-caller')!]).toEqual(['follow']);
  });
});
