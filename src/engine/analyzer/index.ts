import type { RubricData } from '../schema/rubric-data.ts';
import { analyzeLine } from './analyze-line.ts';
import { compileRubricData } from './compile-rubric-data.ts';
import type { Analysis, Analyzer } from './types.ts';
import { remembered } from '../remembered.ts';

export type { Analysis, Analyzer, Evidence, TriggerHit } from './types.ts';
export type { RatedRubric, Ratings } from '../schema/rubric-ids.ts';
export { parsePhrase, PhraseSyntaxError } from './phrase-syntax.ts';

/** How many analysed lines an analyzer keeps before it starts afresh. */
const REMEMBERED_LINES = 20_000;

/** Freeze an analysis all the way down: it is shared by everyone who asks about the same line. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Builds an analyzer from validated rubric data (see parseRubricData); compiles every phrase once.
 * It remembers the lines it has analysed (the analysis is deterministic): a check rates the same
 * option at every state that offers it, and the studio checks the same lines after every pause.
 */
export function createAnalyzer(data: RubricData): Analyzer {
  const compiled = compileRubricData(data);
  return { analyze: remembered((text): Analysis => frozen(analyzeLine(text, compiled)), REMEMBERED_LINES) };
}
