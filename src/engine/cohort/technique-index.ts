import { StorySession } from '../story/session.ts';
import { pointTechniques } from '../story/point-techniques.ts';
import type { TechniqueLookup } from './cohort-tally.ts';

/**
 * The techniques of the choice points calls reached, found by replaying the scenarios (call records and statements keep the lines
 * chosen, not the techniques the points practised). Each distinct path is replayed once and remembered; a scenario this build does
 * not have gives none, and a path it cannot follow (the scenario changed since) gives none from where it leaves the story.
 */
export function techniqueIndex(storyJsonOf: (scenarioId: string) => string | undefined): TechniqueLookup {
  const known = new Map<string, readonly (readonly string[])[]>();
  return (scenarioId, path) => {
    const key = `${scenarioId} ${path.join('.')}`;
    const seen = known.get(key);
    if (seen) return seen;
    const json = storyJsonOf(scenarioId);
    const found: string[][] = [];
    if (json !== undefined) {
      try {
        const session = StorySession.start(json, { file: `${scenarioId}.ink`, rubricHash: '' });
        for (const pick of path) {
          if (!session.choices[pick - 1]) break;
          found.push(pointTechniques(session.choices));
          session.choose(pick - 1);
        }
      } catch {
        // A story that will not replay names no techniques; the rest of the summary stands.
      }
    }
    known.set(key, found);
    return found;
  };
}
