import type { Exploration } from '../explore/explorer.ts';
import { pathSearch } from '../explore/extreme-path.ts';
import { walkCompletePaths } from '../explore/path-walk.ts';
import { buildStepGraph, type PathStep, type StepGraph } from '../explore/step-graph.ts';
import type { Outcome } from '../schema/tags.ts';
import { scoresFromSums, type ScoringRules } from '../scoring/call-score.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';

/** Marks that make an ending disagree with how the call went (the issue-10 contract). */
export const COHERENCE = { goodEndingMoodAtMost: -3, goodEndingOverallUnder: 50, badEndingOverallFrom: 80 } as const;

const GOOD: readonly Outcome[] = ['resolved', 'follow_up'];
const BAD: readonly Outcome[] = ['lost', 'escalated'];
const REASONS = ['low_mood', 'low_overall', 'high_overall'] as const;

/** An ending reached on a path that contradicts it, with the most telling such path. */
export interface IncoherentEnding {
  /** source line of the ending */
  line: number;
  outcome: Outcome;
  reason: (typeof REASONS)[number];
  mood: number;
  overall: number;
  /** the lines said on that path */
  said: string[];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The node each choice of a path is taken at, and the customer's mood at the end. */
function followPath(exploration: Exploration, choices: readonly number[], from = exploration.root): { mood: number; said: number[] } {
  let id = from;
  let mood = exploration.openingBeats.at(-1)?.mood ?? exploration.nodes[id]?.mood ?? 0;
  const said: number[] = [];
  for (const choice of choices) {
    const node = exploration.nodes[id]!;
    mood = node.mood;
    const edge = node.edges.find((e) => e.choice === choice)!;
    said.push(id);
    mood = edge.beats.at(-1)?.mood ?? mood;
    id = edge.to;
  }
  return { mood, said };
}

/** A finding, and the first path in choice order that meets its reason (it orders findings on one line, so it is found only then). */
type Finding = { ending: IncoherentEnding; firstMet: () => readonly number[] | 'too_big' };

/** Complete paths ending where `targets` says, searched over the step graph (nothing is enumerated). */
class EndingQueries {
  private readonly moods = new Map<PathStep, number>();

  constructor(
    private readonly exploration: Exploration,
    private readonly graph: StepGraph,
    private readonly rated: readonly RatedChoice[][],
    private readonly rules: ScoringRules,
  ) {}

  /** The customer's mood after a step into an ending: it is set by the step's last choice. */
  private moodAfter(from: number, step: PathStep): number {
    let mood = this.moods.get(step);
    if (mood === undefined) {
      mood = followPath(this.exploration, step.choices, from).mood;
      this.moods.set(step, mood);
    }
    return mood;
  }

  finding(reason: IncoherentEnding['reason'], choices: readonly number[]): IncoherentEnding {
    const { mood, said } = followPath(this.exploration, choices);
    const ending = this.endOf(choices);
    const node = this.exploration.nodes[ending]!;
    const sums = { gained: { empathy: 0, ownership: 0, expectations: 0 }, range: { empathy: 0, ownership: 0, expectations: 0 }, penalty: 0 };
    let id = this.graph.root;
    let at = 0;
    while (at < choices.length) {
      const step = this.graph.steps[id]!.find((s) => s.choices.every((c, i) => choices[at + i] === c))!;
      (['empathy', 'ownership', 'expectations'] as const).forEach((rubric, r) => {
        sums.gained[rubric] += step.gained[r]!;
        sums.range[rubric] += step.range[r]!;
      });
      sums.penalty += step.penalty;
      at += step.choices.length;
      id = step.to;
    }
    return {
      line: node.stop?.line ?? 1,
      outcome: node.outcome!,
      reason,
      mood,
      overall: round(scoresFromSums(sums, this.rules).overall),
      said: said.map((node, i) => this.rated[node]![choices[i]!]!.text),
    };
  }

  private endOf(choices: readonly number[]): number {
    let id = this.exploration.root;
    for (const choice of choices) id = this.exploration.nodes[id]!.edges.find((e) => e.choice === choice)!.to;
    return id;
  }

