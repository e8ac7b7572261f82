import { lineTooLong } from '../analyzer/line-limit.ts';
import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import { rateChoice, type LineRater } from '../scoring/rate-choice.ts';
import { namesASeed } from '../scoring/readable-sources.ts';
import { interpretChoiceTags } from '../story/interpret.ts';
import type { DiagnosticSink } from './diagnostics.ts';
import type { RatedMove } from './rating-consistency.ts';
import type { SourceScan } from './source-scan.ts';

/** What the choice checks read besides the source: the analyzer and the rubric data's rules. */
export interface ChoiceCheckOptions {
  rater: LineRater;
  rules: ScoringRules;
}

/** Checks each choice's line and tags; adds the rubrics some choice earns + on to `positive`; returns the rated moves. */
export function checkChoices(file: string, scan: SourceScan, options: ChoiceCheckOptions, list: DiagnosticSink, positive: Set<RatedRubric>): RatedMove[] {
  const moves: RatedMove[] = [];
  for (const choice of scan.choices) {
    const tooLong = lineTooLong(choice.text);
    if (tooLong) {
      list.add(choice.line, 'line_too_long', `${tooLong}: shorten this choice`);
      continue;
    }
    const { meta } = interpretChoiceTags(choice.tags);
    const analysis = options.rater.analyze(choice.text);
    const rated = rateChoice({ index: 0, text: choice.text, meta }, { analyze: () => analysis });
    moves.push({ file, line: choice.line, text: choice.text, ratings: rated.ratings, triggers: rated.triggers });
    if ([choice.text, meta.feedback ?? '', meta.better ?? '', meta.hint ?? ''].some(namesASeed)) {
      list.add(choice.line, 'names_a_seed', 'a trainee reads this choice, its #feedback, its #better and its #hint: quote a training text by its title (docs/sources.md), never as "the seed" or by its number');
    }
    for (const id of rated.triggers) {
      if (options.rules.penalties[id] === undefined) {
        list.add(choice.line, 'unknown_trigger', `unknown trigger id "${id}"; known: ${Object.keys(options.rules.penalties).join(', ')}`);
      }
    }
    const vocabulary = options.rules.techniques ?? [];
    for (const id of meta.techniques ?? []) {
      if (!vocabulary.some((t) => t.id === id)) {
        const known = vocabulary.map((t) => t.id).join(', ') || 'none (the rubric data lists no techniques)';
        list.add(choice.line, 'unknown_technique', `unknown technique id "${id}"; known: ${known}`);
      }
    }
    const negative = RATED_RUBRICS.filter((r) => rated.ratings[r] < 0);
    if ((negative.length > 0 || rated.triggers.length > 0) && !meta.better) {
      const why = rated.triggers.length > 0 ? `has trigger ${rated.triggers.join(', ')}` : `rates below zero on ${negative.join(', ')}`;
      list.add(choice.line, 'missing_better', `this choice ${why} but has no #better: line to say instead`);
    }
    for (const rubric of RATED_RUBRICS) {
      if (rated.ratings[rubric] > 0) positive.add(rubric);
      const authored = meta.ratings[rubric];
      if (authored !== undefined && Math.abs(authored - analysis.ratings[rubric]) >= 2) {
        list.add(
          choice.line,
          'analyzer_disagrees',
          `#${rubric}:${authored} but the analyzer rates this line ${analysis.ratings[rubric]}; check the rating, or teach the analyzer the phrase in the rubric data`,
        );
      }
    }
  }
  return moves;
}
