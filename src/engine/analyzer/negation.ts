import type { CompiledRubricData } from './compile-rubric-data.ts';
import type { LineView, TokenSpan } from './phrase-matcher.ts';
import { overlapTest } from './span-cover.ts';

/** Overlap test for token spans. */
export function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.from < b.to && b.from < a.to;
}

/** Clause number of each token: punctuation and contrast markers ("but") start a new clause. */
export function clauseNumbers(line: LineView, contrastMarkers: readonly TokenSpan[]): number[] {
  const markerStarts = new Set(contrastMarkers.map((m) => m.from));
  const clauses: number[] = [];
  let clause = 0;
  line.tokens.forEach((token, i) => {
    if (i > 0 && (token.breakBefore !== 'none' || markerStarts.has(i))) clause += 1;
    clauses.push(clause);
  });
  return clauses;
}

/** The clause number of each token of a line, using the data's contrast markers. */
export function lineClauses(line: LineView, data: CompiledRubricData): number[] {
  return clauseNumbers(line, data.contrastMarkers.flatMap((p) => p.find(line)));
}

const SUBJECTS = new Set(['i', 'we']);

/** Finds which spans a negator cancels: one shortly before it, in the same clause. */
export function createNegationTest(line: LineView, data: CompiledRubricData, clauses: readonly number[]): (span: TokenSpan) => boolean {
  const exempt = overlapTest(data.negationExceptions.flatMap((p) => p.find(line)), line.tokens.length);
  const negators = data.negators.flatMap((p) => p.find(line)).filter((n) => !exempt(n));
  // Mark each token a negator reaches, so a span asks one question instead of scanning every negator.
  const negated = new Uint8Array(line.tokens.length);
  for (const n of negators) {
    const clause = clauses[n.to - 1];
    const last = Math.min(n.to + data.negationWindow, line.tokens.length - 1);
    for (let i = n.to; i <= last && clauses[i] === clause; i += 1) {
      // A first-person subject a few words on starts a new statement ("Although I can't retrieve your
      // old password I have made you a new one"); right after the negator it is a relative clause
      // ("not something we can offer").
      if (i >= n.to + 3 && SUBJECTS.has(line.tokens[i]?.word ?? '')) break;
      negated[i] = 1;
    }
  }
  return (span) => negated[span.from] === 1;
}
