import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';
import { scoresFromSums, triggerPenalty, type CallScores, type ScoreSums, type ScoringRules } from '../scoring/call-score.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';
import type { Exploration } from './explorer.ts';

/** One complete path as the walker hands it over; arrays are reused, so copy what you keep. */
export interface WalkedPath {
  choices: readonly number[];
  /** raw totals of the chosen lines' ratings */
  raw: Readonly<Record<RatedRubric, number>>;
  /** trigger ids used on the path, with repeats */
  triggers: readonly string[];
  ending: number;
  scores: CallScores;
}

/** Return `'stop'` to end the walk early. */
export type PathVisitor = (path: WalkedPath) => void | 'stop';

/** How a walk ended. */
export interface WalkResult {
  paths: number;
  /** false when the step budget ran out first */
  complete: boolean;
}

/**
 * Walk every complete path (ending at an ending, never revisiting a merged state, so a loop is
 * followed once) in lexicographic order of 0-based choices, scoring each as it is reached.
 */
export function walkCompletePaths(
  exploration: Exploration,
  rated: RatedChoice[][],
  rules: ScoringRules,
  visitor: PathVisitor,
  maxSteps = 5_000_000,
): WalkResult {
  const sums: ScoreSums = {
    gained: { empathy: 0, ownership: 0, expectations: 0 },
    range: { empathy: 0, ownership: 0, expectations: 0 },
    penalty: 0,
  };
  const raw = { empathy: 0, ownership: 0, expectations: 0 };
  const choices: number[] = [];
  const triggers: string[] = [];
  const onPath = new Set<number>();
  const result: WalkResult = { paths: 0, complete: true };
  let steps = 0;
  let stopped = false;

  const visit = (id: number): void => {
    if (++steps > maxSteps) {
      result.complete = false;
      stopped = true;
      return;
    }
    const node = exploration.nodes[id]!;
    if (node.kind === 'ending') {
      result.paths++;
      if (visitor({ choices, raw, triggers, ending: id, scores: scoresFromSums(sums, rules) }) === 'stop') stopped = true;
      return;
    }
    if (node.kind !== 'choice' || node.edges.length === 0) return;
    const options = rated[id]!;
    const stats = RATED_RUBRICS.map((rubric) => {
      const values = options.map((option) => option.ratings[rubric]);
      return { rubric, worst: Math.min(...values), range: Math.max(...values) - Math.min(...values) };
    });
    onPath.add(id);
    for (const edge of node.edges) {
      if (stopped) break;
      if (onPath.has(edge.to)) continue;
      const chosen = options[edge.choice]!;
      const used = [...new Set(chosen.triggers)];
      const penalty = used.reduce((total, trigger) => total + triggerPenalty(trigger, rules), 0);
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
      triggers.push(...used);
      visit(edge.to);
      triggers.length -= used.length;
      choices.pop();
      apply(-1);
    }
    onPath.delete(id);
  };

  visit(exploration.root);
  return result;
}
