import type { Beat, ChoiceOption } from '../schema/session.ts';
import type { Outcome } from '../schema/tags.ts';
import type { InkStory } from '../story/ink-types.ts';
import { interpretChoiceTags, interpretLine, type TagProblem } from '../story/interpret.ts';
import { readMood, runSegment, type Segment } from '../story/segment.ts';
import { enterState, forkState, liveState, type InkState } from '../story/state-fork.ts';
import { guardStory, type StopPoint } from '../story/story-guard.ts';
import { observedCounts } from './observed-counts.ts';
import { stateKey } from './state-key.ts';

/** A story state at a choice point or where the story stopped. */
export interface ExploreNode {
  id: number;
  kind: 'choice' | 'ending' | 'dead_end' | 'loop' | 'error';
  /** choices on offer (choice nodes) */
  options: ChoiceOption[];
  /** the last `#outcome` emitted on the way here */
  outcome: Outcome | undefined;
  mood: number;
  /** where the story stopped (ending nodes) */
  stop?: StopPoint;
  /** what went wrong (dead ends, loops, errors) */
  problem?: { message: string; line: number | undefined };
  /** one edge per option, filled in when the node is expanded */
  edges: ExploreEdge[];
}

/** Picking option `choice` at a node leads to node `to`, through these beats. */
export interface ExploreEdge {
  choice: number;
  to: number;
  beats: Beat[];
}

/** Limits that keep exploration of a huge story finite. */
export interface ExploreBudget {
  /** distinct states at most */
  maxStates: number;
  /** wall-clock limit in milliseconds */
  maxMillis: number;
}

/** Progress report, given now and then during a long run. */
export interface ExploreProgress {
  states: number;
  pending: number;
  elapsedMs: number;
}

/** Options for {@link explore}. */
export interface ExploreOptions {
  budget?: Partial<ExploreBudget>;
  /** Ink's random seed (fixed so that `{~…}` and RANDOM are reproducible) */
  seed?: number;
  onProgress?: (progress: ExploreProgress) => void;
  /** injectable clock for tests */
  now?: () => number;
}

/** Everything exploration learned about a story. */
export interface Exploration {
  nodes: ExploreNode[];
  /** beats before the first choice point */
  openingBeats: Beat[];
  /** the node the opening leads to */
  root: number;
  /** false when the budget ran out before every state was seen */
  complete: boolean;
  stoppedBecause?: string;
  /** runtime paths of every container entered */
  visited: Set<string>;
  mood: { min: number; max: number };
  /** line and choice tags that failed their schema at run time */
  tagProblems: TagProblem[];
}

/** Default budget: far beyond any hand-written scenario, small enough to answer in seconds. */
export const DEFAULT_BUDGET: ExploreBudget = { maxStates: 50_000, maxMillis: 20_000 };

const PROGRESS_EVERY_MS = 1000;

/**
 * Explore every reachable state of a story breadth-first, merging states with the same future
 * so that shared futures are explored once. The story must be fresh (nothing played yet).
 */
export function explore(story: InkStory, options: ExploreOptions = {}): Exploration {
  const budget = { ...DEFAULT_BUDGET, ...options.budget };
  const now = options.now ?? Date.now;
  const started = now();
  let lastProgress = started;
  const guard = guardStory(story, true);
  const observed = observedCounts(story);
  const nodes: ExploreNode[] = [];
  /** the ink state of each choice node not expanded yet */
  const inkStates: (InkState | undefined)[] = [];
  const byKey = new Map<string, number>();
  const queue: number[] = [];
  const tagProblems: TagProblem[] = [];
  const mood = { min: readMood(story), max: readMood(story) };

  const absorb = (segment: Segment, outcomeBefore: Outcome | undefined) => {
    const beats: Beat[] = [];
    let outcome = outcomeBefore;
    for (const line of segment.lines) {
      const { beat, problems } = interpretLine(line);
      tagProblems.push(...problems);
      beats.push(beat);
      if (beat.outcome) outcome = beat.outcome;
      mood.min = Math.min(mood.min, beat.mood);
      mood.max = Math.max(mood.max, beat.mood);
    }
    return { beats, outcome };
  };

  const reach = (segment: Segment, outcomeBefore: Outcome | undefined) => {
    const { beats, outcome } = absorb(segment, outcomeBefore);
    const { end } = segment;
    const state = liveState(story);
    const key = end.kind === 'choices' ? stateKey(state, outcome, observed) : JSON.stringify([end, outcome]);
    const known = byKey.get(key);
    if (known !== undefined) return { to: known, beats };
    const node: ExploreNode = { id: nodes.length, kind: 'choice', options: [], outcome, mood: readMood(story), edges: [] };
    if (end.kind === 'choices') {
      node.options = story.currentChoices.map((choice) => {
        const { meta, problems } = interpretChoiceTags(choice.tags ?? []);
        tagProblems.push(...problems);
        return { index: choice.index, text: choice.text.trim(), meta };
      });
      queue.push(node.id);
    } else if (end.kind === 'ended' && end.stop?.line !== undefined) {
      node.kind = 'ending';
      node.stop = end.stop;
    } else if (end.kind === 'ended') {
      node.kind = 'dead_end';
      node.problem = { message: 'content runs out here without -> END', line: end.line };
    } else {
      node.kind = end.kind;
      node.problem = { message: end.message, line: end.line };
    }
    nodes.push(node);
    inkStates.push(end.kind === 'choices' ? state : undefined);
    byKey.set(key, node.id);
    return { to: node.id, beats };
  };

  story.ResetState();
  story.state.storySeed = options.seed ?? 0;
  story.state.previousRandom = 0;
  const opening = reach(runSegment(story, guard, story.globalTags?.length ?? 0), undefined);
  let stoppedBecause: string | undefined;

  while (queue.length > 0) {
    const elapsed = now() - started;
    if (nodes.length >= budget.maxStates) {
      stoppedBecause = `stopped after ${nodes.length} states (budget ${budget.maxStates})`;
      break;
    }
    if (elapsed >= budget.maxMillis) {
      stoppedBecause = `stopped after ${Math.round(elapsed)} ms (budget ${budget.maxMillis} ms) with ${nodes.length} states`;
      break;
    }
    if (options.onProgress && now() - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now();
      options.onProgress({ states: nodes.length, pending: queue.length, elapsedMs: lastProgress - started });
    }
    const node = nodes[queue.shift()!]!;
    const inkState = inkStates[node.id]!;
    node.options.forEach((option, i) => {
      // Each option plays on from a copy of the node's state; the last one from the state itself.
      enterState(story, i < node.options.length - 1 ? forkState(inkState) : inkState);
      story.ChooseChoiceIndex(option.index);
      const { to, beats } = reach(runSegment(story, guard), node.outcome);
      node.edges.push({ choice: option.index, to, beats });
    });
    inkStates[node.id] = undefined;
  }

  const exploration: Exploration = {
    nodes,
    openingBeats: opening.beats,
    root: opening.to,
    complete: stoppedBecause === undefined,
    visited: guard.visited,
    mood,
    tagProblems,
  };
  if (stoppedBecause !== undefined) exploration.stoppedBecause = stoppedBecause;
  return exploration;
}
