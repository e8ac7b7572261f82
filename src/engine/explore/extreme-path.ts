import { RATED_RUBRICS, SCORED_RUBRICS } from '../schema/rubric-ids.ts';
import { scoresFromSums, type CallScores, type ScoringRules } from '../scoring/call-score.ts';
import type { PathStep, StepGraph, Triple } from './step-graph.ts';

/** A complete path found by {@link extremePath}. */
export interface ExtremePath {
  choices: number[];
  steps: PathStep[];
  ending: number;
  scores: CallScores;
}

/** Scores closer than this are a tie, and the first path in lexicographic order wins it. */
export const SCORE_EPSILON = 1e-9;
/** Trigger penalties past 100 no longer change the score (the rubric stops at 0). */
const PENALTY_CAP = 100;
/** Past this many (node, ranges) pairs the search gives up and says so. */
const MAX_RANGE_STATES = 2_000_000;

/** Why it works, in short:
 *
 * The overall score is a weighted mean of per-rubric percentages `100·gained/range`, where
 * `range` sums the spread of the choice points passed and `gained` what the chosen lines
 * earned, plus `max(0, 100 − penalty)` for triggers; a rubric whose range is 0 is not assessed
 * and leaves the mean, which the final ranges decide. Fix the final ranges `D` of a path and
 * the score is linear in `gained`: a longest-path problem on the step graph, whose states are
 * (node, ranges so far, penalty so far capped at 100), solved exactly by memoized dynamic
 * programming. Ratings and penalties are small integers, so there are few distinct `D`
 * (every final range is a sum of spreads of at most 4), and for each `D` a cheap bound (each
 * rubric at its own best for that range, triggers at their best) orders them and prunes
 * every `D` that cannot reach the best score found. */
interface Problem {
  graph: StepGraph;
  /** rubric weights, rated rubrics then triggers (each set of final ranges normalizes its own) */
  weight: [number, number, number, number];
  /** +1 for the best path, −1 for the worst */
  sign: 1 | -1;
  base: Triple;
}

const pack = (base: Triple, r: Triple) => r[0] + base[0] * (r[1] + base[1] * r[2]);

/** Ranges reachable at each node from the root, packed; undefined when there are too many. */
function reachableRanges(problem: Problem): (Set<number> | undefined)[] | undefined {
  const { graph, base } = problem;
  const sets: (Set<number> | undefined)[] = [];
  sets[graph.root] = new Set([0]);
  let total = 1;
  for (const id of graph.order) {
    const here = sets[id];
    if (!here) continue;
    for (const step of graph.steps[id]!) {
      const add = pack(base, step.range);
      let there = sets[step.to];
      if (!there) sets[step.to] = there = new Set();
      for (const packed of here) {
        const size = there.size;
        there.add(packed + add);
        if (there.size > size && ++total > MAX_RANGE_STATES) return undefined;
      }
    }
  }
  return sets;
}

/** Per rubric, over complete paths ending with that rubric's range at `d`: the best gained. */
function rubricTables(problem: Problem): { gained: Map<number, number>[]; penalty: number } {
  const { graph, sign } = problem;
  const better = (a: number, b: number) => (sign > 0 ? Math.max(a, b) : Math.min(a, b));
  const gained = RATED_RUBRICS.map((_, r) => {
    const tables: (Map<number, number> | undefined)[] = [];
    tables[graph.root] = new Map([[0, 0]]);
    const atEnd = new Map<number, number>();
    for (const id of graph.order) {
      const here = tables[id];
      if (!here) continue;
      if (graph.ending[id]) for (const [d, g] of here) atEnd.set(d, atEnd.has(d) ? better(atEnd.get(d)!, g) : g);
      for (const step of graph.steps[id]!) {
        let there = tables[step.to];
        if (!there) tables[step.to] = there = new Map();
        for (const [d, g] of here) {
          const key = d + step.range[r]!;
          const value = g + step.gained[r]!;
          there.set(key, there.has(key) ? better(there.get(key)!, value) : value);
        }
      }
    }
    return atEnd;
  });
  // Fewest penalty points for the best path, most for the worst.
  const points: number[] = [];
  points[graph.root] = 0;
  let penalty = sign > 0 ? Number.POSITIVE_INFINITY : 0;
  for (const id of graph.order) {
    const here = points[id];
    if (here === undefined) continue;
    if (graph.ending[id]) penalty = sign > 0 ? Math.min(penalty, here) : Math.max(penalty, here);
    for (const step of graph.steps[id]!) {
      const value = Math.min(PENALTY_CAP, here + step.penalty);
      const there = points[step.to];
      points[step.to] = there === undefined ? value : sign > 0 ? Math.min(there, value) : Math.max(there, value);
    }
  }
  return { gained, penalty };
}

