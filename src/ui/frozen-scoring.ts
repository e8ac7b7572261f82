import { createAnalyzer } from '../engine/analyzer/index.ts';
import { matcherLabels } from '../engine/matcher/match-reply.ts';
import { frozenRubricData, type AttemptRecord } from '../engine/records/attempt-record.ts';
import { rulesFromData } from '../engine/scoring/rules-from-data.ts';
import type { CallScoring } from './call-controller.ts';

/** Score with the rubric data frozen into an attempt when it started, never the live data. */
export function frozenScoring(attempt: AttemptRecord): CallScoring {
  const data = frozenRubricData(attempt.rules);
  return { analyzer: createAnalyzer(data), rules: rulesFromData(data), hash: attempt.rules.rubricHash, labels: matcherLabels(data) };
}
