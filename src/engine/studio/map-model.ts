import type { Diagnostic } from '../check/diagnostics.ts';
import { ChoiceLines } from '../check/choice-lines.ts';
import { scanSource } from '../check/source-scan.ts';
import type { Exploration, ExploreNode } from '../explore/explorer.ts';
import type { Beat } from '../schema/session.ts';
import type { Outcome } from '../schema/tags.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';
import { gradeChoices, ratingsShort, type ChoiceGrade } from './choice-grade.ts';
import { shorten } from './shorten.ts';
import { SourcePlaces } from './source-places.ts';
import { SourceText } from './source-text.ts';

/** What a box on the map stands for. */
export type MapNodeKind = 'start' | 'choice' | 'ending' | 'dead_end' | 'loop' | 'error' | 'unreachable';

/** One box on the map: a choice point, an ending, a problem, or a knot nothing reaches. */
export interface MapNode {
  id: string;
  kind: MapNodeKind;
  /** the knot or stitch it is written in */
  title: string;
  /** a few words: what the customer said last, the outcome, or what went wrong */
  detail: string;
  /** the source line clicking it opens */
  line: number | undefined;
  outcome?: Outcome;
}

/** One arrow: a line the trainee may say at a choice point, and where it leads. */
export interface MapEdge {
  id: string;
  from: string;
  to: string;
  /** the line in full */
  text: string;
  /** the line shortened for the map */
  label: string;
  grade: ChoiceGrade | undefined;
  /** its ratings in a few characters ("E+2 O0 X-1") */
  ratings: string;
  line: number | undefined;
}

/** The scenario as a branch map, with the states of the exploration it was drawn from. */
export interface MapModel {
  nodes: MapNode[];
  edges: MapEdge[];
  /** the arrow from the start to the first stop */
  opening: string;
  /** exploration state id → map node id */
  stateNodes: string[];
  /** exploration state id → (choice index → the arrow taken and the state reached) */
  steps: { edge: string; to: number }[][];
  root: number;
  /** false when the exploration ran out of budget: some of the story is not on the map */
  complete: boolean;
}

/** What the map is drawn from: the source and the checker's exploration, ratings and errors. */
export interface MapInput {
  source: string;
  exploration: Pick<Exploration, 'nodes' | 'root' | 'openingBeats' | 'complete'>;
  /** per exploration state, its options rated (the checker's `rated`) */
  rated: readonly (readonly RatedChoice[])[];
  errors: readonly Diagnostic[];
  rules: ScoringRules;
}

/** What a box above the first knot is titled. */
const TOP = 'top';
const LABEL_CHARS = 36;
const DETAIL_CHARS = 36;

const PROBLEM_KINDS: Partial<Record<Diagnostic['code'], MapNodeKind>> = { dead_end: 'dead_end', endless_loop: 'loop', runtime_error: 'error' };
const PROBLEM_WORDS: Record<'dead_end' | 'loop' | 'error', string> = {
  dead_end: 'dead end: content runs out',
  loop: 'endless loop',
  error: 'runtime error',
};

/** The customer's last words in some beats, if they said any. */
function lastCustomerWords(beats: readonly Beat[]): string | undefined {
  for (let i = beats.length - 1; i >= 0; i--) if (beats[i]!.speaker === 'customer' && beats[i]!.text) return beats[i]!.text;
  return undefined;
}

/**
 * Build the branch map. Exploration states that are the same choice point (the same lines on
 * offer, as the checker counts choice points), the same ending, or the same problem line share a
 * box; knots the checker reports unreachable get a box of their own with no arrow in.
 */
