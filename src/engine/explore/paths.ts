import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';
import { rateChoice, type LineRater, type RatedChoice } from '../scoring/rate-choice.ts';
import type { CallScores, ScoringRules } from '../scoring/call-score.ts';
import type { Exploration } from './explorer.ts';
import { extremePath, SCORE_EPSILON } from './extreme-path.ts';
import { walkCompletePaths } from './path-walk.ts';
import { buildStepGraph, type StepGraph } from './step-graph.ts';

/** A complete path: the 0-based choices from the start to an ending, and its scores. */
export interface ScoredPath {
  choices: number[];
  scores: CallScores;
  ending: number;
}

/** What enumerating the complete paths found. */
export interface PathSummary {
  best: ScoredPath | undefined;
  worst: ScoredPath | undefined;
  /** lowest and highest raw total of ratings per rubric over complete paths */
  rubrics: Record<RatedRubric, { min: number; max: number }>;
  /** complete paths counted */
  paths: number;
  /** choice points on the longest complete path */
  longest: number;
  /** false when the search ran out of budget: best and worst cover only the paths seen */
  complete: boolean;
}

/** Rated options of every node; a line offered in many states is rated once. */
export function rateNodes(exploration: Exploration, rater: LineRater): RatedChoice[][] {
  const cache = new Map<string, RatedChoice>();
  return exploration.nodes.map((node) =>
    node.options.map((option) => {
      const key = JSON.stringify([option.text, option.meta]);
      let rated = cache.get(key);
      if (!rated) {
        rated = rateChoice(option, rater);
        cache.set(key, rated);
      }
      return rated;
    }),
  );
}

type RubricRanges = PathSummary['rubrics'];

/** Raw rubric totals, path count and longest path over the complete paths of a step graph. */
function tallySteps(graph: StepGraph): Pick<PathSummary, 'rubrics' | 'paths' | 'longest'> {
  interface Tally {
    min: number[];
    max: number[];
    paths: number;
    longest: number;
  }
  const tallies: (Tally | undefined)[] = [];
  for (const id of [...graph.order].reverse()) {
    if (graph.ending[id]) {
      tallies[id] = { min: [0, 0, 0], max: [0, 0, 0], paths: 1, longest: 0 };
      continue;
    }
    let tally: Tally | undefined;
    for (const step of graph.steps[id]!) {
      const after = tallies[step.to];
      if (!after) continue;
      tally ??= { min: [Infinity, Infinity, Infinity], max: [-Infinity, -Infinity, -Infinity], paths: 0, longest: 0 };
      for (let r = 0; r < 3; r++) {
        tally.min[r] = Math.min(tally.min[r]!, after.min[r]! + step.raw[r]!);
        tally.max[r] = Math.max(tally.max[r]!, after.max[r]! + step.raw[r]!);
      }
      tally.paths += after.paths;
      tally.longest = Math.max(tally.longest, after.longest + step.choices.length);
    }
    tallies[id] = tally;
  }
  const root = tallies[graph.root];
  const rubrics = Object.fromEntries(
    RATED_RUBRICS.map((rubric, r) => [rubric, root ? { min: root.min[r]!, max: root.max[r]! } : { min: 0, max: 0 }]),
  ) as RubricRanges;
  return { rubrics, paths: root?.paths ?? 0, longest: root?.longest ?? 0 };
}

/**
 * Best and worst complete paths by overall score (the first in lexicographic order wins a
 * tie), and the lowest and highest raw rubric totals, over every complete path, found without
 * enumerating paths (see {@link extremePath}). A graph too big for that falls back to walking
 * the paths with a step budget.
 */
export function summarizePaths(
  exploration: Exploration,
  rated: RatedChoice[][],
  rules: ScoringRules,
  maxSteps = 5_000_000,
): PathSummary {
  const graph = buildStepGraph(exploration, rated, rules);
  const best = graph.complete ? extremePath(graph, rules, 1) : 'too_big';
  const worst = best === 'too_big' ? 'too_big' : extremePath(graph, rules, -1);
  if (best === 'too_big' || worst === 'too_big') return walkPaths(exploration, rated, rules, maxSteps);
  const scored = (path: typeof best) => path && { choices: path.choices, scores: path.scores, ending: path.ending };
  return { best: scored(best), worst: scored(worst), ...tallySteps(graph), complete: true };
}

/** The same summary by walking every complete path in order, as far as `maxSteps` allows. */
export function walkPaths(exploration: Exploration, rated: RatedChoice[][], rules: ScoringRules, maxSteps = 5_000_000): PathSummary {
  const rubrics = Object.fromEntries(
    RATED_RUBRICS.map((r) => [r, { min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY }]),
  ) as RubricRanges;
  let best: ScoredPath | undefined;
  let worst: ScoredPath | undefined;
  let longest = 0;
  const walk = walkCompletePaths(
    exploration,
    rated,
    rules,
    ({ choices, raw, scores, ending }) => {
      longest = Math.max(longest, choices.length);
      for (const rubric of RATED_RUBRICS) {
        rubrics[rubric].min = Math.min(rubrics[rubric].min, raw[rubric]);
        rubrics[rubric].max = Math.max(rubrics[rubric].max, raw[rubric]);
      }
      if (!best || scores.overall > best.scores.overall + SCORE_EPSILON) best = { choices: [...choices], scores, ending };
      if (!worst || scores.overall < worst.scores.overall - SCORE_EPSILON) worst = { choices: [...choices], scores, ending };
    },
    maxSteps,
  );
  if (walk.paths === 0) for (const rubric of RATED_RUBRICS) rubrics[rubric] = { min: 0, max: 0 };
  return { best, worst, rubrics, paths: walk.paths, longest, complete: walk.complete };
}
