import type { ScenarioReport } from '../check/check-scenario.ts';
import { GAMEABLE_MARGIN } from '../check/gaming-check.ts';
import { STRATEGY_NAMES } from '../check/naive-strategies.ts';
import type { RubricData } from '../schema/rubric-data.ts';
import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';
import { OUTCOMES, type Outcome } from '../schema/tags.ts';

/** A naive strategy's call: how it played and whether it scores too close to the best path. */
export interface StrategyNumbers {
  name: string;
  overall: number;
  outcome: Outcome | null;
  /** within GAMEABLE_MARGIN points of the best path's overall: the scenario can be gamed this way */
  tooClose: boolean;
}

/** The figures the studio's numbers panel shows, all from the check report. */
export interface StudioNumbers {
  endings: { outcome: Outcome; count: number }[];
  rubrics: { rubric: RatedRubric; min: number; max: number }[];
  bestOverall: number | undefined;
  strategies: StrategyNumbers[];
  techniques: { id: string; label: string }[];
  /** trigger families planted as traps, each with its trigger ids */
  triggerFamilies: { family: string; ids: string[] }[];
  /** false when the check did not see every state: the figures cover what it saw */
  complete: boolean;
}

/** Gather the numbers from a check report, naming techniques and trigger families as the rubric data does. */
export function studioNumbers(report: ScenarioReport, data: Pick<RubricData, 'triggers' | 'techniques'>): StudioNumbers | undefined {
  const stats = report.stats;
  if (!stats) return undefined;
  const endings = OUTCOMES.filter((o) => stats.outcomes[o] > 0).map((outcome) => ({ outcome, count: stats.outcomes[outcome] }));
  const rubrics = RATED_RUBRICS.map((rubric) => ({ rubric, ...stats.rubrics[rubric] }));
  const gaming = report.strategies;
  const bestOverall = gaming?.bestOverall;
  const strategies: StrategyNumbers[] = (gaming?.naive ?? []).map((s) => ({
    name: STRATEGY_NAMES[s.strategy],
    overall: s.scores.overall,
    outcome: s.outcome,
    tooClose: bestOverall !== undefined && bestOverall - s.scores.overall < GAMEABLE_MARGIN,
  }));
  if (gaming) {
    strategies.push({ name: `${STRATEGY_NAMES.random} (mean of ${gaming.random.walks})`, overall: gaming.random.mean.overall, outcome: null, tooClose: gaming.bestOverall - gaming.random.mean.overall < GAMEABLE_MARGIN });
  }
  const techniques = stats.coverage.techniques.map((id) => ({ id, label: data.techniques.find((t) => t.id === id)?.label ?? id }));
  const families = new Map<string, string[]>();
  for (const id of stats.coverage.traps) {
    const family = data.triggers.find((t) => t.id === id)?.family ?? id;
    families.set(family, [...(families.get(family) ?? []), id]);
  }
  return {
    endings,
    rubrics,
    bestOverall,
    strategies,
    techniques,
    triggerFamilies: [...families].map(([family, ids]) => ({ family, ids })),
    complete: stats.complete,
  };
}
