import { RATED_RUBRICS, SCORED_RUBRICS, type ScoredRubric } from '../schema/rubric-ids.ts';
import type { Technique } from '../schema/rubric-data.ts';
import type { RatedChoice } from './rate-choice.ts';

/** A choice point as scoring sees it: every option rated, and the one picked. */
export interface ScoredPoint {
  offered: readonly RatedChoice[];
  chosen: number;
}

/** The parts of the rubric data that turn ratings into percentages, and the vocabulary choices are tagged with. */
export interface ScoringRules {
  weights: Record<ScoredRubric, number>;
  /** points off the trigger rubric, per trigger id */
  penalties: Readonly<Record<string, number>>;
  /** the techniques a `#technique:` tag may name (none when absent: every such tag is then an error) */
  techniques?: readonly Technique[];
}

/** A call's percentages (0–100) on the four rubrics and overall. */
export type CallScores = Record<ScoredRubric | 'overall', number>;

/** Per rubric, the sums behind the percentage (exposed so callers can compare paths exactly). */
export interface ScoreSums {
  gained: Record<(typeof RATED_RUBRICS)[number], number>;
  range: Record<(typeof RATED_RUBRICS)[number], number>;
  penalty: number;
}

/** Penalty points for one use of a trigger; an id missing from the data is a checker error. */
export function triggerPenalty(id: string, rules: ScoringRules): number {
  const penalty = rules.penalties[id];
  if (penalty === undefined) throw new RangeError(`unknown trigger id "${id}": add it to the rubric data or fix the tag`);
  return penalty;
}

/** The sums of `rubrics.md` over the choice points passed. */
export function sumPoints(points: readonly ScoredPoint[], rules: ScoringRules): ScoreSums {
  const sums: ScoreSums = {
    gained: { empathy: 0, ownership: 0, expectations: 0 },
    range: { empathy: 0, ownership: 0, expectations: 0 },
    penalty: 0,
  };
  for (const point of points) {
    const chosen = point.offered[point.chosen];
    if (!chosen) throw new RangeError(`choice ${point.chosen} was not on offer`);
    for (const rubric of RATED_RUBRICS) {
      const values = point.offered.map((option) => option.ratings[rubric]);
      const worst = Math.min(...values);
      sums.gained[rubric] += chosen.ratings[rubric] - worst;
      sums.range[rubric] += Math.max(...values) - worst;
    }
    for (const id of new Set(chosen.triggers)) sums.penalty += triggerPenalty(id, rules);
  }
  return sums;
}

/** Percentages from sums: decision quality per rated rubric, 100 minus penalties for triggers. */
export function scoresFromSums(sums: ScoreSums, rules: ScoringRules): CallScores {
  const scores = {} as CallScores;
  for (const rubric of RATED_RUBRICS) {
    const range = sums.range[rubric];
    scores[rubric] = range === 0 ? 100 : (100 * sums.gained[rubric]) / range;
  }
  scores.triggers = Math.max(0, 100 - sums.penalty);
  let weighted = 0;
  let weightTotal = 0;
  for (const rubric of SCORED_RUBRICS) {
    weighted += rules.weights[rubric] * scores[rubric];
    weightTotal += rules.weights[rubric];
  }
  scores.overall = weightTotal === 0 ? 0 : weighted / weightTotal;
  return scores;
}

/** A call's percentages exactly as `rubrics.md` defines them. */
export function scoreCall(points: readonly ScoredPoint[], rules: ScoringRules): CallScores {
  return scoresFromSums(sumPoints(points, rules), rules);
}

/** Scores rounded to one decimal, for display and JSON output. */
export function roundScores(scores: CallScores): CallScores {
  const rounded = {} as CallScores;
  for (const [key, value] of Object.entries(scores) as [keyof CallScores, number][]) rounded[key] = Math.round(value * 10) / 10;
  return rounded;
}
