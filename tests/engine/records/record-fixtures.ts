import { startAttempt } from '../../../src/engine/certification/start-attempt.ts';
import { contentHash } from '../../../src/engine/hash.ts';
import type { AttemptRecord } from '../../../src/engine/records/attempt-record.ts';
import { makeCallRecord, type CallRecordInput } from '../../../src/engine/records/make-call-record.ts';
import type { CallRecord } from '../../../src/engine/records/call-record.ts';
import type { RubricData } from '../../../src/engine/schema/rubric-data.ts';
import { TrackSchema, type Track } from '../../../src/engine/schema/track.ts';
import type { CallReport } from '../../../src/engine/scoring/call-report.ts';
import type { CallScores } from '../../../src/engine/scoring/call-score.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

/** Trainee ids of the test trainees' browsers. */
export const ANN_ID = '0a0a0a0a-0000-4000-8000-00000000a001';
export const BOB_ID = '0b0b0b0b-0000-4000-8000-00000000b002';

/** Fixed times: tests never read the clock. */
export const T0 = '2025-03-01T09:00:00.000Z';

/** An ISO time `minutes` after T0. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

/** Scores that pass every mark of testTrack. */
export const goodScores: CallScores = { empathy: 90, ownership: 85, expectations: 80, triggers: 100, overall: 88.8 };

/** A call report with the given scores and per-choice triggers. */
export function fakeReport(props: { scores?: Partial<CallScores>; triggers?: string[][]; outcome?: CallReport['outcome'] } = {}): CallReport {
  const triggers = props.triggers ?? [[], []];
  return {
    path: triggers.map((_, i) => (i % 2) + 1),
    shuffle: 7,
    shown: triggers.map(() => [2, 1]),
    transcript: [{ speaker: 'customer', text: 'Hello?' }],
    choices: triggers.map((ids, i) => ({ text: `line ${i}`, ratings: { empathy: 1, ownership: 0, expectations: -1 }, triggers: ids })),
    outcome: props.outcome === undefined ? 'resolved' : props.outcome,
    mood: 1,
    scores: { ...goodScores, ...props.scores },
  };
}

/** A two-call fixed track with round marks; `change` edits a copy. */
export function testTrack(change: (track: Track) => void = () => {}): Track {
  // A copy: Zod 4 shares an object default's inner arrays between parses, so an edit could leak into later tracks.
  const track = structuredClone(
    TrackSchema.parse({
    format: 'frontline.track',
    version: 1,
    id: 'test-track',
    name: 'Test Track',
    description: 'Two calls for tests.',
    scenarios: { order: 'fixed', ids: ['alpha', 'beta'] },
    pass: { rubrics: { empathy: 70, ownership: 70, expectations: 70, triggers: 80 }, overall: 75 },
    attempts: { max: 3, waitMinutes: 60 },
    }),
  );
  change(track);
  return track;
}

/** The shipped rubric data, copied so a test may edit it. */
export function testData(): RubricData {
  return structuredClone(shippedRubrics().data);
}

/** Story hashes of the test scenarios. */
export const storyHashes: Record<string, string> = { alpha: contentHash('alpha v1'), beta: contentHash('beta v1'), gamma: contentHash('gamma v1') };

/** An attempt of testTrack started at `now`. */
export function testAttempt(props: { id?: string; traineeId?: string; candidate?: string; now?: string; attemptNumber?: number; track?: Track; data?: RubricData } = {}): AttemptRecord {
  return startAttempt({
    id: props.id ?? 'attempt-1',
    traineeId: props.traineeId ?? ANN_ID,
    candidate: props.candidate ?? 'Ann Example',
    track: props.track ?? testTrack(),
    data: props.data ?? testData(),
    storyHashes,
    now: props.now ?? T0,
    seed: 1,
    attemptNumber: props.attemptNumber ?? 1,
  });
}

/** A practice call record; `props` override the record's fields. */
export function practiceCall(props: Partial<Omit<CallRecordInput, 'report'>> & { report?: CallReport } = {}): CallRecord {
  return makeCallRecord({
    kind: 'practice',
    traineeId: ANN_ID,
    candidate: 'Ann Example',
    trackId: null,
    attemptId: null,
    scenarioId: 'alpha',
    scenarioTitle: 'Alpha Call',
    storyHash: storyHashes.alpha!,
    startedAt: T0,
    endedAt: at(5),
    durationMs: 300_000,
    passed: null,
    report: fakeReport(),
    ...props,
  });
}

/** Call details for the attempt's next call, `minutes` after T0. */
export function details(title: string, minutes = 10) {
  return { scenarioTitle: title, startedAt: at(minutes), endedAt: at(minutes + 4), durationMs: 240_000 };
}
