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

/** Ratings and the set of triggers in one string: two moves are rated alike when these are equal. */
function ratingOf(move: RatedMove): string {
  return `${RATED_RUBRICS.map((r) => move.ratings[r]).join(' ')}|${[...new Set(move.triggers)].sort().join()}`;
}

/**
 * Every move rated differently from the same move in another scenario, one warning per line.
 * Every pair of the library's moves is compared, so what can be worked out per move is worked out once.
 */
export function findRatingConflicts(moves: readonly RatedMove[]): RatingConflict[] {
  // Worked out when first needed: the moves of one scenario alone are never compared.
  const words: string[][] = [];
  const joined: string[] = [];
  const ratings: string[] = [];
  const wordsOf = (i: number) => (words[i] ??= normalizeMove(moves[i]!.text));
  const joinedOf = (i: number) => (joined[i] ??= wordsOf(i).join(' '));
  const ratingsOf = (i: number) => (ratings[i] ??= ratingOf(moves[i]!));
  const sets: Set<string>[] = [];
  const setOf = (i: number) => (sets[i] ??= new Set(wordsOf(i)));
  /** Every word of one line missing from the other needs an edit of its own: more of them than a same move allows rules it out. */
  const tooDifferent = (i: number, j: number, limit: number) => {
    let missing = 0;
    for (const word of wordsOf(i)) if (!setOf(j).has(word) && ++missing > limit) return true;
    return false;
  };
  const others = moves.map(() => [] as RatedMove[]);
  for (let i = 0; i < moves.length; i++) {
    for (let j = i + 1; j < moves.length; j++) {
      const a = moves[i]!;
      const b = moves[j]!;
      if (a.file === b.file || wordsOf(i).length === 0 || ratingsOf(i) === ratingsOf(j)) continue;
      // Under ten words a same move allows no change: the words must be equal.
      const short = Math.max(wordsOf(i).length, wordsOf(j).length) < 10;
      if (short ? joinedOf(i) !== joinedOf(j) : tooDifferent(i, j, Math.floor(Math.max(wordsOf(i).length, wordsOf(j).length) / 10)) || !sameMove(wordsOf(i), wordsOf(j))) continue;
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
