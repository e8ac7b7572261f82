import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Analyzer } from '../../src/engine/analyzer/types.ts';
import type { ScoringRules } from '../../src/engine/scoring/call-score.ts';
import { compileInk } from '../../src/engine/story/compile.ts';

/** Path of a fixture story under tests/fixtures/stories. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/stories/${name}`, import.meta.url));
}

/** Source text of a fixture story. */
export function fixtureSource(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** Compile a fixture, failing the test loudly if it does not compile. */
export function compileFixture(name: string) {
  const result = compileInk(fixtureSource(name));
  if (!result.ok) throw new Error(`${name} does not compile: ${JSON.stringify(result.errors)}`);
  return result;
}

/** A rater that leaves every line at 0 with no triggers: only author tags count. */
export const neutralRater: Analyzer = {
  analyze: (text) => ({ text, ratings: { empathy: 0, ownership: 0, expectations: 0 }, triggers: [], evidence: [] }),
};

/** Equal weights and round penalties, for arithmetic that is easy to check by hand. */
export const testRules: ScoringRules = {
  weights: { empathy: 1, ownership: 1, expectations: 1, triggers: 1 },
  penalties: { calm_down: 25, i_dont_know: 20, youre_wrong: 25 },
};
