import { SCORED_RUBRICS, type ScoredRubric } from '../schema/rubric-ids.ts';
import type { RubricData } from '../schema/rubric-data.ts';
import type { Outcome } from '../schema/tags.ts';
import type { Track } from '../schema/track.ts';
import type { CallScores } from '../scoring/call-score.ts';
import { failureWords } from './failure-words.ts';

/** Trigger ids that fail a call on this track: the data file's defaults, plus and minus the track's. */
export function blockersFor(track: Track, data: RubricData): Set<string> {
  const blockers = new Set(data.triggers.filter((t) => t.blocker).map((t) => t.id));
  for (const id of track.pass.blockers.add) blockers.add(id);
  for (const id of track.pass.blockers.remove) blockers.delete(id);
  return blockers;
}

/** What decides a certification call. */
export interface CallResult {
  scores: CallScores;
  outcome: Outcome | null;
  /** trigger ids of every chosen line, repeats included */
  triggers: readonly string[];
}

/** One way a call missed the track's rules. */
export type CallFailure =
  | { kind: 'mark'; rubric: ScoredRubric | 'overall'; score: number; mark: number }
  | { kind: 'outcome'; outcome: Outcome | null; passing: readonly Outcome[] }
  | { kind: 'blocker'; triggers: string[] };

/** A call's verdict and every reason it failed, in words for the candidate. */
export interface CallVerdict {
  passed: boolean;
  reasons: string[];
}

/**
 * Every way a call misses the track's marks: each rubric the call assessed, overall, the outcome, and blockers used. A rubric the
 * call did not assess has no mark to meet: the trainee had no chance to show it, so it neither passes nor fails the call.
 */
export function callFailures(call: CallResult, track: Track, blockers: ReadonlySet<string>): CallFailure[] {
  const failures: CallFailure[] = [];
  for (const rubric of SCORED_RUBRICS) {
    const mark = track.pass.rubrics[rubric];
    const score = call.scores[rubric];
    if (score !== null && score < mark) failures.push({ kind: 'mark', rubric, score, mark });
  }
  if (call.scores.overall < track.pass.overall) failures.push({ kind: 'mark', rubric: 'overall', score: call.scores.overall, mark: track.pass.overall });
  if (!call.outcome || !track.pass.outcomes.includes(call.outcome)) failures.push({ kind: 'outcome', outcome: call.outcome, passing: track.pass.outcomes });
  const used = [...new Set(call.triggers.filter((id) => blockers.has(id)))];
  if (used.length > 0) failures.push({ kind: 'blocker', triggers: used });
  return failures;
}

/** Judge one call against the track's marks and these blockers: passed when nothing failed. */
export function judgeCall(call: CallResult, track: Track, blockers: ReadonlySet<string>): { passed: boolean; failures: CallFailure[] } {
  const failures = callFailures(call, track, blockers);
  return { passed: failures.length === 0, failures };
}

/** A judge of calls against a track's marks and the rubric data's blockers, explaining failures with the data's family names. */
export function callJudge(track: Track, data: RubricData): (call: CallResult) => CallVerdict {
  const blockers = blockersFor(track, data);
  return (call) => {
    const { passed, failures } = judgeCall(call, track, blockers);
    return { passed, reasons: failures.map((failure) => failureWords(failure, data)) };
  };
}
