import type { RubricData } from '../schema/rubric-data.ts';
import { analyzeLine } from './analyze-line.ts';
import { compileRubricData } from './compile-rubric-data.ts';
import type { Analyzer } from './types.ts';

export type { Analysis, Analyzer, Evidence, TriggerHit } from './types.ts';
export type { RatedRubric, Ratings } from '../schema/rubric-ids.ts';
export { parsePhrase, PhraseSyntaxError } from './phrase-syntax.ts';

/** Builds an analyzer from validated rubric data (see parseRubricData); compiles every phrase once. */
export function createAnalyzer(data: RubricData): Analyzer {
  const compiled = compileRubricData(data);
  return { analyze: (text) => analyzeLine(text, compiled) };
}
