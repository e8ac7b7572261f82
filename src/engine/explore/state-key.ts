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

/** ValueType numbers of inkjs (Value.ValueType). */
const LIST_VALUE = 2;
const STRING_VALUE = 3;
const DIVERT_TARGET_VALUE = 4;
const VARIABLE_POINTER_VALUE = 5;

/** Free text in a key: its length first, so that no text can run into the next part. */
function text(value: string): string {
  return `${value.length}:${value}`;
}

function valueKey(value: InkValue): string {
  switch (value.valueType) {
    case LIST_VALUE: {
      const list = value.value as Map<string, number> & { originNames?: string[] | null };
      const items: string[] = [];
      for (const [item, n] of list) items.push(`${text(item)}=${n}`);
      return `${LIST_VALUE}:${items.sort().join(',')}/${(list.originNames ?? []).map(text).join(',')}`;
    }
    case STRING_VALUE:
      return `${STRING_VALUE}:${text(String(value.value))}`;
    case DIVERT_TARGET_VALUE:
      return `${DIVERT_TARGET_VALUE}:${text(String(value.value))}`;
    case VARIABLE_POINTER_VALUE:
      return `${VARIABLE_POINTER_VALUE}:${text(String(value.variableName))}@${value.contextIndex}`;
    default:
      // Numbers and booleans, and objects on the evaluation stack that are not values (void).
      return `${value.valueType}:${String(value.value)}`;
  }
}

function addThread(parts: string[], thread: InkThread): void {
  parts.push('[');
  for (const element of thread.callstack) {
    const pointer = element.currentPointer;
    parts.push(`(${element.type} `, pointer.container ? text(pointer.container.path.toString()) : '-', ` ${pointer.index} ${element.inExpressionEvaluation ? 1 : 0}`);
    for (const [name, value] of element.temporaryVariables) parts.push(' ', text(name), '=', valueKey(value));
    parts.push(')');
  }
  parts.push(']');
}

/** The paths of a set in sorted order, sorted once per set. */
const sortedPaths = new WeakMap<ReadonlySet<string>, string[]>();
function sorted(paths: ReadonlySet<string>): string[] {
  let list = sortedPaths.get(paths);
  if (!list) sortedPaths.set(paths, (list = [...paths].sort()));
  return list;
}

/** The state's patch (changes not merged yet) by container path, or undefined when it has none. */
function patchByPath(patch: Map<{ path: InkPath }, number> | undefined): Map<string, number> | undefined {
  if (!patch || patch.size === 0) return undefined;
  const byPath = new Map<string, number>();
  for (const [container, n] of patch) byPath.set(container.path.toString(), n);
  return byPath;
}

/** The knots a state can play on in: where each thread's call stack stands, and where each pending choice leads. */
function knotsOf(state: KeyedState): string[] {
  const knots: string[] = [];
  const addKnotsOf = (thread: InkThread) => {
    for (const element of thread.callstack) {
      const container = element.currentPointer.container;
      if (container) knots.push(knotOf(container.path.toString()));
    }
  };
  for (const thread of state.callStack._threads) addKnotsOf(thread);
  for (const choice of state.currentChoices) {
    if (choice.targetPath) knots.push(knotOf(choice.targetPath.toString()));
    if (choice.threadAtGeneration) addKnotsOf(choice.threadAtGeneration);
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
 * is not a thread of the call stack, as in ink's own saves. The key is one string built part by
 * part, every free text prefixed by its length, so that different states cannot share a key;
 * it is built for every state the explorer reaches, so it avoids intermediate arrays.
 */
export function stateKey(inkState: InkState, extra: string | undefined, observed: ObservedCounts): string {
  const state = inkState as unknown as KeyedState;
  const callStack = state.callStack;
  const live = observed.liveIn(knotsOf(state));
  // Parts joined once at the end: one flat string, where `+=` would leave a rope of small strings behind every key.
  const parts: string[] = [text(state.currentFlowName), '|'];
  for (const thread of callStack._threads) addThread(parts, thread);
  parts.push('|');
  for (const choice of state.currentChoices) {
    parts.push('<', text(choice.text), text(choice.sourcePath), text(String(choice.targetPath)), choice.isInvisibleDefault ? '1' : '0');
    for (const tag of choice.tags ?? []) parts.push('#', text(tag));
    const thread = choice.threadAtGeneration;
    if (thread && callStack.ThreadWithIndex(thread.threadIndex) === null) addThread(parts, thread);
    parts.push('>');
  }
  parts.push('|');
  const variables = state.variablesState;
  const patched = variables.patch?.globals;
  for (const [name, value] of variables._globalVariables) {
    if (live.globals.has(name)) parts.push(text(name), '=', valueKey(patched?.get(name) ?? value), ';');
  }
  if (patched) {
    for (const [name, value] of patched) {
      if (live.globals.has(name) && !variables._globalVariables.has(name)) parts.push(text(name), '=', valueKey(value), ';');
    }
  }
  parts.push('|');
  for (const value of state.evaluationStack) parts.push(valueKey(value), ';');
  parts.push('|');
  // In path order: the same counts reached in a different order are the same state.
  const visitPatch = patchByPath(state._patch?.visitCounts);
  for (const path of sorted(live.visits)) {
    const n = visitPatch?.get(path) ?? state._visitCounts.get(path);
    if (n !== undefined) parts.push(text(path), `=${n};`);
  }
  parts.push('|');
  const turnPatch = patchByPath(state._patch?.turnIndices);
  for (const path of sorted(observed.turns)) {
    const turn = turnPatch?.get(path) ?? state._turnIndices.get(path);
    if (turn !== undefined) parts.push(text(path), `=${state.currentTurnIndex - turn};`);
  }
  parts.push(`|${state.previousRandom}|${observed.readsTurns ? state.currentTurnIndex : '-'}|`, extra === undefined ? '-' : text(extra));
  return parts.join('');
}
