import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';
import { rateChoice, type LineRater, type RatedChoice } from '../scoring/rate-choice.ts';
import type { CallScores, ScoringRules } from '../scoring/call-score.ts';
import type { Exploration } from './explorer.ts';
import { walkCompletePaths } from './path-walk.ts';

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
  /** false when the step budget ran out first */
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

const EPSILON = 1e-9;

/**
 * Best and worst complete paths by overall score (the first in lexicographic order wins a
 * tie), and the lowest and highest raw rubric totals, over every complete path.
 */
export function summarizePaths(
  exploration: Exploration,
  rated: RatedChoice[][],
  rules: ScoringRules,
  maxSteps = 5_000_000,
): PathSummary {
  const rubrics = Object.fromEntries(
    RATED_RUBRICS.map((r) => [r, { min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY }]),
  ) as PathSummary['rubrics'];
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
      if (!best || scores.overall > best.scores.overall + EPSILON) best = { choices: [...choices], scores, ending };
      if (!worst || scores.overall < worst.scores.overall - EPSILON) worst = { choices: [...choices], scores, ending };
    },
    maxSteps,
  );
  if (walk.paths === 0) for (const rubric of RATED_RUBRICS) rubrics[rubric] = { min: 0, max: 0 };
  return { best, worst, rubrics, paths: walk.paths, longest, complete: walk.complete };
}
