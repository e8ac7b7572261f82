import type { Beat, ChoiceRecord } from '../schema/session.ts';
import type { Ratings } from '../schema/rubric-ids.ts';
import type { Outcome } from '../schema/tags.ts';
import { roundScores, scoreCall, type CallScores, type ScoringRules } from './call-score.ts';
import { pointTechniques } from '../story/point-techniques.ts';
import { rateChoice, type LineRater } from './rate-choice.ts';
import { shownOrder } from '../story/shown-order.ts';

/** One line the trainee chose, rated, with coaching. */
export interface ChosenLine {
  text: string;
  ratings: Ratings;
  triggers: string[];
  /** the techniques the choice point practised (tags on any of its options) */
  techniques?: string[];
  feedback?: string;
  better?: string;
}

/** A finished (or interrupted) call as the debrief and `frontline play --json` show it. */
export interface CallReport {
  /** 1-based authored choice numbers (as `--choose` takes them), whatever order they were shown in */
  path: number[];
  /** the seed of the order lines were shown in; null when they kept their authored order */
  shuffle: number | null;
  /** per choice point, the 1-based authored numbers of the lines in the order they were shown */
  shown: number[][];
  transcript: { speaker: Beat['speaker']; text: string }[];
  choices: ChosenLine[];
  outcome: Outcome | null;
  mood: number;
  scores: CallScores;
}

/** What a session exposes for reporting. */
export interface PlayedCall {
  history: readonly ChoiceRecord[];
  transcript: readonly Beat[];
  outcome: Outcome | undefined;
  mood: number;
  shuffle?: number | undefined;
}

/** Rate every choice point of a call and compute its scorecard. */
export function reportCall(call: PlayedCall, rater: LineRater, rules: ScoringRules): CallReport {
  const points = call.history.map((record) => ({
    offered: record.offered.map((option) => rateChoice(option, rater)),
    chosen: record.chosen,
  }));
  const choices = points.map(({ offered, chosen }, i) => {
    const { sources: _sources, techniques: _own, ...line } = offered[chosen]!;
    const techniques = pointTechniques(call.history[i]!.offered);
    return techniques.length > 0 ? { ...line, techniques } : line;
  });
  return {
    path: call.history.map((record) => record.chosen + 1),
    shuffle: call.shuffle ?? null,
    shown: call.history.map((record, step) => shownOrder(call.shuffle, step, record.offered.length).map((i) => i + 1)),
    transcript: call.transcript.map(({ speaker, text }) => ({ speaker, text })),
    choices,
    outcome: call.outcome ?? null,
    mood: call.mood,
    scores: roundScores(scoreCall(points, rules)),
  };
}
