import { RATED_RUBRICS, type Ratings } from '../schema/rubric-ids.ts';
import { normalizeMove, sameMove } from '../scoring/same-move.ts';

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
