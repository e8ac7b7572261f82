import type { InkStory } from '../story/ink-types.ts';
import { runSegment } from '../story/segment.ts';
import { guardStory } from '../story/story-guard.ts';

/** What the naive enumeration did. */
export interface NaiveCount {
  paths: number;
  segments: number;
  complete: boolean;
}

/**
 * Enumerate every path by replaying it from the start, with no state merging: the baseline
 * the explorer is measured against. Paths deeper than `maxDepth` choices are cut.
 */
export function enumerateNaively(story: InkStory, maxPaths = 1_000_000, maxDepth = 60): NaiveCount {
  const guard = guardStory(story);
  const count: NaiveCount = { paths: 0, segments: 0, complete: true };
  const replay = (prefix: number[]) => {
    story.ResetState();
    story.state.storySeed = 0;
    story.state.previousRandom = 0;
    let segment = runSegment(story, guard, story.globalTags?.length ?? 0);
    count.segments++;
    for (const choice of prefix) {
      story.ChooseChoiceIndex(choice);
      segment = runSegment(story, guard);
      count.segments++;
    }
    return segment.end.kind === 'choices' ? story.currentChoices.length : 0;
  };
  const walk = (prefix: number[]): void => {
    if (count.paths >= maxPaths || prefix.length > maxDepth) {
      count.complete = false;
      return;
    }
    const offered = replay(prefix);
    if (offered === 0) {
      count.paths++;
      return;
    }
    for (let i = 0; i < offered; i++) walk([...prefix, i]);
  };
  walk([]);
  return count;
}
