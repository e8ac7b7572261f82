import type { RatedRubric, Ratings } from '../schema/rubric-ids.ts';
import type { CompiledCue, CompiledRubricData, CompiledTrigger } from './compile-rubric-data.ts';
import { findHits } from './find-hits.ts';
import { createNegationTest, lineClauses, overlaps } from './negation.ts';
import { lineView, type TokenSpan } from './phrase-matcher.ts';
import { tokenize } from './tokenize.ts';
import type { Analysis, Evidence, TriggerHit } from './types.ts';

const RATING_LIMIT = 2;

/** Clamps a raw cue count to the rating scale. */
function clampRating(value: number): number {
  return Math.max(-RATING_LIMIT, Math.min(RATING_LIMIT, value));
}

/**
 * How many distinct acts a rubric's cues show: the most cues that can each be given one of their
 * matches with no two matches sharing a word. "We can offer a replacement" finds two cues on the
 * same words; that is one act. Small search: a rubric has a handful of cues, each a few matches.
 */
export function countDistinctActs(hitsPerCue: readonly (readonly TokenSpan[])[]): number {
  let best = 0;
  const chosen: TokenSpan[] = [];
  const search = (i: number): void => {
    if (chosen.length + (hitsPerCue.length - i) <= best) return;
    if (i === hitsPerCue.length) {
      best = chosen.length;
      return;
    }
    for (const span of hitsPerCue[i] ?? []) {
      if (chosen.some((c) => overlaps(c, span))) continue;
      chosen.push(span);
      search(i + 1);
      chosen.pop();
      if (best === hitsPerCue.length) return;
    }
    search(i + 1);
  };
  search(0);
  return best;
}

/** Analyzes one agent line against compiled rubric data. */
export function analyzeLine(text: string, data: CompiledRubricData): Analysis {
  const tokens = tokenize(text);
  const line = lineView(tokens, data.gapStoppers, data.fillers);
  const clauses = lineClauses(line, data);
  const isNegated = createNegationTest(line, data, clauses);
  const located = (span: TokenSpan) => {
    const start = tokens[span.from]?.start ?? 0;
    const end = tokens[span.to - 1]?.end ?? start;
    return { match: text.slice(start, end), start, end };
  };

  const cueHits: Array<{ cue: CompiledCue; hits: TokenSpan[] }> = [];
  for (const cue of data.cues) {
    const hits = findHits(cue, line, isNegated, clauses);
    if (hits.length === 0 || cue.cancelPhrases.some((p) => p.find(line).length > 0)) continue;
    cueHits.push({ cue, hits });
  }
  // Cues that triggers may cancel never cancel a trigger (the data checks that), so they can count here.
  const cuesFound = new Set(cueHits.map(({ cue }) => cue.id));

  const matched: Array<{ trigger: CompiledTrigger; first: TokenSpan }> = [];
  for (const trigger of data.triggers) {
    const first = findHits(trigger, line, isNegated, clauses)[0];
    if (!first) continue;
    const cancelled =
      trigger.cancelCues.some((id) => cuesFound.has(id)) || trigger.cancelPhrases.some((p) => p.find(line).length > 0);
    if (!cancelled) matched.push({ trigger, first });
  }
  // A trigger named in another's cancelledBy.triggers is never cancelled by triggers itself, so one pass settles it.
  const matchedIds = new Set(matched.map(({ trigger }) => trigger.id));
  const found = matched.filter(({ trigger }) => !trigger.cancelTriggers.some((id) => matchedIds.has(id)));
  const foundIds = new Set(found.map(({ trigger }) => trigger.id));

  const evidence: Evidence[] = [];
  const score: Ratings = { empathy: 0, ownership: 0, expectations: 0 };
  const hitsByRubric: Record<RatedRubric, TokenSpan[][]> = { empathy: [], ownership: [], expectations: [] };
  for (const { cue, hits } of cueHits) {
    if (cue.cancelTriggers.some((id) => foundIds.has(id))) continue;
    hitsByRubric[cue.rubric].push(hits);
    // Every cue stays in the evidence, even when it shares its words with another cue.
    evidence.push({ kind: cue.rubric, id: cue.id, polarity: 1, ...located(hits[0] as TokenSpan) });
  }
  for (const rubric of Object.keys(hitsByRubric) as RatedRubric[]) score[rubric] += countDistinctActs(hitsByRubric[rubric]);

  const triggers: TriggerHit[] = [];
  for (const { trigger, first } of found) {
    const where = located(first);
    triggers.push({ id: trigger.id, ...where });
    score[trigger.lowers] -= 1;
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
