import { RATED_RUBRICS } from '../schema/rubric-ids.ts';
import { scoresFromSums, type CallScores, type ScoreSums, type ScoringRules } from '../scoring/call-score.ts';
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
/** Nodes the search may expand before it gives up and says so. */
const MAX_EXPANSIONS = 3_000_000;

/**
 * What the rest of a path from a node can add, per rubric: the points (range added, sign ×
 * most gained for that range) of the best (sign 1) or worst (sign −1) search, kept as the upper
 * convex hull of those with a range (the only ones that can maximize a ratio), plus the one
 * without; and the rest's fewest (most) penalty points.
 */
interface Rest {
  hullRange: number[][];
  hullGained: number[][];
  /** sign × gained by a rest that adds no range, per rubric, if one can */
  flat: (number | undefined)[];
  /** the one range the rest adds, per rubric, when every rest adds the same */
  only: (number | undefined)[];
  penalty: number;
}

function upperHull(points: [number, number][]): [number[], number[]] {
  points.sort((a, b) => a[0] - b[0]);
  const hull: [number, number][] = [];
  for (const point of points) {
    while (hull.length >= 2) {
      const [a, b] = [hull[hull.length - 2]!, hull[hull.length - 1]!];
      // Drop b when it lies on or under the segment from a to point.
      if ((b[0] - a[0]) * (point[1] - a[1]) - (b[1] - a[1]) * (point[0] - a[0]) >= 0) hull.pop();
      else break;
    }
    hull.push(point);
  }
  return [hull.map((p) => p[0]), hull.map((p) => p[1])];
}

function restTables(graph: StepGraph, sign: 1 | -1): (Rest | undefined)[] {
  const rests: (Rest | undefined)[] = [];
  // Per node and rubric: range added → sign × the most gained with it.
  const tables: Map<number, number>[][] = [];
  for (const id of [...graph.order].reverse()) {
    if (graph.ending[id]) {
      tables[id] = [new Map([[0, 0]]), new Map([[0, 0]]), new Map([[0, 0]])];
      rests[id] = { hullRange: [[], [], []], hullGained: [[], [], []], flat: [0, 0, 0], only: [0, 0, 0], penalty: 0 };
      continue;
    }
    const maps = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
    let penalty: number | undefined;
    for (const step of graph.steps[id]!) {
      const after = tables[step.to];
      if (!after) continue;
      for (let r = 0; r < 3; r++) {
        const map = maps[r]!;
        for (const [range, gained] of after[r]!) {
          const key = range + step.range[r]!;
          const value = gained + sign * step.gained[r]!;
          const known = map.get(key);
          if (known === undefined || value > known) map.set(key, value);
        }
      }
      const points = rests[step.to]!.penalty + step.penalty;
      penalty = penalty === undefined ? points : sign > 0 ? Math.min(penalty, points) : Math.max(penalty, points);
    }
    if (penalty === undefined) continue;
    tables[id] = maps;
    const hulls = maps.map((map) => upperHull([...map].filter(([range]) => range > 0)));
    rests[id] = {
      hullRange: hulls.map((h) => h[0]),
      hullGained: hulls.map((h) => h[1]),
      flat: maps.map((map) => map.get(0)),
      only: maps.map((map) => (map.size === 1 ? [...map.keys()][0] : undefined)),
      penalty,
    };
  }
  return rests;
}

/**
 * When every complete path ends with the same ranges (a call whose choice points are passed
 * whatever is chosen), the score is linear in what was gained, and the most the rest of a path
 * can add to that linear part is one dynamic programme: a bound that is exact but for triggers.
 */
function jointBound(graph: StepGraph, rests: (Rest | undefined)[], rules: ScoringRules, sign: 1 | -1) {
  const final = rests[graph.root]!.only;
  if (final.some((d) => d === undefined)) return undefined;
  let total = rules.weights.triggers;
  RATED_RUBRICS.forEach((rubric, r) => {
    if (final[r]! > 0) total += rules.weights[rubric];
  });
  const scale = total === 0 ? 0 : 1 / total;
  const c = RATED_RUBRICS.map((rubric, r) => (final[r]! > 0 ? (sign * 100 * rules.weights[rubric] * scale) / final[r]! : 0));
  const rest: number[] = [];
  for (const id of [...graph.order].reverse()) {
    if (graph.ending[id]) rest[id] = 0;
    else if (rests[id]) {
      let top = Number.NEGATIVE_INFINITY;
      for (const step of graph.steps[id]!) {
        const after = rest[step.to];
        if (after !== undefined) top = Math.max(top, c[0]! * step.gained[0] + c[1]! * step.gained[1] + c[2]! * step.gained[2] + after);
      }
      rest[id] = top;
    }
  }
  const triggerWeight = rules.weights.triggers * scale;
  return (id: number, gained: Triple, penalty: number) =>
    c[0]! * gained[0] + c[1]! * gained[1] + c[2]! * gained[2] + rest[id]! + sign * triggerWeight * Math.max(0, 100 - penalty - rests[id]!.penalty);
}

