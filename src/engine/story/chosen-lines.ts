import type { ChoiceRecord } from '../schema/session.ts';
import { StorySession } from './session.ts';

/** The choice points along a 1-based `path`, replayed from the compiled story: what was offered and which was picked; stops where the path leaves the story. */
export function replayChoices(storyJson: string, path: readonly number[], file: string): ChoiceRecord[] {
  const session = StorySession.start(storyJson, { file, rubricHash: '' });
  const points: ChoiceRecord[] = [];
  for (const pick of path) {
    const offered = session.choices;
    if (!offered[pick - 1]) break;
    points.push({ offered: [...offered], chosen: pick - 1 });
    session.choose(pick - 1);
  }
  return points;
}

/** The texts of the lines chosen along a 1-based `path` (call records keep the path, not the texts). */
export function chosenLines(storyJson: string, path: readonly number[], file: string): string[] {
  return replayChoices(storyJson, path, file).map((point) => point.offered[point.chosen]!.text);
}
