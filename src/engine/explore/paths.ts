import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';
import { rateChoice, type LineRater, type RatedChoice } from '../scoring/rate-choice.ts';
import { scoresFromSums, triggerPenalty, type CallScores, type ScoreSums, type ScoringRules } from '../scoring/call-score.ts';
import type { Exploration } from './explorer.ts';

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
 * Walk every complete path (one that ends at an ending and never revisits a state, so a loop
 * is followed once) in lexicographic order of choices, so that the first path found wins a tie.
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
  const summary: PathSummary = { best: undefined, worst: undefined, rubrics, paths: 0, longest: 0, complete: true };
  const sums: ScoreSums = {
    gained: { empathy: 0, ownership: 0, expectations: 0 },
    range: { empathy: 0, ownership: 0, expectations: 0 },
    penalty: 0,
  };
  const raw = { empathy: 0, ownership: 0, expectations: 0 };
  const choices: number[] = [];
  const onPath = new Set<number>();
  let steps = 0;

  const finish = (ending: number) => {
    summary.paths++;
    summary.longest = Math.max(summary.longest, choices.length);
    for (const rubric of RATED_RUBRICS) {
      rubrics[rubric].min = Math.min(rubrics[rubric].min, raw[rubric]);
      rubrics[rubric].max = Math.max(rubrics[rubric].max, raw[rubric]);
    }
    const scores = scoresFromSums(sums, rules);
    if (!summary.best || scores.overall > summary.best.scores.overall + EPSILON) {
      summary.best = { choices: [...choices], scores, ending };
    }
    if (!summary.worst || scores.overall < summary.worst.scores.overall - EPSILON) {
      summary.worst = { choices: [...choices], scores, ending };
    }
  };

  const visit = (id: number): void => {
    if (++steps > maxSteps) {
      summary.complete = false;
      return;
    }
    const node = exploration.nodes[id]!;
    if (node.kind === 'ending') return finish(id);
    if (node.kind !== 'choice' || node.edges.length === 0) return;
    const options = rated[id]!;
    const stats = RATED_RUBRICS.map((rubric) => {
      const values = options.map((option) => option.ratings[rubric]);
      return { rubric, worst: Math.min(...values), range: Math.max(...values) - Math.min(...values) };
    });
    onPath.add(id);
    for (const edge of node.edges) {
      if (onPath.has(edge.to) || !summary.complete) continue;
      const chosen = options[edge.choice]!;
      let penalty = 0;
      for (const trigger of new Set(chosen.triggers)) penalty += triggerPenalty(trigger, rules);
      const apply = (sign: 1 | -1) => {
        for (const { rubric, worst, range } of stats) {
          sums.gained[rubric] += sign * (chosen.ratings[rubric] - worst);
          sums.range[rubric] += sign * range;
          raw[rubric] += sign * chosen.ratings[rubric];
        }
        sums.penalty += sign * penalty;
      };
      apply(1);
      choices.push(edge.choice);
      visit(edge.to);
      choices.pop();
      apply(-1);
    }
    onPath.delete(id);
  };

  visit(exploration.root);
  if (summary.paths === 0) {
    for (const rubric of RATED_RUBRICS) rubrics[rubric] = { min: 0, max: 0 };
  }
  return summary;
}
