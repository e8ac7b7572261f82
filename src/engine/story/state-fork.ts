import type { InkStory } from './ink-types.ts';

/** The parts of inkjs's StoryState, VariablesState and Choice a fork touches (inkjs 2.4 internals). */
interface ChoiceInternals {
  tags: string[] | null;
}
interface VariablesInternals {
  constructor: new (callStack: unknown, listDefsOrigin: unknown) => VariablesInternals;
  _globalVariables: Map<string, unknown>;
  _defaultGlobalVariables: Map<string, unknown>;
  _listDefsOrigin: unknown;
  variableChangedEventCallbacks: unknown[];
  patch: unknown;
}
/** A story state as inkjs keeps it in memory. */
export interface InkState {
  CopyAndStartPatching(forBackgroundSave: boolean): InkState;
  RestoreAfterPatch(): void;
  ApplyAnyPatch(): void;
  variablesState: VariablesInternals;
  readonly callStack: unknown;
  readonly currentChoices: ChoiceInternals[];
  _patch: unknown;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _namedFlows: Map<string, unknown> | null;
}

/** The story's current state, as the in-memory object (no copy). */
export function liveState(story: InkStory): InkState {
  return story.state as unknown as InkState;
}

/** Make `state` the story's current state: the story plays on from it, changing it. */
export function enterState(story: InkStory, state: InkState): void {
  (story as unknown as { _state: InkState })._state = state;
}

/**
 * An independent copy of a story state, without a JSON round trip. inkjs's own copy
 * (`CopyAndStartPatching`) shares the variables and the visit and turn counts with the original
 * behind a patch, and merges the patch back into them later, so playing the copy would change
 * the original: here the copy gets its own variables and counts, with the patch merged into
 * them, and its own choices (each with its own thread, since choosing one plays on in that
 * thread). Named flows are shared: only the host can switch flows, and the checker never does.
 */
export function forkState(state: InkState): InkState {
  const copy = state.CopyAndStartPatching(true);
  // CopyAndStartPatching pointed the shared variables at the copy's call stack and patch.
  state.RestoreAfterPatch();
  const shared = state.variablesState;
  const variables = new shared.constructor(copy.callStack, shared._listDefsOrigin);
  variables._defaultGlobalVariables = shared._defaultGlobalVariables;
  variables._globalVariables = new Map(shared._globalVariables);
  variables.variableChangedEventCallbacks = shared.variableChangedEventCallbacks;
  variables.patch = copy._patch;
  copy.variablesState = variables;
  copy._visitCounts = new Map(state._visitCounts);
  copy._turnIndices = new Map(state._turnIndices);
  copy.ApplyAnyPatch();
  // Choice.Clone leaves the tags out.
  copy.currentChoices.forEach((choice, i) => {
    choice.tags = state.currentChoices[i]!.tags;
  });
  return copy;
}
