import type { Exploration } from '../explore/explorer.ts';
import type { Outcome } from '../schema/tags.ts';
import { scoresFromSums, triggerPenalty, type CallScores, type ScoreSums, type ScoringRules } from '../scoring/call-score.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';
import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';

/** Picks the position of the line to say among the allowed positions (never empty). */
export type LinePicker = (options: readonly RatedChoice[], allowed: readonly number[]) => number;

/** One call played by a strategy from the start to where it stopped. */
export interface StrategyCall {
  /** 1-based choice numbers, as a trainee types them */
  path: number[];
  /** the lines said, in order */
  said: RatedChoice[];
  /** for each line said, every line that was on offer with it */
  offered: RatedChoice[][];
  scores: CallScores;
  /** the outcome of the ending reached; null when the walk reached no ending */
  outcome: Outcome | null;
  /** the customer's mood where the call stopped */
  mood: number;
  /** the ending node reached, if any */
  ending: number | undefined;
  /** trigger ids of every chosen line, repeats included */
  triggers: string[];
}

/** Per rubric, the worst rating on offer at a choice point and the spread up to the best. */
interface PointSpan {
  worst: Record<RatedRubric, number>;
  range: Record<RatedRubric, number>;
}

// A check plays a thousand random walks over the same choice points: each point's span is worked out once.
const spans = new WeakMap<readonly RatedChoice[], PointSpan>();

function spanOf(options: readonly RatedChoice[]): PointSpan {
  let span = spans.get(options);
  if (span) return span;
  span = { worst: { empathy: 0, ownership: 0, expectations: 0 }, range: { empathy: 0, ownership: 0, expectations: 0 } };
  for (const rubric of RATED_RUBRICS) {
    const values = options.map((option) => option.ratings[rubric]);
    span.worst[rubric] = Math.min(...values);
    span.range[rubric] = Math.max(...values) - span.worst[rubric];
  }
  spans.set(options, span);
  return span;
}

/** Where a walk ended and what it scored: all that the random walks' summary and a track's verdicts read. */
export type WalkEnd = Pick<StrategyCall, 'scores' | 'outcome' | 'mood' | 'ending' | 'triggers'>;

/** Told each line a walk says, with every line on offer beside it and its place among them. */
type SayListener = (chosen: RatedChoice, options: readonly RatedChoice[], choice: number) => void;

/**
 * Walk the explored graph from the start, letting `pick` choose at every choice point. A line that
 * would lead back to a state already on the path is not allowed (the same rule as the path walk,
 * so a loop is followed once); a point where every line loops back ends the walk without an ending.
 */
export function walkStrategy(exploration: Exploration, rated: readonly RatedChoice[][], rules: ScoringRules, pick: LinePicker, said?: SayListener): WalkEnd {
  // The sums of scoreCall, added up as the walk goes (the same additions in the same order).
  const sums: ScoreSums = { gained: { empathy: 0, ownership: 0, expectations: 0 }, range: { empathy: 0, ownership: 0, expectations: 0 }, penalty: 0 };
  let outcome: Outcome | null = null;
  let ending: number | undefined;
  const triggers: string[] = [];
  const onPath = new Set<number>();
  let id = exploration.root;
  let mood = exploration.openingBeats.at(-1)?.mood ?? exploration.nodes[id]?.mood ?? 0;
  for (;;) {
    const node = exploration.nodes[id];
    if (!node) break;
    if (node.kind === 'ending') {
      ending = id;
      outcome = node.outcome ?? null;
      break;
    }
    if (node.kind !== 'choice' || node.edges.length === 0) break;
    mood = node.mood;
    onPath.add(id);
    const options = rated[id] ?? [];
    // Plain loops and no rubric loop: a check walks a thousand times per scenario, and this is the walk's every step.
    const allowed: number[] = [];
    for (let position = 0; position < node.edges.length; position++) if (!onPath.has(node.edges[position]!.to)) allowed.push(position);
    if (allowed.length === 0) break;
    const edge = node.edges[pick(options, allowed)]!;
    const chosen = options[edge.choice]!;
    const { worst, range } = spanOf(options);
    const { gained } = sums;
    gained.empathy += chosen.ratings.empathy - worst.empathy;
    gained.ownership += chosen.ratings.ownership - worst.ownership;
    gained.expectations += chosen.ratings.expectations - worst.expectations;
    sums.range.empathy += range.empathy;
    sums.range.ownership += range.ownership;
    sums.range.expectations += range.expectations;
    if (chosen.triggers.length > 0) {
      for (const trigger of new Set(chosen.triggers)) {
        sums.penalty += triggerPenalty(trigger, rules);
        triggers.push(trigger);
      }
    }
    said?.(chosen, options, edge.choice);
    mood = edge.beats.at(-1)?.mood ?? mood;
    id = edge.to;
  }
  return { scores: scoresFromSums(sums, rules), outcome, mood, ending, triggers };
}

/** Play a call as {@link walkStrategy} does, keeping every line said and every line on offer with it. */
export function playStrategy(exploration: Exploration, rated: readonly RatedChoice[][], rules: ScoringRules, pick: LinePicker): StrategyCall {
  const lines: Pick<StrategyCall, 'path' | 'said' | 'offered'> = { path: [], said: [], offered: [] };
  const end = walkStrategy(exploration, rated, rules, pick, (chosen, options, choice) => {
    lines.path.push(choice + 1);
    lines.said.push(chosen);
    lines.offered.push([...options]);
  });
  return { ...lines, ...end };
}
