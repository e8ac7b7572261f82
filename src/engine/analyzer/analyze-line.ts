import type { RatedRubric, Ratings } from '../schema/rubric-ids.ts';
import type { CompiledRubricData } from './compile-rubric-data.ts';
import { findHits } from './find-hits.ts';
import { createNegationTest } from './negation.ts';
import type { LineView, TokenSpan } from './phrase-matcher.ts';
import { tokenize } from './tokenize.ts';
import type { Analysis, Evidence, TriggerHit } from './types.ts';

const RATING_LIMIT = 2;

/** Clamps a raw cue count to the rating scale. */
function clampRating(value: number): number {
  return Math.max(-RATING_LIMIT, Math.min(RATING_LIMIT, value));
}

/** Analyzes one agent line against compiled rubric data. */
export function analyzeLine(text: string, data: CompiledRubricData): Analysis {
  const tokens = tokenize(text);
  const line: LineView = { tokens, words: new Set(tokens.map((t) => t.word)), gapStoppers: data.gapStoppers, fillers: data.fillers };
  const isNegated = createNegationTest(line, data);
  const located = (span: TokenSpan) => {
    const start = tokens[span.from]?.start ?? 0;
    const end = tokens[span.to - 1]?.end ?? start;
    return { match: text.slice(start, end), start, end };
  };

  const evidence: Evidence[] = [];
  const score: Ratings = { empathy: 0, ownership: 0, expectations: 0 };
  const cuesFound = new Set<string>();
  for (const cue of data.cues) {
    const first = findHits(cue, line, isNegated)[0];
    if (!first) continue;
    cuesFound.add(cue.id);
    score[cue.rubric] += 1;
    evidence.push({ kind: cue.rubric, id: cue.id, polarity: 1, ...located(first) });
  }

  const triggers: TriggerHit[] = [];
  for (const trigger of data.triggers) {
    const first = findHits(trigger, line, isNegated)[0];
    if (!first) continue;
    const cancelled =
      trigger.cancelCues.some((id) => cuesFound.has(id)) || trigger.cancelPhrases.some((p) => p.find(line).length > 0);
    if (cancelled) continue;
    const where = located(first);
    triggers.push({ id: trigger.id, ...where });
    score[trigger.lowers as RatedRubric] -= 1;
    evidence.push({ kind: 'trigger', id: trigger.id, polarity: -1, ...where });
    evidence.push({ kind: trigger.lowers, id: trigger.id, polarity: -1, ...where });
  }

  triggers.sort((a, b) => a.start - b.start);
  evidence.sort((a, b) => a.start - b.start);
  const ratings: Ratings = {
    empathy: clampRating(score.empathy),
    ownership: clampRating(score.ownership),
    expectations: clampRating(score.expectations),
  };
  return { text, triggers, ratings, evidence };
}