  /** The lowest mood any complete path ends with at a target. */
  lowestMood(targets: boolean[]): number | undefined {
    const { graph } = this;
    if (targets[graph.root]) return this.exploration.openingBeats.at(-1)?.mood ?? this.exploration.nodes[graph.root]!.mood;
    let lowest: number | undefined;
    for (const id of graph.order) {
      for (const step of graph.steps[id]!) {
        if (targets[step.to]) lowest = Math.min(lowest ?? Infinity, this.moodAfter(id, step));
      }
    }
    return lowest;
  }

  /** The first path in choice order to a target whose end mood `meets` accepts. */
  firstByMood(targets: boolean[], meets: (mood: number) => boolean): number[] | undefined {
    const { graph } = this;
    if (targets[graph.root]) return meets(this.lowestMood(targets)!) ? [] : undefined;
    const can: boolean[] = [];
    const good = (id: number, step: PathStep) => (targets[step.to] ? meets(this.moodAfter(id, step)) : !graph.ending[step.to] && can[step.to] === true);
    for (const id of [...graph.order].reverse()) can[id] = graph.steps[id]!.some((step) => good(id, step));
    if (!can[graph.root]) return undefined;
    const choices: number[] = [];
    let id = graph.root;
    while (!targets[id]) {
      const step = graph.steps[id]!.find((s) => good(id, s))!;
      choices.push(...step.choices);
      id = step.to;
    }
    return choices;
  }

