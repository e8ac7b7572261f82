import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';
import { bestOnOffer } from './best-on-offer.ts';
import type { ScoringRules } from './call-score.ts';
import type { RatedChoice } from './rate-choice.ts';
import { readableSources } from './readable-sources.ts';
import { sameLine } from './same-move.ts';

/** What a line did well, in words a trainee reads, for each rubric. */
export const STRENGTH_WORDS: Record<RatedRubric, string> = {
  empathy: 'acknowledged how the customer feels',
  ownership: 'took charge of putting it right',
  expectations: 'said plainly what happens next',
};

/** The coach's verdict on one line said, with the lines that were on offer beside it. */
export interface Coaching {
  /** true when no line on offer was better */
  best: boolean;
  /** what the line did best among the lines on offer: rubrics it led on, and a trigger it kept clear of */
  strengths: string[];
  /** the coach's verdict in words: that it was the best line and what it did well, or what another line did better */
  verdict: string;
  /** the author's note on why the line rated as it did, when there is one */
  reason?: string;
  /** a better line to say instead; never the line said or one nearly the same */
  better?: string;
}

function list(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * Coach the line chosen at a choice point. When it is the best on offer the coach says so and
 * names what it did well, and shows no better line; otherwise it gives the reason and a better
 * line, unless that line is the same, or nearly the same, as what was said.
 */
export function coachLine(offered: readonly RatedChoice[], chosen: number, rules: ScoringRules): Coaching {
  const line = offered[chosen];
  if (!line) throw new RangeError(`choice ${chosen} was not on offer`);
  const best = bestOnOffer(offered, rules).includes(chosen);
  const others = offered.filter((_, i) => i !== chosen);
  const strengths = RATED_RUBRICS.filter((r) => others.some((o) => o.ratings[r] < line.ratings[r]) && others.every((o) => o.ratings[r] <= line.ratings[r])).map(
    (r) => STRENGTH_WORDS[r],
  );
  if (line.triggers.length === 0 && others.some((o) => o.triggers.length > 0)) strengths.push('kept clear of the trigger phrase another line had');
  const ahead = RATED_RUBRICS.filter((r) => others.some((o) => o.ratings[r] > line.ratings[r]));
  const verdict = best
    ? strengths.length > 0
      ? `The best line on offer: it ${list(strengths)}.`
      : 'The best line on offer: no other line here would have done better.'
    : ahead.length > 0
      ? `Another line on offer did more for ${list(ahead)}.`
      : 'Another line on offer avoided what this one cost.';
  const coaching: Coaching = { best, strengths, verdict };
  if (line.feedback !== undefined) coaching.reason = readableSources(line.feedback);
  if (!best && line.better !== undefined && !sameLine(line.better, line.text)) coaching.better = line.better;
  return coaching;
}

/**
 * Coach a reply the trainee typed: it is judged against the lines on offer as if it were one of
 * them (rated on its own words); when a line on offer would have done better, that line is the
 * better one to say.
 */
export function coachReply(offered: readonly RatedChoice[], reply: RatedChoice, rules: ScoringRules): Coaching {
  const coaching = coachLine([...offered, reply], offered.length, rules);
  const { better: _none, ...rest } = coaching;
  if (coaching.best) return rest;
  const better = offered[bestOnOffer(offered, rules)[0]!]!;
  const verdict = rest.verdict.replace(/^Another line on offer/, 'A line on offer');
  return sameLine(better.text, reply.text) ? { ...rest, verdict } : { ...rest, verdict, better: better.text };
}
