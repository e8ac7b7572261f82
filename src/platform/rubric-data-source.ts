import rubricText from '../../stories/rubric-data.json?raw';
import { createAnalyzer, type Analyzer } from '../engine/analyzer/index.ts';
import { contentHash } from '../engine/hash.ts';
import { parseRubricData, type RubricData } from '../engine/schema/rubric-data.ts';
import type { ScoringRules } from '../engine/scoring/call-score.ts';
import { rulesFromData } from '../engine/scoring/rules-from-data.ts';

/** The shipped rubric data, checked, with its analyzer, scoring rules and content hash. */
export interface Rubrics {
  data: RubricData;
  hash: string;
  analyzer: Analyzer;
  rules: ScoringRules;
}

/** Parse the rubric data bundled at build time (the same file the CLI scores with). */
export function loadRubrics(): Rubrics {
  const data = parseRubricData(rubricText, 'stories/rubric-data.json');
  return { data, hash: contentHash(rubricText), analyzer: createAnalyzer(data), rules: rulesFromData(data) };
}
