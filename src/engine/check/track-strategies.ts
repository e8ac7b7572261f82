import { judgeCall } from '../certification/pass-rules.ts';
import type { Track } from '../schema/track.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import { NAIVE_STRATEGIES, type NaiveStrategy, type StrategyPlay } from './naive-strategies.ts';
import { bestPicks } from './gaming-check.ts';

/** Whether one naive strategy passes a track, call by call. */
export interface StrategyTrackVerdict {
  /** true when it passes every call of the track */
  passes: boolean;
  /** scenario id → passed */
  calls: Record<string, boolean>;
}

/** What naive strategies would make of a track. */
export interface TrackStrategies {
  naive: Record<NaiveStrategy, StrategyTrackVerdict>;
  /** scenario id → share of the random walks that pass that call (0 … 1) */
  random: Record<string, number>;
}

/** A call a naive strategy passes, with the lines that earned it. */
export interface GamedCall {
  scenario: string;
  strategy: NaiveStrategy;
  /** the best lines the strategy picked */
  picks: string[];
}

/** Judge every naive strategy's call of every scenario of a track by the track's pass rules. */
export function judgeStrategies(
  track: Track,
  blockers: ReadonlySet<string>,
  rules: ScoringRules,
  plays: ReadonlyMap<string, StrategyPlay>,
): { verdicts: TrackStrategies; gamed: GamedCall[] } {
  const naive = Object.fromEntries(NAIVE_STRATEGIES.map((s) => [s, { passes: plays.size > 0, calls: {} }])) as TrackStrategies['naive'];
  const random: Record<string, number> = {};
  const gamed: GamedCall[] = [];
  for (const [scenario, play] of plays) {
    for (const strategy of NAIVE_STRATEGIES) {
      const call = play.calls[strategy];
      const { passed } = judgeCall({ scores: call.scores, outcome: call.outcome, triggers: call.triggers }, track, blockers);
      naive[strategy].calls[scenario] = passed;
      if (!passed) naive[strategy].passes = false;
      else gamed.push({ scenario, strategy, picks: bestPicks(call, rules) });
    }
    const passing = play.walks.filter((walk) => judgeCall({ scores: walk.scores, outcome: walk.outcome, triggers: walk.triggers }, track, blockers).passed);
    random[scenario] = Math.round((1000 * passing.length) / Math.max(1, play.walks.length)) / 1000;
  }
  return { verdicts: { naive, random }, gamed };
}