/** The objective for paths whose final ranges are `final`: sign × score, as sums of parts. */
class FixedRanges {
  readonly coefficient: Triple = [0, 0, 0];
  readonly constant = 0;
  /** the triggers' weight in the mean of the rubrics these final ranges assess */
  private readonly triggerWeight: number;
  private readonly memo: (Map<number, number> | undefined)[] = [];

  constructor(
    private readonly problem: Problem,
    readonly final: Triple,
  ) {
    const { weight, sign } = problem;
    // A rubric with no spread is not assessed: it leaves the mean, and the others share its weight.
    let total = weight[3];
    for (let r = 0; r < 3; r++) if (final[r] !== 0) total += weight[r]!;
    const scale = total === 0 ? 0 : 1 / total;
    for (let r = 0; r < 3; r++) if (final[r] !== 0) this.coefficient[r] = (sign * 100 * weight[r]! * scale) / final[r]!;
    this.triggerWeight = weight[3] * scale;
  }

  /** sign × (what the triggers add) at an ending with `penalty` points */
  triggerPart(penalty: number): number {
    return this.problem.sign * this.triggerWeight * Math.max(0, 100 - penalty);
  }

  stepValue(step: PathStep): number {
    const c = this.coefficient;
    return c[0] * step.gained[0] + c[1] * step.gained[1] + c[2] * step.gained[2];
  }

  /** Whether taking `step` with ranges `r` so far can still end at exactly the final ranges. */
  fits(r: Triple, step: PathStep): boolean {
    const f = this.final;
    return r[0] + step.range[0] <= f[0] && r[1] + step.range[1] <= f[1] && r[2] + step.range[2] <= f[2];
  }

  /** The best value of the rest of a path from `id` (−∞ when none ends with these ranges). */
  rest(id: number, r: Triple, penalty: number): number {
    const { graph, base } = this.problem;
    if (graph.ending[id]) {
      const f = this.final;
      return r[0] === f[0] && r[1] === f[1] && r[2] === f[2] ? this.constant + this.triggerPart(penalty) : Number.NEGATIVE_INFINITY;
    }
    const key = pack(base, r) * (PENALTY_CAP + 1) + penalty;
    let memo = this.memo[id];
    const known = memo?.get(key);
    if (known !== undefined) return known;
    let best = Number.NEGATIVE_INFINITY;
    for (const step of graph.steps[id]!) {
      if (!this.fits(r, step)) continue;
      const next: Triple = [r[0] + step.range[0], r[1] + step.range[1], r[2] + step.range[2]];
      const value = this.stepValue(step) + this.rest(step.to, next, Math.min(PENALTY_CAP, penalty + step.penalty));
      if (value > best) best = value;
    }
    if (!memo) this.memo[id] = memo = new Map();
    memo.set(key, best);
    return best;
  }
}

function unpack(base: Triple, packed: number): Triple {
  const r0 = packed % base[0];
  const rest = (packed - r0) / base[0];
  const r1 = rest % base[1];
  return [r0, r1, (rest - r1) / base[1]];
}

/**
 * The best (`sign` 1) or worst (`sign` −1) complete path by overall score, exactly, with the same
 * tie-breaking as enumerating every path in lexicographic order: the first path within
 * {@link SCORE_EPSILON} of the extreme wins. Undefined when no path is complete; `'too_big'`
 * when the search would need more than its state budget.
 */
