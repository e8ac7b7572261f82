import { StorySession } from '../story/session.ts';
import { pointTechniques } from '../story/point-techniques.ts';
import type { TechniqueLookup } from './cohort-tally.ts';

/**
 * The techniques of the choice points calls reached, found by replaying the scenarios (call records and statements keep the lines
 * chosen, not the techniques the points practised). Each choice point is replayed once and remembered; a scenario this build does
 * not have, or a path it cannot follow (the scenario changed since), gives none.
 */
export function techniqueIndex(storyJsonOf: (scenarioId: string) => string | undefined): TechniqueLookup {
  const known = new Map<string, readonly string[]>();
  return (scenarioId, after) => {
    const key = `${scenarioId} ${after.join('.')}`;
    const seen = known.get(key);
    if (seen) return seen;
    const json = storyJsonOf(scenarioId);
    let found: readonly string[] = [];
    if (json !== undefined) {
      try {
        const session = StorySession.start(json, { file: `${scenarioId}.ink`, rubricHash: '' });
        for (const [i, pick] of after.entries()) {
          // Remember every point passed on the way: the next calls' shorter prefixes are then free.
          known.set(`${scenarioId} ${after.slice(0, i).join('.')}`, pointTechniques(session.choices));
          if (!session.choices[pick - 1]) throw new Error('the path leaves the scenario');
          session.choose(pick - 1);
        }
        found = pointTechniques(session.choices);
      } catch {
        found = [];
      }
    }
    known.set(key, found);
    return found;
  };
}
