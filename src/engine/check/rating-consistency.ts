import { RATED_RUBRICS, type Ratings } from '../schema/rubric-ids.ts';

/** A choice line as written in one scenario, with its final ratings and triggers. */
export interface RatedMove {
  file: string;
  line: number;
  text: string;
  ratings: Ratings;
  triggers: readonly string[];
}

/** A warning for one file: a move rated unlike the same move elsewhere in the library. */
export interface RatingConflict {
  file: string;
  line: number;
  message: string;
}

/** Lowercase words with punctuation and curly quotes dropped: what makes two lines the same move. */
export function normalizeMove(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Word-level edit distance, stopping early once it exceeds `limit`. */
function wordDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Same move: equal once normalised, or one word in ten changed at most. */
export function sameMove(a: readonly string[], b: readonly string[]): boolean {
  const limit = Math.floor(Math.max(a.length, b.length) / 10);
  return wordDistance(a, b, limit) <= limit;
}

function describe(move: RatedMove): string {
  const ratings = RATED_RUBRICS.map((r) => `${r} ${move.ratings[r]}`).join(', ');
  return `${ratings}, ${move.triggers.length > 0 ? `trigger ${[...move.triggers].sort().join(', ')}` : 'no trigger'}`;
}

function sameRating(a: RatedMove, b: RatedMove): boolean {
  return RATED_RUBRICS.every((r) => a.ratings[r] === b.ratings[r]) && [...new Set(a.triggers)].sort().join() === [...new Set(b.triggers)].sort().join();
}

/** Every move rated differently from the same move in another scenario, one warning per line. */
export function findRatingConflicts(moves: readonly RatedMove[]): RatingConflict[] {
  const words = moves.map((m) => normalizeMove(m.text));
  const others = moves.map(() => [] as RatedMove[]);
  for (let i = 0; i < moves.length; i++) {
    for (let j = i + 1; j < moves.length; j++) {
      const a = moves[i]!;
      const b = moves[j]!;
      if (a.file === b.file || words[i]!.length === 0 || sameRating(a, b) || !sameMove(words[i]!, words[j]!)) continue;
      others[i]!.push(b);
      others[j]!.push(a);
    }
  }
  return moves.flatMap((move, i) => {
    const unlike = others[i]!;
    if (unlike.length === 0) return [];
    const elsewhere = unlike.map((o) => `${describe(o)} at ${o.file}:${o.line}`).join('; ');
    return [{ file: move.file, line: move.line, message: `the same move is rated differently elsewhere in the library: here ${describe(move)}, but ${elsewhere}; rate the same move the same way` }];
  });
}
