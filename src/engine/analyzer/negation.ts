import type { CompiledRubricData } from './compile-rubric-data.ts';
import type { LineView, TokenSpan } from './phrase-matcher.ts';

/** Overlap test for token spans. */
export function overlaps(a: TokenSpan, b: TokenSpan): boolean {
  return a.from < b.to && b.from < a.to;
}

/** Clause number of each token: punctuation and contrast markers ("but") start a new clause. */
export function clauseNumbers(line: LineView, contrastMarkers: readonly TokenSpan[]): number[] {
  const clauses: number[] = [];
  let clause = 0;
  line.tokens.forEach((token, i) => {
    if (i > 0 && (token.breakBefore !== 'none' || contrastMarkers.some((m) => m.from === i))) clause += 1;
    clauses.push(clause);
  });
  return clauses;
}

/** The clause number of each token of a line, using the data's contrast markers. */
export function lineClauses(line: LineView, data: CompiledRubricData): number[] {
  return clauseNumbers(line, data.contrastMarkers.flatMap((p) => p.find(line)));
}

/** Whether two spans share a clause (a span may run over several). */
export function sameClause(clauses: readonly number[], a: TokenSpan, b: TokenSpan): boolean {
  const aFirst = clauses[a.from] ?? 0;
  const aLast = clauses[a.to - 1] ?? aFirst;
  const bFirst = clauses[b.from] ?? 0;
  const bLast = clauses[b.to - 1] ?? bFirst;
  return aFirst <= bLast && bFirst <= aLast;
}

/** Finds which spans a negator cancels: one shortly before it, in the same clause. */
export function createNegationTest(line: LineView, data: CompiledRubricData, clauses: readonly number[]): (span: TokenSpan) => boolean {
  const exempt = data.negationExceptions.flatMap((p) => p.find(line));
  const negators = data.negators
    .flatMap((p) => p.find(line))
    .filter((n) => !exempt.some((e) => overlaps(e, n)));
  return (span) =>
    negators.some(
      (n) => n.to <= span.from && span.from - n.to <= data.negationWindow && clauses[n.to - 1] === clauses[span.from],
    );
}
