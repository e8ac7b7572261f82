import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, type Analyzer } from '../engine/analyzer/index.ts';
import { contentHash } from '../engine/hash.ts';
import { parseRubricData, type RubricData } from '../engine/schema/rubric-data.ts';
import type { ScoringRules } from '../engine/scoring/call-score.ts';
import { rulesFromData } from '../engine/scoring/rules-from-data.ts';
import { readText } from './read-input.ts';

/** The rubric data file's name in a stories folder. */
export const RUBRIC_DATA_FILE = 'rubric-data.json';

/** This package's folder: the nearest one above this module, run from source or built, with a package.json. */
function packageFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/** The rubric data shipped with Frontline: `stories/rubric-data.json` of this package. */
export const DEFAULT_RUBRIC_DATA = resolve(packageFolder(), 'stories', RUBRIC_DATA_FILE);

/** Rubric data loaded and ready to score with. */
export interface Rubrics {
  file: string;
  data: RubricData;
  hash: string;
  analyzer: Analyzer;
  rules: ScoringRules;
}

/** Load and validate rubric data; a bad file throws an InputError naming file and line. */
export function loadRubrics(file: string = DEFAULT_RUBRIC_DATA): Rubrics {
  const text = readText(file);
  const data = parseRubricData(text, file);
  return { file, data, hash: contentHash(text), analyzer: createAnalyzer(data), rules: rulesFromData(data) };
}

/** The rubric data beside a scenario or in a checked folder, else the shipped one. */
export function rubricFileFor(folder: string | undefined, exists: (path: string) => boolean): string {
  if (folder) {
    const beside = join(folder, RUBRIC_DATA_FILE);
    if (exists(beside)) return beside;
  }
  return DEFAULT_RUBRIC_DATA;
}
