import { loadRubrics, type Rubrics } from '../../src/cli/rubric-source.ts';
import { InputError } from '../../src/engine/errors.ts';
import { parseRubricData } from '../../src/engine/schema/rubric-data.ts';

let shipped: Rubrics | undefined;

/** The shipped rubric data and analyzer, loaded once per test file. */
export function shippedRubrics(): Rubrics {
  shipped ??= loadRubrics();
  return shipped;
}

/** The InputError that parsing `text` as the stories folder's rubric data throws; fails the test when it parses. */
export function rubricDataError(text: string): InputError {
  try {
    parseRubricData(text, 'stories/rubric-data.json');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected parseRubricData to throw');
}
