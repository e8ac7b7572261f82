import type { Analyzer, Evidence } from '../analyzer/types.ts';
import { matchReply } from '../matcher/match-reply.ts';
import type { Beat, ChoiceRecord } from '../schema/session.ts';
import type { Ratings } from '../schema/rubric-ids.ts';
import type { Outcome } from '../schema/tags.ts';
import { roundScores, scoreCall, type CallScores, type ScoringRules } from './call-score.ts';
import { pointTechniques } from '../story/point-techniques.ts';
import { coachReply } from './coaching.ts';
import { rateChoice, rateReply, type RatedChoice } from './rate-choice.ts';
import { shownOrder } from '../story/shown-order.ts';

/** A reply the trainee typed: the line it was taken as, how close and why, and what the analyzer found in it. */
export interface TypedReply {
  /** 1-based authored number of the line the reply was taken as (the story went on along it) */
  takenAs: number;
  /** that line's text */
  line: string;
  /** the reply's likeness to that line, 0 … 1 */
  similarity: number;
  /** why it was taken as that line, in words */
  reason: string;
  /** the words the analyzer found in the reply, and what each did */
  evidence: Pick<Evidence, 'kind' | 'id' | 'match' | 'polarity'>[];
}

/** One line the trainee chose (or typed: then `text` is the reply and `ratings` and `triggers` are its own), rated, with coaching. */
export interface ChosenLine {
  text: string;
  ratings: Ratings;
  triggers: string[];
  /** the techniques the choice point practised (tags on any of its options) */
  techniques?: string[];
  feedback?: string;
  better?: string;
  /** present when the trainee typed the line instead of picking one */
  typed?: TypedReply;
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

/** The line a typed reply was taken as, how close it is and why, and the analyzer's evidence in it. */
export function typedReply(record: ChoiceRecord & { said: string }, analyzer: Analyzer, labels: ReadonlyMap<string, string>): TypedReply {
  const match = matchReply(record.said, record.offered, { analyzer, labels });
  // The path recorded wins: a reply matched under other rules still went on along the line it was taken as then.
  const same = match.kind === 'taken' && match.option === record.chosen;
  return {
    takenAs: record.chosen + 1,
    line: record.offered[record.chosen]!.text,
    similarity: Math.round(match.likeness[record.chosen]!.similarity * 100) / 100,
    reason: same ? match.reason : 'It was taken as this line when the call was played.',
    evidence: match.analysis.evidence.map(({ kind, id, match: words, polarity }) => ({ kind, id, match: words, polarity })),
  };
}

/** A typed reply as the report shows it: its own ratings, the line it was taken as and why, the coach's better line. */
function typedLine(record: ChoiceRecord & { said: string }, offered: readonly RatedChoice[], reply: RatedChoice, analyzer: Analyzer, rules: ScoringRules, labels: ReadonlyMap<string, string>): ChosenLine {
  const typed = typedReply(record, analyzer, labels);
  const coaching = coachReply(offered, reply, rules);
  const line: ChosenLine = { text: record.said, ratings: reply.ratings, triggers: reply.triggers, typed };
  if (coaching.better !== undefined) line.better = coaching.better;
  return line;
}

/**
 * Rate every choice point of a call and compute its scorecard. A typed reply is scored on its
 * own words (see `scoredLine`); `labels` (cue and trigger names, see `matcherLabels`) word the
 * reason it was taken as its line.
 */
export function reportCall(call: PlayedCall, analyzer: Analyzer, rules: ScoringRules, labels: ReadonlyMap<string, string> = new Map()): CallReport {
  const points = call.history.map((record) => {
    const offered = record.offered.map((option) => rateChoice(option, analyzer));
    return { offered, chosen: record.chosen, said: record.said === undefined ? undefined : rateReply(record.said, analyzer) };
  });
  const choices = points.map(({ offered, chosen, said }, i) => {
    const record = call.history[i]!;
    const techniques = pointTechniques(record.offered);
    const { sources: _sources, techniques: _own, ...picked } = offered[chosen]!;
    const line: ChosenLine = said && record.said !== undefined ? typedLine({ ...record, said: record.said }, offered, said, analyzer, rules, labels) : picked;
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
