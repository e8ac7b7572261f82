import { StorySession } from './session.ts';

/** The texts of the lines chosen along a 1-based `path`, replayed from the compiled story (call records keep the path, not the texts); stops where the path leaves the story. */
export function chosenLines(storyJson: string, path: readonly number[], file: string): string[] {
  const session = StorySession.start(storyJson, { file, rubricHash: '' });
  const lines: string[] = [];
  for (const pick of path) {
    const option = session.choices[pick - 1];
    if (!option) break;
    lines.push(option.text);
    session.choose(pick - 1);
  }
  return lines;
}
