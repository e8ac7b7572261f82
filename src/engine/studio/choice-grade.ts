import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';
import { bestOnOffer } from '../scoring/best-on-offer.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';

/** How a line compares with the others on offer at its choice point. */
export type ChoiceGrade = 'best' | 'fair' | 'poor' | 'trap';

/** What each grade is shown as, so that it reads without colour: a symbol and a word. */
export const GRADE_MARKS: Record<ChoiceGrade, { symbol: string; words: string }> = {
  best: { symbol: '✓', words: 'best line on offer' },
  fair: { symbol: '~', words: 'not the best line' },
  poor: { symbol: '✗', words: 'rates below zero' },
  trap: { symbol: '!', words: 'says a trigger phrase' },
};

const SHORT: Record<RatedRubric, string> = { empathy: 'E', ownership: 'O', expectations: 'X' };

/**
 * Grade each line on offer: the best (by the same measure the coach uses), a trap when it says a
 * trigger phrase, poor when it rates below zero on a rubric, fair otherwise.
 */
export function gradeChoices(offered: readonly RatedChoice[], rules: ScoringRules): ChoiceGrade[] {
  const best = new Set(bestOnOffer(offered, rules));
  return offered.map((line, i) => {
    if (line.triggers.length > 0) return 'trap';
    if (best.has(i)) return 'best';
    return RATED_RUBRICS.some((r) => line.ratings[r] < 0) ? 'poor' : 'fair';
  });
}

/** A line's ratings in a few characters: "E+2 O0 X-1", then its triggers. */
export function ratingsShort(line: RatedChoice): string {
  const sign = (n: number) => (n > 0 ? `+${n}` : String(n));
  const ratings = RATED_RUBRICS.map((r) => `${SHORT[r]}${sign(line.ratings[r])}`).join(' ');
  return line.triggers.length > 0 ? `${ratings} · trigger ${line.triggers.join(', ')}` : ratings;
}
