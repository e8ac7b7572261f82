import { loadRubrics, type Rubrics } from '../../src/cli/rubric-source.ts';

let shipped: Rubrics | undefined;

/** The shipped rubric data and analyzer, loaded once per test file. */
export function shippedRubrics(): Rubrics {
  shipped ??= loadRubrics();
  return shipped;
}
