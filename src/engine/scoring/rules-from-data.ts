import type { RubricData } from '../schema/rubric-data.ts';
import type { ScoringRules } from './call-score.ts';

/** The scoring rules a rubric data file sets: weights, each trigger's penalty, and the technique vocabulary. */
export function rulesFromData(data: RubricData): ScoringRules {
  return {
    weights: { ...data.weights },
    penalties: Object.fromEntries(data.triggers.map((trigger) => [trigger.id, trigger.penalty])),
    techniques: data.techniques,
  };
}
