import type { CallRecord } from '../records/call-record.ts';
import type { AttemptStatus } from '../records/attempt-record.ts';
import type { Ratings } from '../schema/rubric-ids.ts';

/** Who a call belongs to, as far as its source tells. */
export interface TraineeRef {
  /** what the cohort's lines are keyed by: the trainee id, an LRS account ("account:" homePage and name), or "name:" and a normalised name */
  key: string;
  traineeId: string | null;
  name: string;
  /** the account's homePage when the call came from an LRS (the trainee group an LMS or company gives) */
  homePage: string | null;
}

/** One chosen line of a call: its authored choice number, ratings and triggers, and its text when the source gives it. */
export interface StepFact {
  choice: number;
  ratings: Ratings;
  triggers: string[];
  line: string | null;
}

/**
 * What the cohort summary knows of one finished call, whichever source it came from: a record in an export file or the xAPI
 * statements an LRS holds. Both carry the call record's id, so one call read from both is counted once.
 */
export interface CallFact {
  id: string;
  trainee: TraineeRef;
  kind: CallRecord['kind'];
  trackId: string | null;
  attemptId: string | null;
  scenarioId: string;
  scenarioTitle: string;
  /** when the call ended (the statements' timestamp) */
  endedAt: string;
  durationMs: number;
  outcome: CallRecord['outcome'];
  scores: CallRecord['scores'];
  /** trigger ids of the chosen lines: each distinct trigger once per line, as the call record keeps them */
  triggers: string[];
  passed: boolean | null;
  steps: StepFact[];
  source: 'file' | 'lrs';
}

/** One certification attempt as the summary counts it. */
export interface AttemptFact {
  id: string;
  trainee: TraineeRef;
  trackId: string;
  status: AttemptStatus;
  /** when it started, or (from an LRS, which does not say) when its first call ended */
  startedAt: string;
}

/** A call record as a call fact of its owner. */
export function factOfRecord(call: CallRecord, trainee: TraineeRef): CallFact {
  return {
    id: call.id,
    trainee,
    kind: call.kind,
    trackId: call.trackId,
    attemptId: call.attemptId,
    scenarioId: call.scenarioId,
    scenarioTitle: call.scenarioTitle,
    endedAt: call.endedAt,
    durationMs: call.durationMs,
    outcome: call.outcome,
    scores: call.scores,
    triggers: call.triggers,
    passed: call.passed,
    steps: call.choices.map((choice, i) => ({ choice: call.path[i]!, ratings: choice.ratings, triggers: choice.triggers, line: null })),
    source: 'file',
  };
}