export function extremePath(graph: StepGraph, rules: ScoringRules, sign: 1 | -1): ExtremePath | undefined | 'too_big' {
  const weight = SCORED_RUBRICS.map((rubric) => rules.weights[rubric]) as Problem['weight'];
  // Pack ranges into one number: each component stays below its base on every path.
  const most: Triple[] = [];
  most[graph.root] = [0, 0, 0];
  const base: Triple = [1, 1, 1];
  for (const id of graph.order) {
    const here = most[id];
    if (!here) continue;
    for (let r = 0; r < 3; r++) base[r] = Math.max(base[r]!, here[r]! + 1);
    for (const step of graph.steps[id]!) {
      const there = (most[step.to] ??= [0, 0, 0]);
      for (let r = 0; r < 3; r++) there[r] = Math.max(there[r]!, here[r]! + step.range[r]!);
    }
  }
  if (base[0] * base[1] * base[2] * (PENALTY_CAP + 1) > Number.MAX_SAFE_INTEGER) return 'too_big';
  const problem: Problem = { graph, weight, sign, base };
  const ranges = reachableRanges(problem);
  if (!ranges) return 'too_big';
  const finals = new Set<number>();
  graph.order.forEach((id) => {
    if (graph.ending[id]) for (const packed of ranges[id] ?? []) finals.add(packed);
  });
  if (finals.size === 0) return undefined;

  const tables = rubricTables(problem);
  const candidates = [...finals].map((packed) => {
    const fixed = new FixedRanges(problem, unpack(base, packed));
    const bound = fixed.constant + fixed.triggerPart(tables.penalty) + fixed.coefficient.reduce((sum, c, r) => sum + (c === 0 ? 0 : c * tables.gained[r]!.get(fixed.final[r]!)!), 0);
    return { fixed, bound, value: Number.NEGATIVE_INFINITY };
  });
  candidates.sort((a, b) => b.bound - a.bound);
  let top = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate.bound < top - SCORE_EPSILON) break;
    candidate.value = candidate.fixed.rest(graph.root, [0, 0, 0], 0);
    top = Math.max(top, candidate.value);
  }
  const winners = candidates.filter((c) => c.value >= top - SCORE_EPSILON).map((c) => ({ fixed: c.fixed, sofar: 0 }));

  // Walk from the root taking, at each node, the first step that some final range can still
  // complete to within epsilon of the extreme: that is the first such path in lexicographic order.
  const steps: PathStep[] = [];
  let id = graph.root;
  let r: Triple = [0, 0, 0];
  let penalty = 0;
  while (!graph.ending[id]) {
    const next: Triple = [0, 0, 0];
    const nextPenalty = (step: PathStep) => Math.min(PENALTY_CAP, penalty + step.penalty);
    const taken = graph.steps[id]!.find((step) => {
      for (let k = 0; k < 3; k++) next[k] = r[k]! + step.range[k]!;
      return winners.some(
        (w) => w.fixed.fits(r, step) && w.sofar + w.fixed.stepValue(step) + w.fixed.rest(step.to, next, nextPenalty(step)) >= top - SCORE_EPSILON,
      );
    })!;
    for (const w of winners) w.sofar += w.fixed.stepValue(taken);
    steps.push(taken);
    penalty = nextPenalty(taken);
    r = [r[0] + taken.range[0], r[1] + taken.range[1], r[2] + taken.range[2]];
    id = taken.to;
  }
  return { choices: steps.flatMap((step) => step.choices), steps, ending: id, scores: scoresOfSteps(steps, rules) };
}

/** A path's scores from its steps, computed exactly as scoring a played call does. */
export function scoresOfSteps(steps: readonly PathStep[], rules: ScoringRules): CallScores {
  const sums = {
    gained: { empathy: 0, ownership: 0, expectations: 0 },
    range: { empathy: 0, ownership: 0, expectations: 0 },
    penalty: 0,
  };
  for (const step of steps) {
    RATED_RUBRICS.forEach((rubric, r) => {
      sums.gained[rubric] += step.gained[r]!;
      sums.range[rubric] += step.range[r]!;
    });
    sums.penalty += step.penalty;
  }
  return scoresFromSums(sums, rules);
}
