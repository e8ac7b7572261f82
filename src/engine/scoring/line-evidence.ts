import type { Analysis, Evidence } from '../analyzer/types.ts';
import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';
import type { RatedChoice } from './rate-choice.ts';

/** Evidence of a cue on one of the three rated rubrics (not a trigger). */
export type CueEvidence = Evidence & { kind: RatedRubric };

/** What the debrief may show of the analyzer's reading of a line, next to the ratings the line was scored with. */
export interface LineEvidence {
  /** cue words that agree with the ratings shown: all of them on rubrics the analyzer rated, and on rubrics the author rated those pointing the same way as the rating */
  shown: CueEvidence[];
  /** rubrics the scenario's author rated, in rubric order: the debrief says so */
  authorRated: RatedRubric[];
  /** cue words left out because they point against the author's rating of their rubric (a +1 cue beside a 0 or a −1) */
  overridden: CueEvidence[];
}

/**
 * Keep the analyzer's evidence from contradicting the ratings beside it. On a rubric the analyzer rated, the cues are the rating.
 * On a rubric the scenario's author rated, a cue is kept only if it points the same way as the author's rating: "so sorry" (+1)
 * beside +2 Empathy stays; "on invoice" (+1 Expectations) beside the author's 0 Expectations goes.
 */
export function lineEvidence(rated: Pick<RatedChoice, 'ratings' | 'sources'>, analysis: Analysis): LineEvidence {
  const authorRated = RATED_RUBRICS.filter((rubric) => rated.sources[rubric] === 'author');
  const agrees = (cue: CueEvidence) => rated.sources[cue.kind] === 'analyzer' || Math.sign(cue.polarity) === Math.sign(rated.ratings[cue.kind]);
  const cues = analysis.evidence.filter((e): e is CueEvidence => e.kind !== 'trigger');
  return { shown: cues.filter(agrees), authorRated, overridden: cues.filter((cue) => !agrees(cue)) };
}
