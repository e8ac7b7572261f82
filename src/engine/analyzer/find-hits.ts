import type { CompiledGroup } from './compile-rubric-data.ts';
import { overlaps, sameClause } from './negation.ts';
import type { LineView, TokenSpan } from './phrase-matcher.ts';

/**
 * Spans where a trigger or cue applies: matched, not vetoed by an overlapping exception or by an
 * exception in the same clause, not negated. Sorted by position, longest first.
 */
export function findHits(
  group: CompiledGroup,
  line: LineView,
  isNegated: (span: TokenSpan) => boolean,
  clauses: readonly number[],
): TokenSpan[] {
  const spans = group.phrases.flatMap((p) => p.find(line));
  if (spans.length === 0) return spans;
  const vetoes = group.except.flatMap((p) => p.find(line));
  const clauseVetoes = group.exceptInClause.flatMap((p) => p.find(line));
  return spans
    .filter(
      (span) =>
        !vetoes.some((v) => overlaps(v, span)) &&
        !clauseVetoes.some((v) => sameClause(clauses, v, span)) &&
        !(group.negatable && isNegated(span)),
    )
    .sort((a, b) => a.from - b.from || b.to - a.to);
}
