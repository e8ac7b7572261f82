import { StorySession, type SessionOptions } from './session.ts';

/**
 * Replay a call along its 1-based `path` from the compiled story, with the replies the trainee
 * typed (`said[i]` at step i, taken as the path's line); undefined when the path leaves the story.
 */
export function replayPath(storyJson: string, path: readonly number[], options: SessionOptions, said: readonly (string | undefined)[] = []): StorySession | undefined {
  const session = StorySession.start(storyJson, options);
  for (const [step, pick] of path.entries()) {
    if (!session.choices[pick - 1]) return undefined;
    session.choose(pick - 1, said[step]);
  }
  return session;
}
