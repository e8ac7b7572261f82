import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/engine/check/check-scenario.ts';
import { studioNumbers } from '../../../src/engine/studio/studio-numbers.ts';
import { fixtureSource } from '../../helpers/fixtures.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';
import { readFileSync } from 'node:fs';

function numbersOf(file: string, source: string) {
  const { analyzer, rules, data } = shippedRubrics();
  const { report } = checkScenario(file, source, { rater: analyzer, rules });
  return { numbers: studioNumbers(report, data), report };
}

describe('studioNumbers', () => {
  it('counts endings by outcome and gives each rubric its min and max, as the check report has them', () => {
    const { numbers, report } = numbersOf('tiny.ink', fixtureSource('tiny.ink'));
    expect(numbers?.endings).toEqual([
      { outcome: 'resolved', count: 1 },
      { outcome: 'lost', count: 1 },
    ]);
    expect(numbers?.rubrics).toEqual([
      { rubric: 'empathy', ...report.stats!.rubrics.empathy },
      { rubric: 'ownership', ...report.stats!.rubrics.ownership },
      { rubric: 'expectations', ...report.stats!.rubrics.expectations },
    ]);
    expect(numbers?.triggerFamilies.map((f) => f.ids).flat().sort()).toEqual(['calm_down', 'i_dont_know']);
    expect(numbers?.complete).toBe(true);
  });

  it('lists the naive strategies beside the best path, flagging those that score too close, and names techniques by label', () => {
    const { numbers, report } = numbersOf('stories/missing-order.ink', readFileSync('stories/missing-order.ink', 'utf8'));
    expect(numbers?.bestOverall).toBe(report.strategies!.bestOverall);
    expect(numbers?.strategies.map((s) => s.name)).toEqual([
      ...report.strategies!.naive.map((s) => expect.stringContaining(s.strategy === 'most_cues' ? 'cue words' : s.strategy)),
      'random lines (mean of 1000)',
    ]);
    const gameable = report.warnings.filter((w) => w.code === 'gameable').length;
    expect(numbers?.strategies.filter((s) => s.tooClose)).toHaveLength(gameable);
    expect(numbers?.techniques.length).toBe(report.stats!.coverage.techniques.length);
    expect(numbers!.techniques.length).toBeGreaterThan(0);
    for (const t of numbers!.techniques) expect(t.label).not.toBe(t.id);
  });

  it('has no numbers for a scenario that does not compile', () => {
    expect(numbersOf('bad.ink', 'VAR mood = 0\n* [Pick {me]\n').numbers).toBeUndefined();
  });
});
