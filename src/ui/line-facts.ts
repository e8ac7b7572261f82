import type { Analyzer } from '../engine/analyzer/index.ts';
import type { ChoiceRecord } from '../engine/schema/session.ts';
import { typedReply } from '../engine/scoring/call-report.ts';
import type { ScoringRules } from '../engine/scoring/call-score.ts';
import { coachLine, coachReply } from '../engine/scoring/coaching.ts';
import { rateChoice, rateReply } from '../engine/scoring/rate-choice.ts';
import type { LineFacts, TriggerInfo } from './line-review.ts';

/**
 * Everything the coaching note and the debrief show about one line: its ratings, what the analyzer found in it, and the coach's
 * verdict against the lines on offer. A typed reply is rated on its own words, with the line it was taken as and why (`labels`
 * word the reason).
 */
export function lineFacts(point: ChoiceRecord, analyzer: Analyzer, rules: ScoringRules, triggers: ReadonlyMap<string, TriggerInfo>, labels: ReadonlyMap<string, string> = new Map()): LineFacts {
  const offered = point.offered.map((option) => rateChoice(option, analyzer));
  if (point.said !== undefined) {
    const reply = rateReply(point.said, analyzer);
    const typed = typedReply({ ...point, said: point.said }, analyzer, labels);
    return { rated: reply, analysis: analyzer.analyze(point.said), triggers, coaching: coachReply(offered, reply, rules), typed };
  }
  const option = point.offered[point.chosen]!;
  return { rated: offered[point.chosen]!, analysis: analyzer.analyze(option.text), triggers, coaching: coachLine(offered, point.chosen, rules) };
}
