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

/** Rubric data as read from its file and validated: what a worker thread is sent. */
export interface RubricSource {
  file: string;
  data: RubricData;
  hash: string;
}

/** Read and validate rubric data; a bad file throws an InputError naming file and line. */
export function readRubrics(file: string = DEFAULT_RUBRIC_DATA): RubricSource {
  const text = readText(file);
  return { file, data: parseRubricData(text, file), hash: contentHash(text) };
}

/** Ready to score with: the analyzer and the rules of rubric data already validated. */
export function rubricsFrom({ file, data, hash }: RubricSource): Rubrics {
  return { file, data, hash, analyzer: createAnalyzer(data), rules: rulesFromData(data) };
}

/** Load and validate rubric data; a bad file throws an InputError naming file and line. */
export function loadRubrics(file: string = DEFAULT_RUBRIC_DATA): Rubrics {
  return rubricsFrom(readRubrics(file));
}

/** The rubric data beside a scenario or in a checked folder, else the shipped one. */
export function rubricFileFor(folder: string | undefined, exists: (path: string) => boolean): string {
  if (folder) {
    const beside = join(folder, RUBRIC_DATA_FILE);
    if (exists(beside)) return beside;
  }
  return DEFAULT_RUBRIC_DATA;
}