/**
 * The best (`sign` 1) or worst (`sign` −1) complete path by overall score, exactly, with the same
 * tie-breaking as enumerating every path in lexicographic order: the first path within
 * {@link SCORE_EPSILON} of the extreme wins. Undefined when no path is complete; `'too_big'`
 * when the search would expand more than its budget of nodes.
 *
 * Why it is exact without enumerating paths: the overall score is a weighted mean of per-rubric
 * ratios `gained/range` (a rubric with no range leaves the mean) and of `100 − penalty`. A
 * dynamic programme over the step graph gives, for every node and every range the rest of a
 * path can add, the most it can gain on each rubric; from those, the best each rubric's ratio
 * can still reach, for the prefix walked so far, is exact, and their weighted mean over every
 * set of rubrics that can still end up assessed bounds the score of every completion. Branch
 * and bound with that bound finds the extreme; a second pass in lexicographic order, cut by
 * the same bound, finds the first path within epsilon of it. Two prefixes that reach the same
 * node with the same ranges and penalty are compared by what they gained: one that gained no
 * more on any rubric cannot do better, and is cut.
 */
export function extremePath(graph: StepGraph, rules: ScoringRules, sign: 1 | -1): ExtremePath | undefined | 'too_big' {
  const search = pathSearch(graph, rules, sign);
  if (search === undefined || search === 'too_big') return search;
  const top = search.extreme();
  if (top === undefined || top === 'too_big') return top;
  return search.first(top - SCORE_EPSILON, (value) => value >= top - SCORE_EPSILON) ?? 'too_big';
}

/** Searches over the complete paths of a step graph by overall score, `sign` × overall being the value to raise. */
export interface PathSearch {
  /** the highest value of any complete path above `floor`; undefined when none is complete or above it */
  extreme(floor?: number): number | undefined | 'too_big';
  /**
   * The first complete path in lexicographic order whose value passes `accept`, looking only
   * where a path can reach `atLeast` (every accepted value must be at least that).
   */
  first(atLeast: number, accept: (value: number) => boolean): ExtremePath | undefined | 'too_big';
}

