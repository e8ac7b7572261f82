import { attemptVerdict } from '../cmi5/cmi5-statements.ts';
import type { AttemptRecord } from '../records/attempt-record.ts';
import { isoDuration } from '../xapi/iso-duration.ts';

/** Data model elements and the values to set, in the order to set them. */
export type ScormValues = Array<readonly [element: string, value: string]>;

/** A real number as SCORM's `real(10,7)` wants it: at most seven decimals. */
const real = (n: number) => String(Math.round(n * 1e7) / 1e7);

/** While the attempt runs: incomplete, suspended on exit, how far it got, the time so far and the resume data. */
export function progressValues(attempt: AttemptRecord, sessionMs: number, suspendData: string): ScormValues {
  return [
    ['cmi.completion_status', 'incomplete'],
    ['cmi.progress_measure', real(attempt.calls.length / attempt.scenarioIds.length)],
    ['cmi.suspend_data', suspendData],
    ['cmi.session_time', isoDuration(sessionMs)],
    ['cmi.exit', 'suspend'],
  ];
}

/**
 * A finished attempt: completed, passed or failed (by the track's rules, or by the LMS's `cmi.scaled_passing_score` when it set
 * one), the score (mean overall ÷ 100 scaled, raw out of 100), the session time, and a normal exit.
 */
export function resultValues(attempt: AttemptRecord, sessionMs: number, scaledPassingScore: number | undefined): ScormValues {
  const { scaled, success } = attemptVerdict(attempt, scaledPassingScore);
  return [
    ['cmi.completion_status', 'completed'],
    ['cmi.progress_measure', '1'],
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', real(scaled * 100)],
    ['cmi.score.scaled', real(scaled)],
    ['cmi.success_status', success ? 'passed' : 'failed'],
    ['cmi.session_time', isoDuration(sessionMs)],
    ['cmi.exit', 'normal'],
  ];
}
