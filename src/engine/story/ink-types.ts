import type { Story } from 'inkjs';

/** An inkjs story: either the runtime build's or the compiler build's (same shape). */
export type InkStory = Story;

/** The control command numbers of inkjs (ControlCommand.CommandType) that stop a story. */
export const INK_COMMAND = { done: 19, end: 20 } as const;

/** A 1-based source line of a runtime object, when the story was compiled in memory. */
export function sourceLineOf(obj: unknown): number | undefined {
  const meta = (obj as { debugMetadata?: { startLineNumber?: number } | null } | null)?.debugMetadata;
  return meta?.startLineNumber ? meta.startLineNumber : undefined;
}
