import { RATED_RUBRICS, type RatedRubric, type Ratings } from '../schema/rubric-ids.ts';
import type { ChoiceOption } from '../schema/session.ts';

/** What scoring needs from the analyzer: ratings and triggers for one line. */
export interface LineRater {
  analyze(text: string): { ratings: Ratings; triggers: { id: string }[] };
}

/** Where a rating or a trigger set came from. */
export type RatingSource = 'author' | 'analyzer';

/** A choice with its final ratings and triggers: author tags first, the analyzer for the rest. */
export interface RatedChoice {
  text: string;
  ratings: Ratings;
  triggers: string[];
  sources: Record<RatedRubric | 'triggers', RatingSource>;
  /** the techniques the author tagged this choice with (`#technique:`) */
  techniques?: string[];
  feedback?: string;
  better?: string;
}

/** Merge a choice's author tags with the analyzer's reading, rubric by rubric. */
export function rateChoice(option: ChoiceOption, rater: LineRater): RatedChoice {
  const analysis = rater.analyze(option.text);
  const ratings = { ...analysis.ratings };
  const sources = { triggers: 'analyzer' } as RatedChoice['sources'];
  for (const rubric of RATED_RUBRICS) {
    const authored = option.meta.ratings[rubric];
    ratings[rubric] = authored ?? analysis.ratings[rubric];
    sources[rubric] = authored === undefined ? 'analyzer' : 'author';
  }
  const authoredTriggers = option.meta.triggers;
  if (authoredTriggers) sources.triggers = 'author';
  const rated: RatedChoice = {
    text: option.text,
    ratings,
    triggers: authoredTriggers ? [...authoredTriggers] : analysis.triggers.map((hit) => hit.id),
    sources,
  };
  if (option.meta.techniques !== undefined) rated.techniques = [...option.meta.techniques];
  if (option.meta.feedback !== undefined) rated.feedback = option.meta.feedback;
  if (option.meta.better !== undefined) rated.better = option.meta.better;
  return rated;
}

/**
 * A reply the trainee typed, rated on its own words by the analyzer alone: no author tag can
 * speak for words the author never saw, and the line it was taken as lends it nothing.
 */
export function rateReply(text: string, rater: LineRater): RatedChoice {
  const analysis = rater.analyze(text);
  return {
    text,
    ratings: { ...analysis.ratings },
    triggers: analysis.triggers.map((hit) => hit.id),
    sources: { empathy: 'analyzer', ownership: 'analyzer', expectations: 'analyzer', triggers: 'analyzer' },
  };
}
