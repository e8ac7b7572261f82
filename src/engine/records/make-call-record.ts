import type { CallReport } from '../scoring/call-report.ts';
import { CallRecordSchema, type CallRecord, type CallStep } from './call-record.ts';
import { RECORD_FORMATS, RECORD_VERSION } from './record-format.ts';
import { recordId } from './record-id.ts';

/** Everything a call record holds besides what the call report gives. */
export interface CallRecordInput {
  kind: CallRecord['kind'];
  /** undefined only for a call of an attempt begun at record version 1, which had no trainee id: its calls stay at version 1 */
  traineeId: string | undefined;
  candidate: string;
  trackId: string | null;
  attemptId: string | null;
  scenarioId: string;
  scenarioTitle: string;
  storyHash: string;
  startedAt: string;
  endedAt: string;
  /** time spent in the call, which can be less than ended − started when it was resumed later */
  durationMs: number;
  passed: boolean | null;
  report: CallReport;
  /** the learning step a practice call was played in; left out of the record when absent, so other records keep their shape and ids */
  step?: CallStep | undefined;
}

/** Build a validated call record from a finished call's report; its id is derived from its content. */
export function makeCallRecord(input: CallRecordInput): CallRecord {
  const { report, step, ...about } = input;
  const content = {
    format: RECORD_FORMATS.call,
    version: about.traineeId === undefined ? 1 : RECORD_VERSION,
    ...about,
    candidate: about.candidate.trim(),
    outcome: report.outcome,
    scores: { ...report.scores },
    // Scoring counts each distinct trigger once per chosen line, so the record does too.
    triggers: report.choices.flatMap((choice) => [...new Set(choice.triggers)]),
    path: [...report.path],
    shuffle: report.shuffle,
    // A picked line's entry keeps the shape records had before typed replies, so its content (and its id) is as it was.
    choices: report.choices.map((choice) => ({ ratings: { ...choice.ratings }, triggers: [...choice.triggers], ...(choice.typed ? { said: choice.text } : {}) })),
    ...(step === undefined ? {} : { step }),
  };
  return CallRecordSchema.parse({ ...content, id: recordId(content) });
}
