import type { ObservedCounts } from './observed-counts.ts';

interface SavedThread {
  callstack: unknown[];
}

interface SavedChoice {
  text?: string;
  originalChoicePath?: string;
  originalThreadIndex?: number;
  targetPath?: string;
  isInvisibleDefault?: boolean;
  tags?: string[];
}

interface SavedFlow {
  callstack: { threads: SavedThread[] };
  currentChoices?: SavedChoice[];
  choiceThreads?: Record<string, SavedThread>;
}

interface SavedState {
  flows: Record<string, SavedFlow>;
  currentFlowName: string;
  variablesState: unknown;
  evalStack: unknown[];
  visitCounts: Record<string, number>;
  turnIndices: Record<string, number>;
  turnIdx: number;
  previousRandom: number;
}

function flowKey(flow: SavedFlow): unknown {
  const threads = flow.callstack.threads.map((thread) => thread.callstack);
  const choices = (flow.currentChoices ?? []).map((choice) => [
    choice.text,
    choice.originalChoicePath,
    choice.targetPath,
    choice.isInvisibleDefault,
    choice.tags ?? [],
    flow.choiceThreads?.[String(choice.originalThreadIndex)]?.callstack ?? null,
  ]);
  return [threads, choices];
}

/**
 * A key for "same future": two states with the same key play out identically. Built from what
 * decides the future (variables, call stacks, pending choices, visit counts, turns since a visit,
 * the random state), leaving out counters that differ on every visit (turn and thread indices,
 * the output stream) and visit counts and turn indices the story can never read. The turn number itself only counts when the story reads `TURNS()`.
 */
export function stateKey(stateJson: string, extra: unknown, readsTurns: boolean, observed: ObservedCounts): string {
  const state = JSON.parse(stateJson) as SavedState;
  const flows = Object.keys(state.flows)
    .sort()
    .map((name) => [name, flowKey(state.flows[name]!)]);
  // Sorted by path: the same counts reached in a different order are the same state.
  const visits = Object.entries(state.visitCounts)
    .filter(([path]) => observed.visits.has(path))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const turnsSince = Object.entries(state.turnIndices)
    .filter(([path]) => observed.turns.has(path))
    .map(([path, turn]) => [path, state.turnIdx - turn] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([
    state.currentFlowName,
    flows,
    state.variablesState,
    state.evalStack,
    visits,
    turnsSince,
    state.previousRandom,
    readsTurns ? state.turnIdx : null,
    extra,
  ]);
}

/** True when compiled story JSON uses `TURNS()`, whose value depends on the turn number itself. */
export function storyReadsTurns(storyJson: string): boolean {
  return storyJson.includes('"turn"');
}
