import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import { meanAssessed, type CallScores } from '../engine/scoring/call-score.ts';

/** The score keys in display order: the four rubrics, then overall. */
export const SCORE_KEYS = ['empathy', 'ownership', 'expectations', 'triggers', 'overall'] as const;

/** Each score averaged over an attempt's calls, to one decimal; undefined before its first call. */
export function attemptScores(attempt: AttemptRecord): CallScores | undefined {
  const { calls } = attempt;
  if (calls.length === 0) return undefined;
  // A rubric a call did not assess is left out of that rubric's mean, not counted as 100.
  const mean = (key: (typeof SCORE_KEYS)[number]) => {
    const value = meanAssessed(calls.map((call) => call.scores[key]));
    return value === null ? null : Math.round(value * 10) / 10;
  };
  return { empathy: mean('empathy'), ownership: mean('ownership'), expectations: mean('expectations'), triggers: mean('triggers') ?? 0, overall: mean('overall') ?? 0 };
}
