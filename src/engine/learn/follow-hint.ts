import type { Beat, ChoiceOption } from '../schema/session.ts';
import type { Technique } from '../schema/rubric-data.ts';
import { bestOnOffer } from '../scoring/best-on-offer.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import { coachLine } from '../scoring/coaching.ts';
import { rateChoice, type LineRater } from '../scoring/rate-choice.ts';
import { readableSources } from '../scoring/readable-sources.ts';
import { pointTechniques } from '../story/point-techniques.ts';
import { practisedTechniques, techniquesUsed } from './technique-use.ts';

/** The Follow step's hint before a choice point. */
export interface FollowHint {
  /** the customer's last line before the choice point, when there is one */
  heard: string | undefined;
  /** the technique that matters here: the one the best line on offer uses; undefined when the hint is the author's or no technique stands out */
  technique: Technique | undefined;
  /** the hint in words */
  text: string;
  /** true when the scenario's author wrote it (`#hint:`) */
  authored: boolean;
}

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/**
 * The hint shown before a choice point in the Follow step. The author's `#hint:` when the point
 * has one; otherwise it is made from the scenario: the customer's last line, and the technique
 * the best line on offer uses (the point's `#technique:` tags first), with what doing it well
 * looks like; where no technique stands out, what the best line does better than the others.
 * It never names or quotes a line on offer.
 */
export function followHint(offered: readonly ChoiceOption[], heard: readonly Beat[], customer: string, rater: LineRater, rules: ScoringRules): FollowHint {
  const last = heard.findLast((beat) => beat.speaker === 'customer' && beat.text !== '')?.text;
  const authored = offered.find((option) => option.meta.hint !== undefined)?.meta.hint;
  if (authored !== undefined) return { heard: last, technique: undefined, text: readableSources(authored), authored: true };
  const rated = offered.map((option) => rateChoice(option, rater));
  const best = bestOnOffer(rated, rules)[0]!;
  const practised = pointTechniques(offered);
  const technique = techniquesUsed(rated, best, rules.techniques ?? [], practised)[0] ?? practisedTechniques(rules.techniques ?? [], practised)[0];
  const said = last === undefined ? `${customer} is waiting for you.` : `${customer} has just said: “${last}”`;
  if (technique) return { heard: last, technique, text: `${said} What does ${customer} need to hear from you now? The technique that matters here: ${technique.label}. ${sentence(technique.description)}`, authored: false };
  const strengths = coachLine(rated, best, rules).strengths;
  const aim = strengths.length > 0 ? `Look for the line that ${strengths.join(' and ')}.` : 'Any line here will do as well as the others: listen to the customer.';
  return { heard: last, technique: undefined, text: `${said} What does ${customer} need to hear from you now? ${aim}`, authored: false };
}
