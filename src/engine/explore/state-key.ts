import type { InkState } from '../story/state-fork.ts';
import type { ObservedCounts } from './observed-counts.ts';

/** inkjs runtime objects, as far as the key reads them (inkjs 2.4 internals). */
interface InkPath {
  toString(): string;
}
interface InkPointer {
  container: { path: InkPath } | null;
  index: number;
}
interface InkValue {
  valueType: number;
  value: unknown;
  variableName?: string;
  contextIndex?: number;
}
interface InkElement {
  type: number;
  currentPointer: InkPointer;
  inExpressionEvaluation: boolean;
  temporaryVariables: Map<string, InkValue>;
}
interface InkThread {
  threadIndex: number;
  callstack: InkElement[];
}
interface InkChoice {
  text: string;
  sourcePath: string;
  targetPath: InkPath | null;
  isInvisibleDefault: boolean;
  tags: string[] | null;
  threadAtGeneration: InkThread | null;
}
interface KeyedState {
  currentFlowName: string;
  callStack: { _threads: InkThread[]; ThreadWithIndex(index: number): InkThread | null };
  currentChoices: InkChoice[];
  evaluationStack: InkValue[];
  variablesState: { _globalVariables: Map<string, InkValue>; patch: { globals: Map<string, InkValue> } | null };
  currentTurnIndex: number;
  previousRandom: number;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _patch: { visitCounts: Map<{ path: InkPath }, number>; turnIndices: Map<{ path: InkPath }, number> } | null;
}

/** ValueType numbers of inkjs. */
const LIST_VALUE = 6;
const DIVERT_TARGET_VALUE = 4;
const VARIABLE_POINTER_VALUE = 5;

function valueKey(value: InkValue): string {
  switch (value.valueType) {
    case LIST_VALUE: {
      const list = value.value as Map<string, number> & { originNames?: string[] | null };
      const items = [...list].map(([item, n]) => `${item}=${n}`).sort();
      return `${value.valueType}:${JSON.stringify([items, list.originNames ?? []])}`;
    }
    case DIVERT_TARGET_VALUE:
      return `${value.valueType}:${String(value.value)}`;
    case VARIABLE_POINTER_VALUE:
      return `${value.valueType}:${value.variableName}@${value.contextIndex}`;
    default:
      return `${value.valueType}:${JSON.stringify(value.value)}`;
  }
}

function threadKey(thread: InkThread): string {
  let key = '';
  for (const element of thread.callstack) {
    const pointer = element.currentPointer;
    const temps = [...element.temporaryVariables].map(([name, value]) => `${name}=${valueKey(value)}`);
    key += `[${element.type} ${pointer.container ? pointer.container.path.toString() : ''} ${pointer.index} ${element.inExpressionEvaluation} ${temps.join(',')}]`;
  }
  return key;
}

/** Counts by container path, with the state's patch (changes not merged yet) read through. */
function countsOf(counts: Map<string, number>, patch: Map<{ path: InkPath }, number> | undefined): Map<string, number> {
  if (!patch || patch.size === 0) return counts;
  const merged = new Map(counts);
  for (const [container, n] of patch) merged.set(container.path.toString(), n);
  return merged;
}

/** The knots a state can play on in: where each thread's call stack stands, and where each pending choice leads. */
function knotsOf(state: KeyedState): string[] {
  const knots: string[] = [];
  const addThread = (thread: InkThread) => {
    for (const element of thread.callstack) {
      const container = element.currentPointer.container;
      if (container) knots.push(knotOf(container.path.toString()));
    }
  };
  for (const thread of state.callStack._threads) addThread(thread);
  for (const choice of state.currentChoices) {
    if (choice.targetPath) knots.push(knotOf(choice.targetPath.toString()));
    if (choice.threadAtGeneration) addThread(choice.threadAtGeneration);
  }
  return knots;
}

const knotOf = (path: string) => path.split('.')[0] ?? '';

/**
 * A key for "same future": two states with the same key play out identically. Built from what
 * decides the future (variables, call stacks, pending choices, visit counts, turns since a visit,
 * the random state), leaving out counters that differ on every visit (turn and thread indices,
 * the output stream), visit counts and turn indices the story can never read, and globals and
 * counts no instruction from here on can read (see {@link ObservedCounts.liveIn}). The turn number
 * itself only counts when the story reads `TURNS()`. Read from the state in memory (a JSON
 * round trip per state cost more than playing the story); a choice's thread counts only when it
 * is not a thread of the call stack, as in ink's own saves.
 */
export function stateKey(inkState: InkState, extra: unknown, readsTurns: boolean, observed: ObservedCounts): string {
  const state = inkState as unknown as KeyedState;
  const callStack = state.callStack;
  const threads = callStack._threads.map(threadKey);
  const choices = state.currentChoices.map((choice) => {
    const thread = choice.threadAtGeneration;
    const own = thread && callStack.ThreadWithIndex(thread.threadIndex) === null ? threadKey(thread) : null;
    return [choice.text, choice.sourcePath, String(choice.targetPath), choice.isInvisibleDefault, choice.tags ?? [], own];
  });
  const live = observed.liveIn(knotsOf(state));
  const variables = state.variablesState;
  const globals = new Map([...variables._globalVariables].filter(([name]) => live.globals.has(name)));
  for (const [name, value] of variables.patch?.globals ?? []) if (live.globals.has(name)) globals.set(name, value);
  const visitCounts = countsOf(state._visitCounts, state._patch?.visitCounts);
  const turnIndices = countsOf(state._turnIndices, state._patch?.turnIndices);
  // Sorted by path: the same counts reached in a different order are the same state.
  const visits = [...visitCounts].filter(([path]) => live.visits.has(path)).sort(([a], [b]) => (a < b ? -1 : 1));
  const turnsSince = [...turnIndices]
    .filter(([path]) => observed.turns.has(path))
    .map(([path, turn]) => [path, state.currentTurnIndex - turn] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([
    state.currentFlowName,
    threads,
    choices,
    [...globals].map(([name, value]) => `${name}=${valueKey(value)}`),
    state.evaluationStack.map(valueKey),
    visits,
    turnsSince,
    state.previousRandom,
    readsTurns ? state.currentTurnIndex : null,
    extra,
  ]);
}

/** True when compiled story JSON uses `TURNS()`, whose value depends on the turn number itself. */
export function storyReadsTurns(storyJson: string): boolean {
  return storyJson.includes('"turn"');
}
