import { describe, expect, it } from 'vitest';
import { teachCall, type TeachCall } from '../../../src/engine/learn/teach-call.ts';
import { gradeCall, NONE, type TeachMarks } from '../../../src/engine/learn/teach-grading.ts';
import { bestOnOffer, lineValues } from '../../../src/engine/scoring/best-on-offer.ts';
import { rateChoice } from '../../../src/engine/scoring/rate-choice.ts';
import { replayChoices } from '../../../src/engine/story/chosen-lines.ts';
import { pointTechniques } from '../../../src/engine/story/point-techniques.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';
import { shippedScenario } from './learn-fixtures.ts';

const { analyzer, rules, data } = shippedRubrics();
const IDS = ['missing-order', 'previous-agent', 'abusive-caller', 'talkative-complainer'];
const build = (id: string, seed: number) => {
  const { file, json } = shippedScenario(id);
  return teachCall(json, file, seed, analyzer, rules, data.triggers);
};

/** The marks that agree with the engine everywhere: the first right answer of each mark. */
function engineMarks(call: TeachCall): TeachMarks[] {
  return call.lines.map(({ key, said }) => ({ technique: key.techniques[0] ?? NONE, trigger: key.triggers[0] ?? NONE, better: key.better.includes(said) ? NONE : key.better[0]! }));
}

describe('the Teach call', () => {
  it.each(IDS)('%s: is the same for the same seed, mixes good and weak lines, and plays to an ending', (id) => {
    for (const seed of [0, 1, 2, 3, 4]) {
      const call = build(id, seed);
      expect(build(id, seed)).toEqual(call);
      expect(call.lines.map((l) => l.kind)).toEqual(expect.arrayContaining(['good', 'weak']));
      expect(call.closing.length).toBeGreaterThan(0);
    }
    expect(new Set([0, 1, 2, 3, 4, 5, 6, 7].map((seed) => build(id, seed).lines.map((l) => l.said).join()))).not.toEqual(new Set([build(id, 0).lines.map((l) => l.said).join()]));
  });

  it.each(IDS)('%s: says the best line on offer when good, the weakest when weak, and keys every line by the engine’s own ratings', (id) => {
    const { file, json } = shippedScenario(id);
    const call = build(id, 3);
    const points = replayChoices(json, call.lines.map((l) => l.said + 1), file);
    call.lines.forEach((line, step) => {
      const offered = points[step]!.offered;
      const rated = offered.map((o) => rateChoice(o, analyzer));
      const best = bestOnOffer(rated, rules);
      const values = lineValues(rated, rules);
      expect(line.options).toEqual(offered.map((o) => o.text));
      if (line.kind === 'good') expect(line.said).toBe(best[0]);
      else expect(values[line.said]).toBe(Math.min(...values));
      expect(line.key.triggers).toEqual([...new Set(rated[line.said]!.triggers)]);
      expect(line.key.better).toEqual(best);
      const tags = pointTechniques(offered);
      for (const t of line.key.techniques) expect(tags).toContain(t);
      expect(line.techniqueChoices).toEqual(expect.arrayContaining(tags));
      expect(line.techniqueChoices).toHaveLength(tags.length + 2);
      if (line.key.triggers.length > 0) expect(line.key.why.trigger).toContain(data.triggers.find((t) => t.id === line.key.triggers[0])!.explanation);
    });
  });
});

describe('grading a Teach call', () => {
  it('agrees on every mark when the marks are the engine’s, and counts each mark that differs', () => {
    const call = build('previous-agent', 1);
    const right = engineMarks(call);
    expect(gradeCall(call, right)).toMatchObject({ agreed: call.lines.length * 3, total: call.lines.length * 3, percent: 100 });
    const weak = call.lines.findIndex((l) => l.kind === 'weak');
    const wrong = right.map((m, i): TeachMarks => (i === weak ? { technique: 'thank_customer_not_listed', trigger: m.trigger === NONE ? 'calm_down' : NONE, better: NONE } : m));
    const grade = gradeCall(call, wrong);
    expect(grade.agreed).toBe(call.lines.length * 3 - 3);
    expect(grade.percent).toBe(Math.round((100 * (call.lines.length * 3 - 3)) / (call.lines.length * 3)));
    expect(grade.lines[weak]).toEqual({
      technique: { agreed: false, why: call.lines[weak]!.key.why.technique },
      trigger: { agreed: false, why: call.lines[weak]!.key.why.trigger },
      better: { agreed: false, why: call.lines[weak]!.key.why.better },
    });
  });

  it('takes "none" as right only where the engine finds none, and keeping the line only where it was the best', () => {
    const call = build('missing-order', 2);
    const good = call.lines.find((l) => l.kind === 'good' && l.key.triggers.length === 0)!;
    expect(gradeCall({ ...call, lines: [good] }, [{ technique: good.key.techniques[0] ?? NONE, trigger: NONE, better: NONE }]).percent).toBe(100);
    const other = good.options.findIndex((_, i) => !good.key.better.includes(i));
    expect(gradeCall({ ...call, lines: [good] }, [{ technique: good.key.techniques[0] ?? NONE, trigger: 'calm_down', better: other }]).agreed).toBe(1);
    expect(() => gradeCall(call, [])).toThrow(/expected marks for/);
  });
});
