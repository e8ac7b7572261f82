import { seededRandom } from '../random.ts';
import type { InkStory } from '../story/ink-types.ts';
import { runSegment, type Segment } from '../story/segment.ts';
import { guardStory } from '../story/story-guard.ts';

/** A problem a play-through ran into, at the source line where it happened. */
export interface PlayProblem {
  kind: 'dead_end' | 'loop' | 'error';
  message: string;
  line: number | undefined;
}

/** What the play-throughs did and found. */
export interface PlayThroughs {
  walks: number;
  /** walks that reached an END or DONE */
  endings: number;
  problems: PlayProblem[];
}

/** Limits of {@link playThroughs}. */
export interface PlayOptions {
  walks: number;
  maxMillis: number;
  /** seed of the choices made (ink's own random seed stays the explorer's) */
  seed: number;
  /** choices per walk at most: a hub can be played forever */
  maxChoices: number;
  now?: () => number;
}

export const DEFAULT_PLAYS: PlayOptions = { walks: 2000, maxMillis: 15_000, seed: 1, maxChoices: 400 };

function problemAt(segment: Segment): PlayProblem | undefined {
  const { end } = segment;
  if (end.kind === 'ended') return end.stop ? undefined : { kind: 'dead_end', message: 'content runs out here without -> END', line: end.line };
  if (end.kind === 'choices') return undefined;
  return { kind: end.kind, message: end.message, line: end.line };
}

/**
 * Play a story from the start again and again, choosing at random with a fixed seed; every
 * other walk is steered: it takes a choice not yet taken by any walk when one is on offer.
 * For stories too big to explore every state: it reaches endings, dead ends and errors deep
 * in the story that a breadth-first exploration never gets to. Containers entered and lines
 * run are recorded on the story's guard, for coverage.
 */
export function playThroughs(story: InkStory, inkSeed: number, options: Partial<PlayOptions> = {}): PlayThroughs {
  const { walks, maxMillis, seed, maxChoices, now = Date.now } = { ...DEFAULT_PLAYS, ...options };
  const guard = guardStory(story, true);
  const random = seededRandom(seed);
  const started = now();
  const result: PlayThroughs = { walks: 0, endings: 0, problems: [] };
  const known = new Set<string>();
  while (result.walks < walks && now() - started < maxMillis) {
    const steered = result.walks % 2 === 1;
    result.walks++;
    story.ResetState();
    story.state.storySeed = inkSeed;
    story.state.previousRandom = 0;
    let segment = runSegment(story, guard, story.globalTags?.length ?? 0);
    for (let step = 0; segment.end.kind === 'choices' && step < maxChoices; step++) {
      const choices = story.currentChoices;
      const fresh = steered ? choices.filter((choice) => !guard.visited.has(String(choice.targetPath))) : [];
      const pool = fresh.length > 0 ? fresh : choices;
      story.ChooseChoiceIndex(pool[Math.floor(random() * pool.length)]!.index);
      segment = runSegment(story, guard);
    }
    const problem = problemAt(segment);
    if (segment.end.kind === 'ended' && !problem) result.endings++;
    if (!problem) continue;
    const key = `${problem.kind} ${problem.line} ${problem.message}`;
    if (known.has(key)) continue;
    known.add(key);
    result.problems.push(problem);
  }
  return result;
}
