import { RATED_RUBRICS, SCORED_RUBRICS, type RatedRubric, type ScoredRubric } from '../schema/rubric-ids.ts';
import type { Technique } from '../schema/rubric-data.ts';
import type { RatedChoice } from './rate-choice.ts';

/** A choice point as scoring sees it: every option rated, the one picked (or taken), and the trainee's own reply when they typed one. */
export interface ScoredPoint {
  offered: readonly RatedChoice[];
  chosen: number;
  /** a typed reply rated on its own words: it is scored instead of the line it was taken as */
  said?: RatedChoice | undefined;
}

/**
 * The line a point scores: the line picked, or the trainee's own reply. A reply's rating counts
 * within the range the lines on offer span (no more than the best, no less than the worst), so
 * a typed reply weighs at a point exactly as much as a picked line, and piling cue words on a
 * reply cannot earn more than the best line the author wrote.
 */
export function scoredLine(point: ScoredPoint): Pick<RatedChoice, 'ratings' | 'triggers'> {
  const chosen = point.offered[point.chosen];
  if (!chosen) throw new RangeError(`choice ${point.chosen} was not on offer`);
  if (!point.said) return chosen;
  const ratings = { ...point.said.ratings };
  for (const rubric of RATED_RUBRICS) {
    const values = point.offered.map((option) => option.ratings[rubric]);
    ratings[rubric] = Math.max(Math.min(...values), Math.min(Math.max(...values), ratings[rubric]));
  }
  return { ratings, triggers: point.said.triggers };
}

/** The parts of the rubric data that turn ratings into percentages, and the vocabulary choices are tagged with. */
export interface ScoringRules {
  weights: Record<ScoredRubric, number>;
  /** points off the trigger rubric, per trigger id */
  penalties: Readonly<Record<string, number>>;
  /** the techniques a `#technique:` tag may name (none when absent: every such tag is then an error) */
  techniques?: readonly Technique[];
}

/**
 * A call's percentages (0–100) on the four rubrics and overall. A rated rubric is `null`, "not
 * assessed", when the lines on offer at every choice point passed rated the same on it: the
 * call gave no chance to do better or worse there, so it has no score (0/0), not 100.
 */
export type CallScores = Record<RatedRubric, number | null> & { triggers: number; overall: number };

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
    const chosen = scoredLine(point);
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

/**
 * Percentages from sums: decision quality per rated rubric (not assessed when its range is 0),
 * 100 minus penalties for triggers, and the weighted mean of the rubrics assessed.
 */
export function scoresFromSums(sums: ScoreSums, rules: ScoringRules): CallScores {
  // Written out rubric by rubric: the checker scores every path and every random walk this way,
  // and one object literal of a fixed shape keeps that cheap.
  const { gained, range } = sums;
  const empathy = range.empathy === 0 ? null : (100 * gained.empathy) / range.empathy;
  const ownership = range.ownership === 0 ? null : (100 * gained.ownership) / range.ownership;
  const expectations = range.expectations === 0 ? null : (100 * gained.expectations) / range.expectations;
  const triggers = Math.max(0, 100 - sums.penalty);
  const { weights } = rules;
  // Summed in the order of SCORED_RUBRICS, as always: another order can change the last digit,
  // and so which of two tied paths is best.
  let weighted = 0;
  let weightTotal = 0;
  if (empathy !== null) {
    weighted += weights.empathy * empathy;
    weightTotal += weights.empathy;
  }
  if (ownership !== null) {
    weighted += weights.ownership * ownership;
    weightTotal += weights.ownership;
  }
  if (expectations !== null) {
    weighted += weights.expectations * expectations;
    weightTotal += weights.expectations;
  }
  weighted += weights.triggers * triggers;
  weightTotal += weights.triggers;
  return { empathy, ownership, expectations, triggers, overall: weightTotal === 0 ? 0 : weighted / weightTotal };
}

/** The mean of the values that were assessed; null when none was. */
export function meanAssessed(values: readonly (number | null)[]): number | null {
  const assessed = values.filter((v): v is number => v !== null);
  return assessed.length === 0 ? null : assessed.reduce((a, b) => a + b, 0) / assessed.length;
}

/** The rubrics a call assessed: every rubric whose score is not null. */
export function assessedRubrics(scores: CallScores): ScoredRubric[] {
  return SCORED_RUBRICS.filter((rubric) => scores[rubric] !== null);
}

/** A call's percentages exactly as `rubrics.md` defines them. */
export function scoreCall(points: readonly ScoredPoint[], rules: ScoringRules): CallScores {
  return scoresFromSums(sumPoints(points, rules), rules);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Scores rounded to one decimal, for display and JSON output; not assessed stays null. */
export function roundScores(scores: CallScores): CallScores {
  const rated = Object.fromEntries(RATED_RUBRICS.map((r) => [r, scores[r] === null ? null : round(scores[r])])) as Record<RatedRubric, number | null>;
  return { ...rated, triggers: round(scores.triggers), overall: round(scores.overall) };
}
