import type { AttemptRecord } from '../records/attempt-record.ts';
import { attemptContentId } from '../records/stored-record.ts';
import { assertInProgress } from './attempt-progress.ts';

/** End an attempt: passed only if every scenario was played and every call passed; then seal it with its content id. */
export function finishAttempt(attempt: AttemptRecord, now: string): AttemptRecord {
  assertInProgress(attempt);
  const complete = attempt.calls.length === attempt.scenarioIds.length;
  const passed = complete && attempt.verdicts.every((verdict) => verdict.passed);
  const finished: AttemptRecord = { ...attempt, status: passed ? 'passed' : 'failed', endedAt: now, current: null };
  return { ...finished, contentId: attemptContentId(finished) };
}
