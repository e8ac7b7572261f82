import type { Exploration } from '../explore/explorer.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import { bestOnOffer } from '../scoring/best-on-offer.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';
import { median, wordCount } from './line-words.ts';

/** One choice point whose lines are not all equally good. */
export interface RatedPoint {
  options: readonly RatedChoice[];
  /** positions of the best lines */
  best: number[];
}

/** What the look of the lines gives away about which one is best. */
export interface AnswerKey {
  /** choice points whose lines differ in value (each distinct set of lines once) */
  points: number;
  /** points where the best line is the longest on offer, and where it is the shortest */
  bestLongest: number;
  bestShortest: number;
  /** the authored position (1-based, or "last") of the best line at every point, if it never moves */
  samePosition: number | 'last' | null;
  medianWordsBest: number;
  medianWordsOther: number;
}

/** Positions holding the strictly longest (sign 1) or shortest (sign −1) line, by words then characters. */
function extremePositions(options: readonly RatedChoice[], sign: 1 | -1): number[] {
  const sizes = options.map((o) => sign * (wordCount(o.text) * 10_000 + o.text.length));
  const top = Math.max(...sizes);
  return sizes.flatMap((s, i) => (s === top ? [i] : []));
}

/** Distinct choice points of an exploration whose lines differ in value. */
export function ratedPoints(exploration: Exploration, rated: readonly RatedChoice[][], rules: ScoringRules): RatedPoint[] {
  const seen = new Set<string>();
  const points: RatedPoint[] = [];
  exploration.nodes.forEach((node, id) => {
    const options = rated[id];
    if (node.kind !== 'choice' || !options || options.length < 2) return;
    const key = options.map((o) => o.text).join('\n');
    if (seen.has(key)) return;
    seen.add(key);
    const best = bestOnOffer(options, rules);
    if (best.length < options.length) points.push({ options, best });
  });
  return points;
}

/** Points whose best line is also the strictly longest (sign 1) or shortest (sign −1) one. */
export function pointsWhereBestIs(points: readonly RatedPoint[], sign: 1 | -1): RatedPoint[] {
  return points.filter((p) => {
    const extreme = extremePositions(p.options, sign);
    return extreme.length === 1 && p.best.includes(extreme[0]!);
  });
}

function samePosition(points: readonly RatedPoint[]): AnswerKey['samePosition'] {
  if (points.length < 2) return null;
  if (points.every((p) => p.best.includes(p.options.length - 1))) return 'last';
  const shortest = Math.min(...points.map((p) => p.options.length));
  for (let position = 0; position < shortest; position++) if (points.every((p) => p.best.includes(position))) return position + 1;
  return null;
}

/** How often the best line stands out by its length or its place. */
export function readAnswerKey(points: readonly RatedPoint[]): AnswerKey {
  const best: number[] = [];
  const other: number[] = [];
  for (const p of points) p.options.forEach((o, i) => (p.best.includes(i) ? best : other).push(wordCount(o.text)));
  return {
    points: points.length,
    bestLongest: pointsWhereBestIs(points, 1).length,
    bestShortest: pointsWhereBestIs(points, -1).length,
    samePosition: samePosition(points),
    medianWordsBest: median(best),
    medianWordsOther: median(other),
  };
}
