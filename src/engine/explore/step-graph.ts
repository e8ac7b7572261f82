import { RATED_RUBRICS } from '../schema/rubric-ids.ts';
import { triggerPenalty, type ScoringRules } from '../scoring/call-score.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';
import type { Exploration } from './explorer.ts';

/** Three numbers in the order of `RATED_RUBRICS`. */
export type Triple = [number, number, number];

/**
 * One step of a complete path: a run of choices from a node to a node outside the loop it is
 * in (a single choice when the node is on no loop), with the sums the scoring needs.
 */
export interface PathStep {
  /** 0-based choices taken, in order */
  choices: number[];
  to: number;
  /** per rubric: chosen rating minus the worst on offer, summed over the choice points passed */
  gained: Triple;
  /** per rubric: best minus worst on offer, summed */
  range: Triple;
  /** per rubric: the chosen ratings, summed */
  raw: Triple;
  /** trigger penalty points */
  penalty: number;
  /** trigger ids used, with repeats across choice points */
  triggers: string[];
}

/**
 * The complete paths of an exploration as a graph without cycles: `steps[id]` lists a node's
 * steps in lexicographic order of their choices, and `order` lists the nodes a path can stand
 * on, each before every node it leads to.
 */
export interface StepGraph {
  root: number;
  steps: PathStep[][];
  order: number[];
  /** whether a node is an ending (a path that stops there is complete) */
  ending: boolean[];
  /** false when the loops hold more simple paths than `maxSegments` */
  complete: boolean;
}

interface NodeStats {
  worst: Triple;
  range: Triple;
}

function statsOf(options: readonly RatedChoice[]): NodeStats {
  const worst: Triple = [0, 0, 0];
  const range: Triple = [0, 0, 0];
  RATED_RUBRICS.forEach((rubric, r) => {
    const values = options.map((option) => option.ratings[rubric]);
    worst[r] = Math.min(...values);
    range[r] = Math.max(...values) - worst[r];
  });
  return { worst, range };
}

/** Strongly connected components of the nodes reachable from the root (Tarjan, iteratively). */
function components(exploration: Exploration): { component: Int32Array; looping: boolean[] } {
  const nodes = exploration.nodes;
  const index = new Int32Array(nodes.length).fill(-1);
  const low = new Int32Array(nodes.length);
  const component = new Int32Array(nodes.length).fill(-1);
  const onStack = new Uint8Array(nodes.length);
  const stack: number[] = [];
  /** per component, numbered in the order they complete: each after those it leads to */
  const looping: boolean[] = [];
  let counter = 0;
  const work: { id: number; next: number }[] = [];
  const open = (id: number) => {
    index[id] = low[id] = counter++;
    stack.push(id);
    onStack[id] = 1;
    work.push({ id, next: 0 });
  };
  open(exploration.root);
  while (work.length > 0) {
    const frame = work[work.length - 1]!;
    const edges = nodes[frame.id]!.edges;
    if (frame.next < edges.length) {
      const to = edges[frame.next++]!.to;
      if (index[to] === -1) open(to);
      else if (onStack[to]) low[frame.id] = Math.min(low[frame.id]!, index[to]!);
      continue;
    }
    work.pop();
    if (work.length > 0) {
      const parent = work[work.length - 1]!.id;
      low[parent] = Math.min(low[parent]!, low[frame.id]!);
    }
    if (low[frame.id] !== index[frame.id]) continue;
    const id = looping.length;
    let size = 0;
    let member: number;
    do {
      member = stack.pop()!;
      onStack[member] = 0;
      component[member] = id;
      size++;
    } while (member !== frame.id);
    looping.push(size > 1 || edges.some((edge) => edge.to === frame.id));
  }
  return { component, looping };
}

/**
 * Build the step graph. A path never stands on a merged state twice (a loop is followed once),
 * so inside a loop every simple path to an exit is one step; outside loops a step is one choice.
 * Scoring needs only sums, so the steps carry sums and the search stays exact.
 */
export function buildStepGraph(
  exploration: Exploration,
  rated: RatedChoice[][],
  rules: ScoringRules,
  maxSegments = 200_000,
): StepGraph {
  const nodes = exploration.nodes;
  const { component, looping } = components(exploration);
  const stats = new Map<number, NodeStats>();
  const statsFor = (id: number) => {
    let found = stats.get(id);
    if (!found) {
      found = statsOf(rated[id]!);
      stats.set(id, found);
    }
    return found;
  };
  const steps: PathStep[][] = nodes.map(() => []);
  let segments = 0;
  let complete = true;

  // Depth first inside one loop from `entry`, in choice order, so steps come out sorted.
  const walkLoop = (entry: number) => {
    const home = component[entry];
    const onPath = new Set<number>();
    const choices: number[] = [];
    const triggers: string[] = [];
    const gained: Triple = [0, 0, 0];
    const range: Triple = [0, 0, 0];
    const raw: Triple = [0, 0, 0];
    let penalty = 0;
    const visit = (id: number) => {
      const node = nodes[id]!;
      const { worst, range: spread } = statsFor(id);
      onPath.add(id);
      for (const edge of node.edges) {
        if (!complete) break;
        if (onPath.has(edge.to)) continue;
        const chosen = rated[id]![edge.choice]!;
        const used = [...new Set(chosen.triggers)];
        const points = used.reduce((total, trigger) => total + triggerPenalty(trigger, rules), 0);
        const apply = (sign: 1 | -1) => {
          RATED_RUBRICS.forEach((rubric, r) => {
            gained[r]! += sign * (chosen.ratings[rubric] - worst[r]!);
            range[r]! += sign * spread[r]!;
            raw[r]! += sign * chosen.ratings[rubric];
          });
          penalty += sign * points;
        };
        apply(1);
        choices.push(edge.choice);
        triggers.push(...used);
        if (component[edge.to] !== home) {
          if (++segments > maxSegments) complete = false;
          steps[entry]!.push({ choices: [...choices], to: edge.to, gained: [...gained], range: [...range], raw: [...raw], penalty, triggers: [...triggers] });
        } else {
          visit(edge.to);
        }
        triggers.length -= used.length;
        choices.pop();
        apply(-1);
      }
      onPath.delete(id);
    };
    visit(entry);
  };

  const done = new Set<number>();
  const pending = [exploration.root];
  while (pending.length > 0 && complete) {
    const id = pending.pop()!;
    if (done.has(id)) continue;
    done.add(id);
    const node = nodes[id]!;
    if (node.kind !== 'choice') continue;
    if (looping[component[id]!]) walkLoop(id);
    else {
      const { worst, range } = statsFor(id);
      for (const edge of node.edges) {
        const chosen = rated[id]![edge.choice]!;
        const used = [...new Set(chosen.triggers)];
        const ratings = RATED_RUBRICS.map((rubric) => chosen.ratings[rubric]) as Triple;
        steps[id]!.push({
          choices: [edge.choice],
          to: edge.to,
          gained: ratings.map((value, r) => value - worst[r]!) as Triple,
          range: [...range],
          raw: ratings,
          penalty: used.reduce((total, trigger) => total + triggerPenalty(trigger, rules), 0),
          triggers: used,
        });
      }
    }
    for (const step of steps[id]!) if (!done.has(step.to)) pending.push(step.to);
  }

  // Tarjan finishes components after everything they lead to; reverse for a topological order.
  const order = [...done].sort((a, b) => component[b]! - component[a]!);
  return { root: exploration.root, steps, order, ending: nodes.map((node) => node.kind === 'ending'), complete };
}
