import type { Analyzer } from '../engine/analyzer/index.ts';
import type { ChoiceRecord } from '../engine/schema/session.ts';
import type { ScoringRules } from '../engine/scoring/call-score.ts';
import { coachLine } from '../engine/scoring/coaching.ts';
import { rateChoice } from '../engine/scoring/rate-choice.ts';
import type { LineFacts, TriggerInfo } from './line-review.ts';

/** Everything the coaching note and the debrief show about one line: its ratings, what the analyzer found in it, and the coach's verdict against the lines on offer. */
export function lineFacts(point: ChoiceRecord, analyzer: Analyzer, rules: ScoringRules, triggers: ReadonlyMap<string, TriggerInfo>): LineFacts {
  const offered = point.offered.map((option) => rateChoice(option, analyzer));
  const option = point.offered[point.chosen]!;
  return { rated: offered[point.chosen]!, analysis: analyzer.analyze(option.text), triggers, coaching: coachLine(offered, point.chosen, rules) };
}
