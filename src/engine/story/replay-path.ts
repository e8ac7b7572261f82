import { StorySession, type SessionOptions } from './session.ts';

/** Replay a call along its 1-based `path` from the compiled story; undefined when the path leaves the story. */
export function replayPath(storyJson: string, path: readonly number[], options: SessionOptions): StorySession | undefined {
  const session = StorySession.start(storyJson, options);
  for (const pick of path) {
    if (!session.choices[pick - 1]) return undefined;
    session.choose(pick - 1);
  }
  return session;
}
