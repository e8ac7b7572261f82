import { describe, expect, it } from 'vitest';
import { roundScores, scoreCall } from '../../../src/engine/scoring/call-score.ts';
import { rateChoice, type RatedChoice } from '../../../src/engine/scoring/rate-choice.ts';
import { testRules } from '../../helpers/fixtures.ts';

function option(empathy: number, ownership: number, expectations: number, triggers: string[] = []): RatedChoice {
  return {
    text: 'line',
    ratings: { empathy, ownership, expectations },
    triggers,
    sources: { empathy: 'author', ownership: 'author', expectations: 'author', triggers: 'author' },
  };
}

describe('scoreCall', () => {
  it('measures each decision against the options offered', () => {
    const points = [
      { offered: [option(2, 0, 0), option(0, 0, 0), option(-1, 0, 0)], chosen: 1 },
      { offered: [option(1, 1, 0), option(-1, -1, 0)], chosen: 0 },
    ];
    const scores = scoreCall(points, testRules);
    // empathy: (1 + 2) / (3 + 2) = 60 %; ownership: 2 / 2; expectations: no range anywhere, so
    // not assessed (null, not 100) and left out of the overall: (60 + 100 + 100) / 3.
    expect(scores.empathy).toBeCloseTo(60);
    expect(scores.ownership).toBe(100);
    expect(scores.expectations).toBeNull();
    expect(scores.triggers).toBe(100);
    expect(scores.overall).toBeCloseTo(260 / 3);
  });

  it('takes each distinct trigger of a chosen line once, a line picked twice twice, floored at 0', () => {
    const twice = option(0, 0, 0, ['calm_down', 'calm_down', 'youre_wrong']);
    const point = { offered: [twice, option(0, 0, 0)], chosen: 0 };
    expect(scoreCall([point], testRules).triggers).toBe(50);
    expect(scoreCall([point, point], testRules).triggers).toBe(0);
    expect(scoreCall([point, point, point], testRules).triggers).toBe(0);
  });

  it('assesses no rated rubric on a call with no choice points: only the trigger rubric counts', () => {
    expect(scoreCall([], testRules)).toEqual({ empathy: null, ownership: null, expectations: null, triggers: 100, overall: 100 });
  });

  it('does not let a rubric that was never tested lift a poor call', () => {
    // Every point differs on empathy only; the trainee always picks the worst line.
    const points = [{ offered: [option(1, 0, 0), option(-1, 0, 0)], chosen: 1 }];
    const scores = scoreCall(points, testRules);
    expect(scores).toEqual({ empathy: 0, ownership: null, expectations: null, triggers: 100, overall: 50 });
    // The old rule (an untested rubric counts 100) would have given (0 + 100 + 100 + 100) / 4 = 75.
  });

  it('weights the overall score by the data file weights', () => {
    const rules = { ...testRules, weights: { empathy: 3, ownership: 0, expectations: 0, triggers: 1 } };
    const points = [{ offered: [option(1, 0, 0), option(0, 0, 0, ['calm_down'])], chosen: 1 }];
    expect(scoreCall(points, rules).overall).toBeCloseTo((3 * 0 + 75) / 4);
  });

  it('refuses a trigger id the rubric data does not know', () => {
    const points = [{ offered: [option(0, 0, 0, ['made_up'])], chosen: 0 }];
    expect(() => scoreCall(points, testRules)).toThrow(/unknown trigger id "made_up"/);
  });

  it('rounds for display to one decimal', () => {
    expect(roundScores({ empathy: 66.666, ownership: 0, expectations: null, triggers: 80, overall: 61.6665 })).toEqual({ empathy: 66.7, ownership: 0, expectations: null, triggers: 80, overall: 61.7 });
  });
});

describe('rateChoice', () => {
  const rater = {
    analyze: () => ({ ratings: { empathy: 2, ownership: 1, expectations: 0 }, triggers: [{ id: 'youre_wrong' }] }),
  };

  it('lets author tags override the analyzer rubric by rubric', () => {
    const rated = rateChoice({ index: 0, text: 'x', meta: { ratings: { ownership: -2 } } }, rater);
    expect(rated.ratings).toEqual({ empathy: 2, ownership: -2, expectations: 0 });
    expect(rated.sources).toMatchObject({ empathy: 'analyzer', ownership: 'author', triggers: 'analyzer' });
    expect(rated.triggers).toEqual(['youre_wrong']);
  });

  it('replaces the analyzer triggers when the author tags any, and #trigger:none means none', () => {
    expect(rateChoice({ index: 0, text: 'x', meta: { ratings: {}, triggers: ['calm_down'] } }, rater).triggers).toEqual(['calm_down']);
    expect(rateChoice({ index: 0, text: 'x', meta: { ratings: {}, triggers: [] } }, rater).triggers).toEqual([]);
  });
});
