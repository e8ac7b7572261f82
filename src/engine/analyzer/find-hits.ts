import type { CompiledGroup } from './compile-rubric-data.ts';
import { overlaps } from './negation.ts';
import type { LineView, TokenSpan } from './phrase-matcher.ts';

/** Spans where a trigger or cue applies: matched, not vetoed by an overlapping exception, not negated. */
export function findHits(group: CompiledGroup, line: LineView, isNegated: (span: TokenSpan) => boolean): TokenSpan[] {
  const spans = group.phrases.flatMap((p) => p.find(line));
  if (spans.length === 0) return spans;
  const vetoes = group.except.flatMap((p) => p.find(line));
  return spans
    .filter((span) => !vetoes.some((v) => overlaps(v, span)) && !(group.negatable && isNegated(span)))
    .sort((a, b) => a.from - b.from || b.to - a.to);
}