/** Set up {@link extremePath}'s search; undefined when no path is complete. */
export function pathSearch(graph: StepGraph, rules: ScoringRules, sign: 1 | -1): PathSearch | undefined | 'too_big' {
  const rests = restTables(graph, sign);
  if (!rests[graph.root]) return undefined;
  const weight = RATED_RUBRICS.map((rubric) => rules.weights[rubric]) as Triple;
  const triggerWeight = rules.weights.triggers;
  const gained: Triple = [0, 0, 0];
  const range: Triple = [0, 0, 0];
  let penalty = 0;
  const best: number[] = [0, 0, 0];
  const joint = jointBound(graph, rests, rules, sign);

  /** sign × the highest (lowest) overall score any completion from `id` can reach: a bound. */
  const bound = (id: number): number => {
    const rest = rests[id];
    if (!rest) return Number.NEGATIVE_INFINITY;
    for (let r = 0; r < 3; r++) {
      // The steepest line from (−range so far, −sign × gained so far) to a rest's point.
      const had = range[r]!;
      const got = sign * gained[r]!;
      const flat = rest.flat[r];
      let top = had > 0 && flat !== undefined ? (100 * (got + flat)) / had : Number.NEGATIVE_INFINITY;
      const ranges = rest.hullRange[r]!;
      const gains = rest.hullGained[r]!;
      for (let i = 0; i < ranges.length; i++) {
        const value = (100 * (got + gains[i]!)) / (had + ranges[i]!);
        if (value > top) top = value;
      }
      best[r] = top;
    }
    const triggers = sign * Math.max(0, 100 - penalty - rest.penalty);
    let answer = Number.NEGATIVE_INFINITY;
    // Every set of rubrics that can still be assessed at the end: each changes the mean's weights.
    for (let assessed = 0; assessed < 8; assessed++) {
      let sum = triggerWeight * triggers;
      let total = triggerWeight;
      let possible = true;
      for (let r = 0; r < 3 && possible; r++) {
        if (assessed & (1 << r)) {
          possible = best[r]! > Number.NEGATIVE_INFINITY;
          sum += weight[r]! * best[r]!;
          total += weight[r]!;
        } else possible = range[r] === 0 && rest.flat[r] !== undefined;
      }
      if (possible) answer = Math.max(answer, total === 0 ? 0 : sum / total);
    }
    return joint ? Math.min(answer, joint(id, gained, penalty)) : answer;
  };

  const sums = (): ScoreSums => ({
    gained: { empathy: gained[0], ownership: gained[1], expectations: gained[2] },
    range: { empathy: range[0], ownership: range[1], expectations: range[2] },
    penalty,
  });
  const value = () => sign * scoresFromSums(sums(), rules).overall;
  const apply = (step: PathStep, by: 1 | -1) => {
    for (let r = 0; r < 3; r++) {
      gained[r]! += by * step.gained[r]!;
      range[r]! += by * step.range[r]!;
    }
    penalty += by * step.penalty;
  };

  // Prefixes seen at (node, ranges, penalty): a new one that gained no more on any weighted
  // rubric (no less, for the worst path) has no better completion.
  const base = 1 + Math.max(...graph.order.map((id) => Math.max(0, ...graph.steps[id]!.map((step) => Math.max(...step.range))))) * graph.order.length;
  if (base ** 3 * 101 > Number.MAX_SAFE_INTEGER) return 'too_big';
  let seen: (Map<number, number[]> | undefined)[] = [];
  let expansions = 0;
  const [w0, w1, w2] = weight.map((w) => (w === 0 ? 0 : sign));
  const dominated = (id: number): boolean => {
    const key = range[0] + base * (range[1] + base * (range[2] + base * Math.min(penalty, 100)));
    let here = seen[id];
    if (!here) seen[id] = here = new Map();
    const list = here.get(key);
    const [g0, g1, g2] = gained;
    if (!list) {
      here.set(key, [g0, g1, g2]);
      return false;
    }
    for (let i = 0; i < list.length; i += 3) {
      if (w0! * (list[i]! - g0) >= 0 && w1! * (list[i + 1]! - g1) >= 0 && w2! * (list[i + 2]! - g2) >= 0) return true;
    }
    list.push(g0, g1, g2);
    return false;
  };

  // Pass 1: the extreme value, most promising steps first.
  let top = Number.NEGATIVE_INFINITY;
  const search = (id: number): void => {
    if (graph.ending[id]) {
      top = Math.max(top, value());
      return;
    }
    if (++expansions > MAX_EXPANSIONS || dominated(id)) return;
    const options = graph.steps[id]!.map((step) => {
      apply(step, 1);
      const promise = bound(step.to);
      apply(step, -1);
      return { step, promise };
    });
    options.sort((a, b) => b.promise - a.promise);
    for (const { step, promise } of options) {
      if (promise <= top) break;
      apply(step, 1);
      search(step.to);
      apply(step, -1);
    }
  };
  const extreme = (floor = Number.NEGATIVE_INFINITY): number | undefined | 'too_big' => {
    // Paths that cannot beat the floor are cut like paths that cannot beat the best so far.
    top = floor;
    seen = [];
    expansions = 0;
    search(graph.root);
    if (expansions > MAX_EXPANSIONS) return 'too_big';
    return top === floor ? undefined : top;
  };

  // Pass 2: the first path in lexicographic order whose value is accepted.
  const first = (atLeast: number, accept: (value: number) => boolean): ExtremePath | undefined | 'too_big' => {
    seen = [];
    expansions = 0;
    const path: PathStep[] = [];
    const walk = (id: number): boolean => {
      if (graph.ending[id]) return accept(value());
      if (++expansions > MAX_EXPANSIONS || dominated(id)) return false;
      for (const step of graph.steps[id]!) {
        apply(step, 1);
        path.push(step);
        if (bound(step.to) >= atLeast && walk(step.to)) return true;
        path.pop();
        apply(step, -1);
      }
      return false;
    };
    if (!walk(graph.root)) return expansions > MAX_EXPANSIONS ? 'too_big' : undefined;
    const found = {
      choices: path.flatMap((step) => step.choices),
      steps: [...path],
      ending: path.length === 0 ? graph.root : path[path.length - 1]!.to,
      scores: scoresFromSums(sums(), rules),
    };
    for (const step of path) apply(step, -1);
    return found;
  };
  return { extreme, first };
}
