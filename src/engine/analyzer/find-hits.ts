import type { CompiledGroup } from './compile-rubric-data.ts';
import type { LineView, TokenSpan } from './phrase-matcher.ts';
import { overlapTest, sameClauseTest } from './span-cover.ts';

/** Whether the line holds one of `words`: a line has fewer distinct words than most groups have keys. */
function hasAny(line: LineView, words: ReadonlySet<string>): boolean {
  for (const word of line.positions.keys()) if (words.has(word)) return true;
  return false;
}

/**
 * Spans where a trigger or cue applies: matched, not vetoed by an overlapping exception or by an
 * exception in the same clause or by one in the same question, not negated. Sorted by position, longest first.
 */
export function findHits(
  group: CompiledGroup,
  line: LineView,
  isNegated: (span: TokenSpan) => boolean,
  clauses: readonly number[],
): TokenSpan[] {
  if (group.keys !== null && !hasAny(line, group.keys)) return [];
  const spans: TokenSpan[] = [];
  for (const phrase of group.phrases) for (const span of phrase.find(line)) spans.push(span);
  if (spans.length === 0) return spans;
  const vetoed = overlapTest(group.except.flatMap((p) => p.find(line)), line.tokens.length);
  const clauseVetoed = sameClauseTest(group.exceptInClause.flatMap((p) => p.find(line)), clauses);
  const inQuestion = (span: TokenSpan) => line.tokens[span.from]?.question === true;
  const questionVetoed = overlapTest(group.exceptInQuestions.flatMap((p) => p.find(line)).filter(inQuestion), line.tokens.length);
  return spans
    .filter((span) => !vetoed(span) && !clauseVetoed(span) && !questionVetoed(span) && !(group.negatable && isNegated(span)))
    .sort((a, b) => a.from - b.from || b.to - a.to);
}
