import { describe, expect, it } from 'vitest';
import { lineEvidence } from '../../../src/engine/scoring/line-evidence.ts';
import { rateChoice } from '../../../src/engine/scoring/rate-choice.ts';
import type { ChoiceMeta } from '../../../src/engine/schema/session.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

const { analyzer } = shippedRubrics();
const INVOICE = 'I can add a credit on invoice for the outage.';

function evidenceOf(text: string, meta: ChoiceMeta) {
  const analysis = analyzer.analyze(text);
  return { analysis, evidence: lineEvidence(rateChoice({ index: 0, text, meta }, analyzer), analysis) };
}

describe('lineEvidence', () => {
  it("drops the analyzer's cue words that contradict the author's rating, and says the author rated the line", () => {
    const { analysis, evidence } = evidenceOf(INVOICE, { ratings: { empathy: 0, ownership: 1, expectations: 0 } });
    // The analyzer reads "on invoice" as +1 Expectations; the author says 0.
    expect(analysis.evidence.some((e) => e.kind === 'expectations' && e.polarity === 1)).toBe(true);
    expect(evidence.shown.filter((e) => e.kind === 'expectations')).toEqual([]);
    expect(evidence.overridden.map((e) => [e.kind, e.match])).toContainEqual(['expectations', 'on invoice']);
    expect(evidence.authorRated).toEqual(['empathy', 'ownership', 'expectations']);
  });

  it('keeps every cue on rubrics the analyzer rated, and cues that point the same way as an author rating', () => {
    const analyzed = evidenceOf(INVOICE, { ratings: {} });
    expect(analyzed.evidence.authorRated).toEqual([]);
    expect(analyzed.evidence.overridden).toEqual([]);
    expect(analyzed.evidence.shown).toEqual(analyzed.analysis.evidence.filter((e) => e.kind !== 'trigger'));
    const stronger = evidenceOf("I'm so sorry about the outage.", { ratings: { empathy: 2 } });
    expect(stronger.evidence.shown.map((e) => e.kind)).toContain('empathy');
    expect(stronger.evidence.authorRated).toEqual(['empathy']);
  });
});
