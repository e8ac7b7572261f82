import { createAnalyzer } from '../analyzer/index.ts';
import { contentHash } from '../hash.ts';
import { frozenRubricData, type AttemptRecord } from '../records/attempt-record.ts';
import type { CallRecord } from '../records/call-record.ts';
import { RATED_RUBRICS, type Ratings } from '../schema/rubric-ids.ts';
import type { RubricData } from '../schema/rubric-data.ts';
import type { ChoiceOption } from '../schema/session.ts';
import { rateChoice, type LineRater } from '../scoring/rate-choice.ts';
import { replayChoices } from '../story/chosen-lines.ts';
import { callJudge } from './pass-rules.ts';

/** One line the candidate chose, as the review shows it. */
export interface LineReview {
  /** 1-based, in the order said */
  number: number;
  /** the line's words; null when the scenario has changed since the call, so they cannot be replayed */
  text: string | null;
  ratings: Ratings;
  /** the triggers it used, by family name */
  triggers: { id: string; family: string }[];
  /** what would have been better: the author's advice, the trigger's model line, or a stronger line that was offered; null when it was the strongest */
  better: string | null;
}

/** One call of an attempt, reviewed. */
export interface CallReview {
  scenarioId: string;
  title: string;
  played: boolean;
  passed: boolean;
  /** why it failed, in words, judged again by the rules frozen into the attempt (records older than the wording still read well) */
  reasons: string[];
  lines: LineReview[];
  /** false when the scenario changed since the call: ratings and triggers are shown, the words are not */
  textsKnown: boolean;
}

/** A compiled scenario, as the review needs it. */
export interface ReviewScenario {
  title: string;
  /** compiled ink JSON */
  json: string;
}

/** How strong a line is, to find a better one offered: ratings summed, two points off for each trigger. */
function strength(ratings: Ratings, triggers: readonly string[]): number {
  return RATED_RUBRICS.reduce((sum, rubric) => sum + ratings[rubric], 0) - 2 * new Set(triggers).size;
}

type ChosenRecord = CallRecord['choices'][number];

/** The model line of the first trigger the line used, from the rubric data. */
function modelLine(record: ChosenRecord, data: RubricData): string | null {
  return record.triggers.map((id) => data.triggers.find((t) => t.id === id)?.better).find((line) => line !== undefined) ?? null;
}

/** The author's advice for the chosen line, else the trigger's model line, else the strongest line offered if it beats the chosen one. */
function betterLine(chosen: ChoiceOption | undefined, offered: readonly ChoiceOption[], record: ChosenRecord, data: RubricData, rater: LineRater): string | null {
  if (chosen?.meta.better) return chosen.meta.better;
  const model = modelLine(record, data);
  if (model) return model;
  const own = strength(record.ratings, record.triggers);
  let best: { text: string; strength: number } | null = null;
  for (const option of offered) {
    if (option === chosen) continue;
    const rated = rateChoice(option, rater);
    const value = strength(rated.ratings, rated.triggers);
    if (value > own && (!best || value > best.strength)) best = { text: option.text, strength: value };
  }
  return best?.text ?? null;
}

function reviewLines(call: CallRecord, scenario: ReviewScenario | undefined, data: RubricData, rater: LineRater): { lines: LineReview[]; textsKnown: boolean } {
  // Replayed only against the very story the call was played on: another version could offer other lines at the same numbers.
  const same = scenario !== undefined && contentHash(scenario.json) === call.storyHash;
  const points = same ? replayChoices(scenario.json, call.path, `${call.scenarioId}.ink`) : [];
  const lines = call.choices.map((record, i): LineReview => {
    const point = points[i];
    const chosen = point?.offered[point.chosen];
    return {
      number: i + 1,
      text: chosen?.text ?? null,
      ratings: record.ratings,
      triggers: [...new Set(record.triggers)].map((id) => ({ id, family: data.triggers.find((t) => t.id === id)?.family ?? id.replaceAll('_', ' ') })),
      better: point ? betterLine(chosen, point.offered, record, data, rater) : modelLine(record, data),
    };
  });
  return { lines, textsKnown: same && points.length === call.choices.length };
}

/** Each call of a finished attempt: verdict, reasons in words and a line-by-line review, all by the rules frozen into it. */
export function reviewAttempt(attempt: AttemptRecord, scenarios: ReadonlyMap<string, ReviewScenario>): CallReview[] {
  const { track } = attempt.rules;
  const rubricData = frozenRubricData(attempt.rules);
  const judge = callJudge(track, rubricData);
  const rater = createAnalyzer(rubricData);
  return attempt.scenarioIds.map((scenarioId, i): CallReview => {
    const call = attempt.calls[i];
    const title = call?.scenarioTitle ?? scenarios.get(scenarioId)?.title ?? scenarioId;
    if (!call) return { scenarioId, title, played: false, passed: false, reasons: ['You did not play this call.'], lines: [], textsKnown: false };
    const verdict = judge({ scores: call.scores, outcome: call.outcome, triggers: call.triggers });
    // The stored verdict decided the attempt; judging again only words it, so an edited rule could never flip it here.
    const passed = attempt.verdicts[i]?.passed ?? verdict.passed;
    return { scenarioId, title, played: true, passed, reasons: passed ? [] : verdict.reasons, ...reviewLines(call, scenarios.get(scenarioId), rubricData, rater) };
  });
}
