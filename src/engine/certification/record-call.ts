import { frozenRubricData, type AttemptRecord } from '../records/attempt-record.ts';
import { makeCallRecord } from '../records/make-call-record.ts';
import type { CallReport } from '../scoring/call-report.ts';
import { AttemptError } from './attempt-error.ts';
import { assertInProgress, nextScenario } from './attempt-progress.ts';
import { callJudge } from './pass-rules.ts';

/** What a call record needs that the report does not hold. */
export interface CallDetails {
  scenarioTitle: string;
  startedAt: string;
  endedAt: string;
  /** time spent in the call, which can be less than ended − started when it was resumed later */
  durationMs: number;
}

/** Record the attempt's next call, judged by the rules frozen at the start, never the live ones. */
export function recordCall(attempt: AttemptRecord, report: CallReport, details: CallDetails): AttemptRecord {
  assertInProgress(attempt);
  const scenarioId = nextScenario(attempt);
  if (scenarioId === undefined) throw new AttemptError('every call of this attempt has been played');
  const { track, storyHashes } = attempt.rules;
  const triggers = report.choices.flatMap((choice) => choice.triggers);
  const verdict = callJudge(track, frozenRubricData(attempt.rules))({ scores: report.scores, outcome: report.outcome, triggers });
  const call = makeCallRecord({
    kind: 'certification',
    traineeId: attempt.traineeId,
    candidate: attempt.candidate,
    trackId: attempt.trackId,
    attemptId: attempt.id,
    scenarioId,
    storyHash: storyHashes[scenarioId]!,
    ...details,
    passed: verdict.passed,
    report,
  });
  return { ...attempt, calls: [...attempt.calls, call], verdicts: [...attempt.verdicts, { scenarioId, ...verdict }], current: null };
}
