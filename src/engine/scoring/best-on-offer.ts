import { RATED_RUBRICS } from '../schema/rubric-ids.ts';
import type { ScoringRules } from './call-score.ts';
import type { RatedChoice } from './rate-choice.ts';

/**
 * A trigger's penalty points that weigh as much as a full swing on one rubric at one choice
 * point. On a call of about five choice points (the shipped scenarios' median) one point's full
 * swing moves that rubric by about 20 percentage points, the size of a typical trigger penalty.
 */
const PENALTY_PER_SWING = 20;

const EPSILON = 1e-9;

/**
 * How good each line on offer is compared with the others at the same point: for each rated
 * rubric, the weighted share of the point's range the line earns, minus its triggers' penalties.
 * This is how much choosing it moves the call's overall, up to a common factor.
 */
export function lineValues(offered: readonly RatedChoice[], rules: ScoringRules): number[] {
  const values = offered.map(() => 0);
  for (const rubric of RATED_RUBRICS) {
    const ratings = offered.map((o) => o.ratings[rubric]);
    const worst = Math.min(...ratings);
    const range = Math.max(...ratings) - worst;
    if (range === 0) continue;
    offered.forEach((option, i) => (values[i]! += (rules.weights[rubric] * (option.ratings[rubric] - worst)) / range));
  }
  offered.forEach((option, i) => {
    const penalty = [...new Set(option.triggers)].reduce((sum, id) => sum + (rules.penalties[id] ?? 0), 0);
    values[i]! -= (rules.weights.triggers * penalty) / PENALTY_PER_SWING;
  });
  return values;
}

/** Positions of the best lines on offer (several when they tie); every position when all are equal. */
export function bestOnOffer(offered: readonly RatedChoice[], rules: ScoringRules): number[] {
  const values = lineValues(offered, rules);
  const top = Math.max(...values);
  return values.flatMap((v, i) => (v >= top - EPSILON ? [i] : []));
}
