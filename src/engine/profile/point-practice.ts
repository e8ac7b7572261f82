import { techniquesThatMatter } from '../check/coverage.ts';
import type { Technique } from '../schema/rubric-data.ts';
import type { Ratings } from '../schema/rubric-ids.ts';
import type { ChoiceRecord } from '../schema/session.ts';
import { bestOnOffer } from '../scoring/best-on-offer.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import { rateChoice, type LineRater, type RatedChoice } from '../scoring/rate-choice.ts';

/** One choice point of a call, as the skills profile counts it. */
export interface PointPractice {
  /** the techniques that mattered here: tagged at the point, and its lines differ on what they are measured by */
  techniques: string[];
  /** whether the trainee said the best line on offer (or a reply of their own as good) */
  best: boolean;
}

/** What a call record keeps of each line said: a typed reply's own ratings and triggers. */
export interface SaidLine {
  ratings: Ratings;
  triggers: readonly string[];
  said?: string | undefined;
}

/**
 * The choice points of one replayed call: which techniques mattered at each and whether the
 * trainee picked the best line there. A reply the trainee typed is judged as the coach judges
 * it: against the lines on offer, on the analyzer's reading recorded with the call.
 */
export function practiceOfCall(
  history: readonly ChoiceRecord[],
  said: readonly SaidLine[],
  rater: LineRater,
  rules: ScoringRules,
): PointPractice[] {
  const vocabulary: readonly Technique[] = rules.techniques ?? [];
  return history.map((point, i) => {
    const offered = point.offered.map((option) => rateChoice(option, rater));
    const techniques = techniquesThatMatter(offered, vocabulary);
    const line = said[i];
    if (line?.said === undefined) return { techniques, best: bestOnOffer(offered, rules).includes(point.chosen) };
    const reply: RatedChoice = {
      text: line.said,
      ratings: line.ratings,
      triggers: [...line.triggers],
      sources: { empathy: 'analyzer', ownership: 'analyzer', expectations: 'analyzer', triggers: 'analyzer' },
    };
    return { techniques, best: bestOnOffer([...offered, reply], rules).includes(offered.length) };
  });
}
