import type { TokenSpan } from './phrase-matcher.ts';

/**
 * Running counts of covered slots (tokens or clauses), so "does any of these spans touch this
 * range?" costs two lookups instead of a pass over every span: a line with thousands of matches
 * stays linear. `ranges` are inclusive [first, last] slot pairs.
 */
function coverCounts(ranges: readonly (readonly [number, number])[], slots: number): Int32Array {
  const starts = new Int32Array(slots + 1);
  for (const [first, last] of ranges) {
    starts[first] = (starts[first] ?? 0) + 1;
    starts[last + 1] = (starts[last + 1] ?? 0) - 1;
  }
  // covered[i] = how many of slots 0…i-1 lie under some range.
  const covered = new Int32Array(slots + 1);
  let open = 0;
  for (let i = 0; i < slots; i += 1) {
    open += starts[i] ?? 0;
    covered[i + 1] = (covered[i] ?? 0) + (open > 0 ? 1 : 0);
  }
  return covered;
}

/** Whether a span shares a token with any of `spans` (all spans hold at least one token). */
export function overlapTest(spans: readonly TokenSpan[], tokenCount: number): (span: TokenSpan) => boolean {
  if (spans.length === 0) return () => false;
  const covered = coverCounts(spans.map((s) => [s.from, s.to - 1] as const), tokenCount);
  return (span) => (covered[span.to] ?? 0) - (covered[span.from] ?? 0) > 0;
}

/** Whether a span shares a clause with any of `spans` (a span may run over several clauses). */
export function sameClauseTest(spans: readonly TokenSpan[], clauses: readonly number[]): (span: TokenSpan) => boolean {
  if (spans.length === 0) return () => false;
  const clauseRange = (s: TokenSpan) => [clauses[s.from] ?? 0, clauses[s.to - 1] ?? clauses[s.from] ?? 0] as const;
  const covered = coverCounts(spans.map(clauseRange), (clauses.at(-1) ?? 0) + 1);
  return (span) => {
    const [first, last] = clauseRange(span);
    return (covered[last + 1] ?? 0) - (covered[first] ?? 0) > 0;
  };
}