export function buildMapModel(input: MapInput): MapModel {
  const scan = scanSource(input.source);
  const places = new SourcePlaces(scan.flows);
  const choiceLines = new ChoiceLines(scan.choices);
  const text = new SourceText(input.source);
  const nodes = new Map<string, MapNode>();
  const edges = new Map<string, MapEdge>();
  const { exploration } = input;

  const add = (node: MapNode) => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
    return node.id;
  };
  const placeOf = (line: number | undefined) => (line === undefined ? undefined : places.flowAt(line));

  const nodeOf = (state: ExploreNode): MapNode => {
    if (state.kind === 'choice') {
      const line = state.options[0] ? choiceLines.lineOf(state.options[0].text) : undefined;
      return { id: `choice:${state.options.map((o) => o.text).join('\n')}`, kind: 'choice', title: placeOf(line) ?? TOP, detail: '', line };
    }
    if (state.kind === 'ending') {
      const line = state.stop?.line;
      const node: MapNode = {
        id: `ending:${state.stop?.path ?? ''}:${state.outcome ?? ''}`,
        kind: 'ending',
        title: placeOf(line) ?? TOP,
        detail: state.outcome ? `ends: ${state.outcome}` : 'ends with no outcome',
        line,
      };
      if (state.outcome) node.outcome = state.outcome;
      return node;
    }
    const line = state.problem?.line;
    return { id: `${state.kind}:${line ?? ''}`, kind: state.kind, title: placeOf(line) ?? TOP, detail: PROBLEM_WORDS[state.kind], line };
  };

  const stateNodes = exploration.nodes.map((state) => add(nodeOf(state)));
  const start = add({ id: 'start', kind: 'start', title: 'Start', detail: '', line: undefined });
  const firstWords = exploration.openingBeats.find((b) => b.text)?.text;
  const startNode = nodes.get(start)!;
  if (firstWords) {
    startNode.detail = shorten(firstWords, DETAIL_CHARS);
    startNode.line = text.lineOf(firstWords);
  }
  const rootNode = stateNodes[exploration.root];
  const opening = `${start}→${rootNode}`;
  if (rootNode !== undefined) edges.set(opening, { id: opening, from: start, to: rootNode, text: '', label: '', grade: undefined, ratings: '', line: undefined });
  const said = (id: string | undefined, beats: readonly Beat[]) => {
    const node = id === undefined ? undefined : nodes.get(id);
    const words = lastCustomerWords(beats);
    if (node?.kind === 'choice' && node.detail === '' && words) node.detail = `“${shorten(words, DETAIL_CHARS)}”`;
  };
  said(rootNode, exploration.openingBeats);

  const steps = exploration.nodes.map((state) => {
    const offered = input.rated[state.id] ?? [];
    const grades = offered.length === state.options.length ? gradeChoices(offered, input.rules) : [];
    const from = stateNodes[state.id]!;
    const out: { edge: string; to: number }[] = [];
    for (const edge of state.edges) {
      const position = state.options.findIndex((o) => o.index === edge.choice);
      const option = state.options[position];
      if (!option) continue;
      const to = stateNodes[edge.to]!;
      const id = `${from}→${option.text}→${to}`;
      if (!edges.has(id)) {
        const rated = offered[position];
        edges.set(id, {
          id,
          from,
          to,
          text: option.text,
          label: shorten(option.text, LABEL_CHARS),
          grade: grades[position],
          ratings: rated ? ratingsShort(rated) : '',
          line: choiceLines.lineOf(option.text),
        });
      }
      said(to, edge.beats);
      out[edge.choice] = { edge: id, to: edge.to };
    }
    return out;
  });

  for (const error of input.errors) {
    const kind = PROBLEM_KINDS[error.code];
    if (kind === 'dead_end' || kind === 'loop' || kind === 'error') {
      add({ id: `${kind}:${error.line ?? ''}`, kind, title: placeOf(error.line) ?? TOP, detail: PROBLEM_WORDS[kind], line: error.line });
    }
    if (error.code === 'unreachable') {
      const flow = places.headerAt(error.line);
      const title = flow?.path ?? `line ${error.line}`;
      add({ id: `unreachable:${title}`, kind: 'unreachable', title, detail: 'unreachable: nothing leads here', line: error.line });
    }
  }

  return { nodes: [...nodes.values()], edges: [...edges.values()], opening, stateNodes, steps, root: exploration.root, complete: exploration.complete };
}

/** The boxes and arrows a call takes when it makes these choices (0-based, authored order), as far as the map goes. */
export function pathOnMap(model: MapModel, choices: readonly number[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>(['start']);
  const edges = new Set<string>([model.opening]);
  let state = model.root;
  const at = model.stateNodes[state];
  if (at !== undefined) nodes.add(at);
  for (const choice of choices) {
    const step = model.steps[state]?.[choice];
    if (!step) break;
    edges.add(step.edge);
    state = step.to;
    nodes.add(model.stateNodes[state]!);
  }
  return { nodes, edges };
}