  /**
   * The extreme overall (sign 1: highest, −1: lowest) of the paths to a target, if `contradicts`
   * holds for it once rounded, with the first path in choice order that rounds to it and the
   * first that contradicts at all (`contradicts` holds from `mark` outwards). Rounding keeps
   * order, so both are searches for the first path from a value on.
   */
  byOverall(
    targets: boolean[],
    sign: 1 | -1,
    mark: number,
    contradicts: (overall: number) => boolean,
  ): { extreme: number[]; firstMet: () => number[] | 'too_big' } | undefined | 'too_big' {
    const search = pathSearch({ ...this.graph, ending: targets }, this.rules, sign);
    if (search === undefined || search === 'too_big') return search;
    // sign × overall rounds to no less than `rounded` from this value on (with a margin for floating point).
    const from = (rounded: number) => sign * rounded - 0.05 - 1e-6;
    const top = search.extreme(from(mark));
    if (top === undefined || top === 'too_big') return top;
    const extreme = round(sign * top);
    if (!contradicts(extreme)) return undefined;
    const atExtreme = search.first(from(extreme), (value) => round(sign * value) === extreme);
    if (atExtreme === undefined || atExtreme === 'too_big') return 'too_big';
    const firstMet = () => {
      const met = search.first(from(mark), (value) => contradicts(round(sign * value)));
      return met === undefined || met === 'too_big' ? 'too_big' : met.choices;
    };
    return { extreme: atExtreme.choices, firstMet };
  }
}

function lexicographic(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Every ending a complete path reaches while contradicting it: a resolved or follow-up ending
 * with the customer at mood −3 or below or an overall under 50, or a lost or escalated ending at
 * an overall of 80 or more. One finding per ending line and reason, with its most extreme path
 * (the first in choice order among equals); findings on one line come in the order of the first
 * path that meets each. Found over the step graph per ending line (the lowest mood by a pass over
 * the steps, the overall by the exact best/worst search), without enumerating paths; a graph too
 * big for that falls back to walking the paths.
 */
export function findIncoherentEndings(exploration: Exploration, rated: readonly RatedChoice[][], rules: ScoringRules): IncoherentEnding[] {
  const graph = buildStepGraph(exploration, rated as RatedChoice[][], rules);
  if (!graph.complete) return walkIncoherentEndings(exploration, rated, rules);
  const queries = new EndingQueries(exploration, graph, rated, rules);
  const lines = new Map<number, { good: boolean[]; bad: boolean[] }>();
  exploration.nodes.forEach((node, id) => {
    if (node.kind !== 'ending' || !node.outcome) return;
    const line = node.stop?.line ?? 1;
    let targets = lines.get(line);
    if (!targets) lines.set(line, (targets = { good: [], bad: [] }));
    if (GOOD.includes(node.outcome)) targets.good[id] = true;
    if (BAD.includes(node.outcome)) targets.bad[id] = true;
  });
  const findings: Finding[] = [];
  for (const { good, bad } of lines.values()) {
    if (good.length > 0) {
      const lowest = queries.lowestMood(good);
      if (lowest !== undefined && lowest <= COHERENCE.goodEndingMoodAtMost) {
        const extreme = queries.firstByMood(good, (mood) => mood === lowest)!;
        const firstMet = () => queries.firstByMood(good, (mood) => mood <= COHERENCE.goodEndingMoodAtMost)!;
        findings.push({ ending: queries.finding('low_mood', extreme), firstMet });
      }
      const low = queries.byOverall(good, -1, COHERENCE.goodEndingOverallUnder, (overall) => overall < COHERENCE.goodEndingOverallUnder);
      if (low === 'too_big') return walkIncoherentEndings(exploration, rated, rules);
      if (low) findings.push({ ending: queries.finding('low_overall', low.extreme), firstMet: low.firstMet });
    }
    if (bad.length > 0) {
      const high = queries.byOverall(bad, 1, COHERENCE.badEndingOverallFrom, (overall) => overall >= COHERENCE.badEndingOverallFrom);
      if (high === 'too_big') return walkIncoherentEndings(exploration, rated, rules);
      if (high) findings.push({ ending: queries.finding('high_overall', high.extreme), firstMet: high.firstMet });
    }
  }
  const firstMet = new Map<Finding, readonly number[]>();
  for (const finding of findings) {
    if (findings.filter((other) => other.ending.line === finding.ending.line).length < 2) continue;
    const met = finding.firstMet();
    if (met === 'too_big') return walkIncoherentEndings(exploration, rated, rules);
    firstMet.set(finding, met);
  }
  return findings
    .sort(
      (a, b) =>
        a.ending.line - b.ending.line ||
        lexicographic(firstMet.get(a) ?? [], firstMet.get(b) ?? []) ||
        REASONS.indexOf(a.ending.reason) - REASONS.indexOf(b.ending.reason),
    )
    .map((finding) => finding.ending);
}

/** The same findings by walking every complete path in choice order: for graphs whose loops are too big to search, and the reference the search is tested against. */
export function walkIncoherentEndings(exploration: Exploration, rated: readonly RatedChoice[][], rules: ScoringRules): IncoherentEnding[] {
  const found = new Map<string, IncoherentEnding>();
  const note = (finding: IncoherentEnding, worse: (a: IncoherentEnding, b: IncoherentEnding) => boolean) => {
    const key = `${finding.line} ${finding.reason}`;
    const known = found.get(key);
    if (!known || worse(finding, known)) found.set(key, finding);
  };
  walkCompletePaths(exploration, rated as RatedChoice[][], rules, ({ choices, ending, scores }) => {
    const node = exploration.nodes[ending]!;
    const outcome = node.outcome;
    if (!outcome) return;
    const overall = round(scores.overall);
    const good = GOOD.includes(outcome);
    const bad = BAD.includes(outcome);
    if (!good && !bad) return;
    const end = followPath(exploration, choices);
    const make = (reason: IncoherentEnding['reason']): IncoherentEnding => ({
      line: node.stop?.line ?? 1,
      outcome,
      reason,
      mood: end.mood,
      overall,
      said: end.said.map((id, i) => rated[id]![choices[i]!]!.text),
    });
    if (good && end.mood <= COHERENCE.goodEndingMoodAtMost) note(make('low_mood'), (a, b) => a.mood < b.mood);
    if (good && overall < COHERENCE.goodEndingOverallUnder) note(make('low_overall'), (a, b) => a.overall < b.overall);
    if (bad && overall >= COHERENCE.badEndingOverallFrom) note(make('high_overall'), (a, b) => a.overall > b.overall);
  });
  return [...found.values()].sort((a, b) => a.line - b.line);
}
