import type { Analyzer } from '../engine/analyzer/index.ts';
import type { ChoiceOption } from '../engine/schema/session.ts';
import { rateChoice } from '../engine/scoring/rate-choice.ts';
import type { LineFacts, TriggerInfo } from './line-review.ts';

/** Everything the coaching note and the debrief show about one line: its ratings and what the analyzer found in it. */
export function lineFacts(option: ChoiceOption, analyzer: Analyzer, triggers: ReadonlyMap<string, TriggerInfo>): LineFacts {
  return { rated: rateChoice(option, analyzer), analysis: analyzer.analyze(option.text), triggers };
}
