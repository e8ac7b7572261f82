import { readFileSync } from 'node:fs';
import { checkScenario } from '../../../src/engine/check/check-scenario.ts';
import { includeReader } from '../../../src/cli/read-input.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

const checked = new Map<string, { file: string; json: string; best: number[]; bestOverall: number }>();

/** A shipped scenario checked as the build checks it (once per test file): its compiled JSON and its exact best path (0-based). */
export function shippedScenario(id: string): { file: string; json: string; best: number[]; bestOverall: number } {
  const known = checked.get(id);
  if (known) return known;
  const file = `stories/${id}.ink`;
  const rubrics = shippedRubrics();
  const check = checkScenario(file, readFileSync(file, 'utf8'), { rater: rubrics.analyzer, rules: rubrics.rules, include: includeReader(), strategies: false });
  if (!check.json || !check.paths?.best) throw new Error(`${file} has no best path`);
  const scenario = { file, json: check.json, best: check.paths.best.choices, bestOverall: check.paths.best.scores.overall };
  checked.set(id, scenario);
  return scenario;
}
