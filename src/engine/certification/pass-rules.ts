import { SCORED_RUBRICS } from '../schema/rubric-ids.ts';
import type { RubricData } from '../schema/rubric-data.ts';
import type { Outcome } from '../schema/tags.ts';
import type { Track } from '../schema/track.ts';
import type { CallScores } from '../scoring/call-score.ts';

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

/** A call's verdict and every reason it failed. */
export interface CallVerdict {
  passed: boolean;
  reasons: string[];
}

/**
 * Judge one call against the track's marks: every rubric the call assessed, overall, outcome, and
 * no blocker. A rubric the call did not assess has no mark to meet: the trainee had no chance to
 * show it, so it neither passes nor fails the call.
 */
export function judgeCall(call: CallResult, track: Track, blockers: ReadonlySet<string>): CallVerdict {
  const reasons: string[] = [];
  for (const rubric of SCORED_RUBRICS) {
    const mark = track.pass.rubrics[rubric];
    const score = call.scores[rubric];
    if (score !== null && score < mark) reasons.push(`${rubric} ${score} is below the pass mark of ${mark}`);
  }
  if (call.scores.overall < track.pass.overall) reasons.push(`overall ${call.scores.overall} is below the pass mark of ${track.pass.overall}`);
  if (!call.outcome || !track.pass.outcomes.includes(call.outcome)) {
    reasons.push(`the call ended ${call.outcome ?? 'without an outcome'}; passing outcomes: ${track.pass.outcomes.join(', ')}`);
  }
  const used = [...new Set(call.triggers.filter((id) => blockers.has(id)))];
  if (used.length > 0) reasons.push(`blocker trigger used: ${used.join(', ')}`);
  return { passed: reasons.length === 0, reasons };
}
