import { INK_COMMAND, sourceLineOf, type InkStory } from './ink-types.ts';

/** Where a story stopped: the END/DONE it executed. */
export interface StopPoint {
  kind: 'end' | 'done';
  /** runtime path of the command: identifies the ending */
  path: string;
  /** 1-based source line when known */
  line: number | undefined;
}

/** Thrown when a stretch of story runs past its step budget without output or a choice. */
export class StepBudgetExceeded extends Error {
  constructor(readonly steps: number) {
    super(`the story ran ${steps} steps without reaching a choice or an ending: it loops forever without offering a choice`);
    this.name = 'StepBudgetExceeded';
  }
}

/** Instrumentation hooked into one inkjs story instance. */
export interface StoryGuard {
  /** Start a new stretch: clears the step count and the last stop point. */
  reset(stepBudget: number): void;
  /** The END or DONE most recently executed since reset. */
  readonly lastStop: StopPoint | undefined;
  /** Runtime paths of every container the story has entered (for reachability). */
  readonly visited: Set<string>;
  /** Source lines of every object stepped on (when visits are tracked), for coverage. */
  readonly lines: Set<number>;
  /** Errors and warnings inkjs reported since reset. */
  readonly problems: string[];
  /** Source line of the last object stepped on that carries one (stories compiled in memory). */
  readonly lastLine: number | undefined;
}

interface StoryInternals {
  Step(): void;
  VisitContainer(container: { path: { toString(): string } }, atStart: boolean): void;
}

interface StateInternals {
  callStack: { currentElement: { currentPointer: { container: unknown; Resolve(): unknown } } };
}

const guards = new WeakMap<InkStory, StoryGuard>();

/**
 * Hook a step budget, stop-point tracking and visit recording into a story. inkjs's
 * `Continue()` never returns on a loop with no output, so the budget is the only way out.
 */
export function guardStory(story: InkStory, trackVisits = false): StoryGuard {
  const existing = guards.get(story);
  if (existing) return existing;
  const internals = story as unknown as StoryInternals;
  let steps = 0;
  let budget = Number.POSITIVE_INFINITY;
  const guard = {
    lastStop: undefined as StopPoint | undefined,
    visited: new Set<string>(),
    lines: new Set<number>(),
    problems: [] as string[],
    lastLine: undefined as number | undefined,
    reset(stepBudget: number) {
      steps = 0;
      budget = stepBudget;
      guard.lastStop = undefined;
      guard.problems.length = 0;
    },
  };
  const step = internals.Step.bind(story);
  internals.Step = () => {
    if (++steps > budget) throw new StepBudgetExceeded(budget);
    // The pointer itself, not the copy `state.currentPointer` makes: this runs on every step.
    const pointer = (story.state as unknown as StateInternals).callStack.currentElement.currentPointer;
    if (pointer.container) {
      const obj = pointer.Resolve() as {
        commandType?: number;
        path?: { toString(): string };
        ownDebugMetadata?: { startLineNumber: number } | null;
      } | null;
      const own = obj?.ownDebugMetadata?.startLineNumber;
      if (own) {
        guard.lastLine = own;
        if (trackVisits) guard.lines.add(own);
      }
      if (obj && (obj.commandType === INK_COMMAND.end || obj.commandType === INK_COMMAND.done)) {
        guard.lastStop = {
          kind: obj.commandType === INK_COMMAND.end ? 'end' : 'done',
          path: String(obj.path),
          line: sourceLineOf(obj),
        };
      }
    }
    step();
  };
  if (trackVisits) {
    const visit = internals.VisitContainer.bind(story);
    internals.VisitContainer = (container, atStart) => {
      guard.visited.add(container.path.toString());
      visit(container, atStart);
    };
  }
  story.onError = (message: string) => {
    guard.problems.push(message);
  };
  guards.set(story, guard);
  return guard;
}
