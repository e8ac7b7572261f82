import type { Exploration } from '../explore/explorer.ts';
import { seededRandom } from '../random.ts';
import { SCORED_RUBRICS } from '../schema/rubric-ids.ts';
import { OUTCOMES, type Outcome } from '../schema/tags.ts';
import { meanAssessed, roundScores, type CallScores, type ScoringRules } from '../scoring/call-score.ts';
import type { LineRater, RatedChoice } from '../scoring/rate-choice.ts';
import { wordCount } from './line-words.ts';
import { playStrategy, walkStrategy, type LinePicker, type StrategyCall, type WalkEnd } from './strategy-walk.ts';

/** The naive strategies a trainee could use without listening to the customer. */
export const NAIVE_STRATEGIES = ['longest', 'shortest', 'first', 'last', 'most_cues'] as const;
export type NaiveStrategy = (typeof NAIVE_STRATEGIES)[number];

/** What each strategy means, for reports. */
export const STRATEGY_NAMES: Record<NaiveStrategy | 'random', string> = {
  longest: 'always the longest line',
  shortest: 'always the shortest line',
  first: 'always the first line',
  last: 'always the last line',
  most_cues: 'always the line with the most rubric cue words',
  random: 'random lines',
};

/** How many seeded random walks the checker plays, and the seed of the first. */
export const RANDOM_WALKS = 1000;
export const RANDOM_SEED = 1;

/** Counts the words of a line that earned a rubric cue (what a trainee hunting for keywords sees). */
export type CueWordCounter = (text: string) => number;

/** One naive strategy's call. */
export interface StrategyResult {
  strategy: NaiveStrategy;
  /** 1-based choice numbers */
  path: number[];
  scores: CallScores;
  outcome: Outcome | null;
  mood: number;
}

/** What 1,000 seeded random walks scored. */
export interface RandomWalkSummary {
  walks: number;
  seed: number;
  mean: CallScores;
  /** the 90th percentile of each score over the walks */
  p90: CallScores;
  /** how many walks ended each way; `none` reached no ending */
  outcomes: Record<Outcome | 'none', number>;
}

/** Everything the naive strategies scored on one scenario, beside the best path. */
export interface StrategyReport {
  /** the best path's overall, the mark a naive strategy must stay 25 points under */
  bestOverall: number;
  naive: StrategyResult[];
  random: RandomWalkSummary;
}

/** The calls behind a report, for the warnings and the track verdicts. */
export interface StrategyPlay {
  report: StrategyReport;
  calls: Record<NaiveStrategy, StrategyCall>;
  /** every random walk, in seed order */
  walks: WalkEnd[];
}

function extreme(score: (option: RatedChoice) => number, sign: 1 | -1): LinePicker {
  return (options, allowed) => {
    let best = allowed[0]!;
    for (const position of allowed) if (sign * (score(options[position]!) - score(options[best]!)) > 0) best = position;
    return best;
  };
}

/** Longer by words, then by characters: how long a line looks on screen. */
function length(option: RatedChoice): number {
  return wordCount(option.text) * 10_000 + option.text.length;
}

function pickers(cueWords: CueWordCounter): Record<NaiveStrategy, LinePicker> {
  const cues = new Map<string, number>();
  const cueCount = (option: RatedChoice) => {
    let n = cues.get(option.text);
    if (n === undefined) {
      n = cueWords(option.text);
      cues.set(option.text, n);
    }
    return n;
  };
  return {
    longest: extreme(length, 1),
    shortest: extreme(length, -1),
    first: (_options, allowed) => allowed[0]!,
    last: (_options, allowed) => allowed.at(-1)!,
    most_cues: extreme(cueCount, 1),
  };
}

/** A cue-word counter from any rater that returns the analyzer's evidence (0 for one that does not). */
export function cueWordCounter(rater: LineRater): CueWordCounter {
  return (text) => {
    const analysis = rater.analyze(text) as { evidence?: readonly { kind: string; polarity: number; match: string }[] };
    return (analysis.evidence ?? []).filter((e) => e.polarity > 0 && e.kind !== 'trigger').reduce((n, e) => n + wordCount(e.match), 0);
  };
}

/** The p-th percentile of the values assessed; null when none was. */
function percentile(values: readonly (number | null)[], p: number): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Per score, over the walks that assessed it (a walk may not assess a rubric). */
function summarizeWalks(walks: WalkEnd[]): RandomWalkSummary {
  const over = (pick: (values: (number | null)[]) => number | null): CallScores => {
    const at = (key: (typeof SCORED_RUBRICS)[number] | 'overall') => pick(walks.map((w) => w.scores[key]));
    return { empathy: at('empathy'), ownership: at('ownership'), expectations: at('expectations'), triggers: at('triggers') ?? 0, overall: at('overall') ?? 0 };
  };
  const mean = over(meanAssessed);
  const p90 = over((values) => percentile(values, 90));
  const outcomes = Object.fromEntries([...OUTCOMES, 'none'].map((o) => [o, 0])) as RandomWalkSummary['outcomes'];
  for (const walk of walks) outcomes[walk.outcome ?? 'none']++;
  return { walks: walks.length, seed: RANDOM_SEED, mean: roundScores(mean), p90: roundScores(p90), outcomes };
}

/** Play every naive strategy and the seeded random walks on an explored, rated scenario. */
export function playNaiveStrategies(
  exploration: Exploration,
  rated: readonly RatedChoice[][],
  rules: ScoringRules,
  bestOverall: number,
  cueWords: CueWordCounter,
): StrategyPlay {
  const byName = pickers(cueWords);
  const calls = Object.fromEntries(NAIVE_STRATEGIES.map((s) => [s, playStrategy(exploration, rated, rules, byName[s])])) as Record<NaiveStrategy, StrategyCall>;
  const random = seededRandom(RANDOM_SEED);
  const walks: WalkEnd[] = [];
  for (let i = 0; i < RANDOM_WALKS; i++) {
    walks.push(walkStrategy(exploration, rated, rules, (_options, allowed) => allowed[Math.floor(random() * allowed.length)]!));
  }
  const naive = NAIVE_STRATEGIES.map((strategy) => {
    const call = calls[strategy];
    return { strategy, path: call.path, scores: roundScores(call.scores), outcome: call.outcome, mood: call.mood };
  });
  return { report: { bestOverall: Math.round(bestOverall * 10) / 10, naive, random: summarizeWalks(walks) }, calls, walks };
}
