import type { InkStory } from './ink-types.ts';
import { StepBudgetExceeded, type StopPoint, type StoryGuard } from './story-guard.ts';

/** One line of output as inkjs gave it: text (possibly whitespace only) and raw tags. */
export interface RawLine {
  text: string;
  tags: string[];
  /** the value of `mood` after this line */
  mood: number;
}

/** Why a stretch of story stopped. */
export type SegmentEnd =
  | { kind: 'choices' }
  | { kind: 'ended'; stop: StopPoint | undefined; line: number | undefined }
  | { kind: 'dead_end'; message: string; line: number | undefined }
  | { kind: 'loop'; message: string; line: number | undefined }
  | { kind: 'error'; message: string; line: number | undefined };

/** Output from one call to {@link runSegment}. */
export interface Segment {
  lines: RawLine[];
  end: SegmentEnd;
}

/** Steps allowed between two choice points before the story is taken to loop forever. */
export const DEFAULT_STEP_BUDGET = 200_000;

/** Read the story's `mood` variable (0 when the story has none). */
export function readMood(story: InkStory): number {
  const value: unknown = story.variablesState.$('mood');
  return typeof value === 'number' ? value : 0;
}


function classify(message: string, line: number | undefined): SegmentEnd {
  if (/ran out of content|unexpectedly reached end of content/.test(message)) {
    return { kind: 'dead_end', message, line };
  }
  return { kind: 'error', message, line };
}

/**
 * Continue a story until it offers a choice or stops, collecting every line with its tags.
 * `dropTags` removes that many leading tags from the first line (Ink repeats the global tags there).
 */
export function runSegment(story: InkStory, guard: StoryGuard, dropTags = 0, stepBudget = DEFAULT_STEP_BUDGET): Segment {
  const lines: RawLine[] = [];
  guard.reset(stepBudget);
  let toDrop = dropTags;
  try {
    while (story.canContinue) {
      const text = story.Continue() ?? '';
      const tags = [...(story.currentTags ?? [])].slice(toDrop);
      toDrop = 0;
      lines.push({ text, tags, mood: readMood(story) });
      const problem = guard.problems[0];
      if (problem !== undefined) return { lines, end: classify(problem, guard.lastLine) };
    }
  } catch (error) {
    if (error instanceof StepBudgetExceeded) {
      return { lines, end: { kind: 'loop', message: error.message, line: guard.lastLine } };
    }
    return { lines, end: classify(error instanceof Error ? error.message : String(error), guard.lastLine) };
  }
  if (story.currentChoices.length > 0) return { lines, end: { kind: 'choices' } };
  return { lines, end: { kind: 'ended', stop: guard.lastStop, line: guard.lastLine } };
}
