import type { Exploration } from '../explore/explorer.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import { bestOnOffer } from '../scoring/best-on-offer.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';
import { pointsWhereBestIs, ratedPoints, readAnswerKey, type AnswerKey, type RatedPoint } from './answer-key.ts';
import type { ChoiceLines } from './choice-lines.ts';
import type { DiagnosticList } from './diagnostics.ts';
import { playNaiveStrategies, STRATEGY_NAMES, type CueWordCounter, type StrategyPlay, type StrategyReport } from './naive-strategies.ts';
import { COHERENCE, findIncoherentEndings } from './outcome-coherence.ts';
import type { StrategyCall } from './strategy-walk.ts';

/** A naive strategy must score at least this many points under the best path's overall. */
export const GAMEABLE_MARGIN = 25;
/** The best line may be the longest (or the shortest) at no more than this share of the points. */
export const GIVEAWAY_SHARE = 0.4;

/** The gaming figures a scenario's report carries. */
export type GamingReport = StrategyReport & { answerKey: AnswerKey };

/** What the gaming analysis needs from a checked scenario. */
export interface GamingInput {
  file: string;
  exploration: Exploration;
  rated: readonly RatedChoice[][];
  rules: ScoringRules;
  bestOverall: number;
  cueWords: CueWordCounter;
  lines: ChoiceLines;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The lines a strategy said that were the best on offer: where it gained its score. */
export function bestPicks(call: StrategyCall, rules: ScoringRules): string[] {
  return call.said.flatMap((line, i) => {
    const offered = call.offered[i]!;
    const best = bestOnOffer(offered, rules);
    return best.length < offered.length && best.includes(offered.indexOf(line)) ? [line.text] : [];
  });
}

function warnGameable(input: GamingInput, play: StrategyPlay, list: DiagnosticList): void {
  const { file, lines, rules, bestOverall } = input;
  for (const result of play.report.naive) {
    const gap = bestOverall - result.scores.overall;
    if (gap >= GAMEABLE_MARGIN) continue;
    const picks = bestPicks(play.calls[result.strategy], rules);
    list.add(
      picks.length > 0 ? lines.lineOf(picks[0]!) : 1,
      'gameable',
      `${STRATEGY_NAMES[result.strategy]} scores ${result.scores.overall} overall, within ${GAMEABLE_MARGIN} points of the best path (${round(bestOverall)}); ` +
        (picks.length > 0
          ? `it picks the best line at ${lines.cite(file, picks)}: make another line there as long and as plausible`
          : 'no choice point it passes tells the lines apart: give each point a line that costs marks'),
    );
  }
  const mean = play.report.random.mean.overall;
  if (bestOverall - mean < GAMEABLE_MARGIN) {
    list.add(1, 'gameable', `random lines score ${mean} overall on average over ${play.report.random.walks} walks, within ${GAMEABLE_MARGIN} points of the best path (${round(bestOverall)}): give every choice point a line that costs marks`);
  }
}

function warnGiveaways(input: GamingInput, points: readonly RatedPoint[], key: AnswerKey, list: DiagnosticList): void {
  const { file, lines } = input;
  const bestTexts = (p: RatedPoint) => p.best.map((i) => p.options[i]!.text);
  for (const [sign, word] of [[1, 'longest'], [-1, 'shortest']] as const) {
    const giveaways = pointsWhereBestIs(points, sign);
    if (giveaways.length === 0 || giveaways.length <= GIVEAWAY_SHARE * points.length) continue;
    const texts = giveaways.flatMap(bestTexts);
    list.add(
      lines.lineOf(texts[0]!),
      'best_is_longest',
      `the best line is the ${word} on offer at ${giveaways.length} of ${points.length} choice points (more than ${GIVEAWAY_SHARE * 100} %): ${lines.cite(file, texts)}; make the lines comparable in length`,
    );
  }
  if (key.samePosition !== null) {
    const texts = points.flatMap(bestTexts);
    const where = key.samePosition === 'last' ? 'last' : `number ${key.samePosition}`;
    list.add(lines.lineOf(texts[0]!), 'best_is_longest', `the best line is always written ${where} at all ${points.length} choice points: ${lines.cite(file, texts)}; vary where it stands`);
  }
}

function warnIncoherent(input: GamingInput, list: DiagnosticList): void {
  const { file, lines, exploration, rated, rules } = input;
  for (const ending of findIncoherentEndings(exploration, rated, rules)) {
    const why =
      ending.reason === 'low_mood'
        ? `with the customer's mood at ${ending.mood} (${COHERENCE.goodEndingMoodAtMost} or below)`
        : ending.reason === 'low_overall'
          ? `at an overall of ${ending.overall} (under ${COHERENCE.goodEndingOverallUnder})`
          : `at an overall of ${ending.overall} (${COHERENCE.badEndingOverallFrom} or more)`;
    list.add(ending.line, 'incoherent_outcome', `this ${ending.outcome} ending is reached ${why}, saying ${lines.cite(file, ending.said)}: make the ending follow from how the call went`);
  }
}

/** Play the naive strategies, read the answer key, and add the gaming warnings of one scenario. */
export function checkGaming(input: GamingInput, list: DiagnosticList): { report: GamingReport; play: StrategyPlay } {
  const play = playNaiveStrategies(input.exploration, input.rated, input.rules, input.bestOverall, input.cueWords);
  const points = ratedPoints(input.exploration, input.rated, input.rules);
  const answerKey = readAnswerKey(points);
  warnGameable(input, play, list);
  warnGiveaways(input, points, answerKey, list);
  warnIncoherent(input, list);
  return { report: { ...play.report, answerKey }, play };
}
