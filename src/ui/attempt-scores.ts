import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import type { CallScores } from '../engine/scoring/call-score.ts';

/** The score keys in display order: the four rubrics, then overall. */
export const SCORE_KEYS = ['empathy', 'ownership', 'expectations', 'triggers', 'overall'] as const;

/** Each score averaged over an attempt's calls, to one decimal; undefined before its first call. */
export function attemptScores(attempt: AttemptRecord): CallScores | undefined {
  const { calls } = attempt;
  if (calls.length === 0) return undefined;
  const mean = (key: (typeof SCORE_KEYS)[number]) => Math.round((calls.reduce((sum, call) => sum + call.scores[key], 0) / calls.length) * 10) / 10;
  return { empathy: mean('empathy'), ownership: mean('ownership'), expectations: mean('expectations'), triggers: mean('triggers'), overall: mean('overall') };
}
