import { describe, expect, it } from 'vitest';
import { watchScript } from '../../../src/engine/learn/watch-script.ts';
import { usesTechnique } from '../../../src/engine/learn/technique-use.ts';
import { rateChoice } from '../../../src/engine/scoring/rate-choice.ts';
import { replayChoices } from '../../../src/engine/story/chosen-lines.ts';
import { pointTechniques } from '../../../src/engine/story/point-techniques.ts';
import { shippedStories } from '../../helpers/stories.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';
import { shippedScenario } from './learn-fixtures.ts';

const { analyzer, rules } = shippedRubrics();
const ids = shippedStories().map((s) => s.name.replace(/\.ink$/, ''));

describe('the Watch script', () => {
  it.each(ids)('%s: plays the exact best path to its end, with the best path’s scores', (id) => {
    const { file, json, best, bestOverall } = shippedScenario(id);
    const script = watchScript(json, file, best, analyzer, rules);
    expect(script.points.map((p) => p.picked)).toEqual(best);
    expect(script.scores.overall).toBeCloseTo(bestOverall, 1);
    expect(script.outcome).not.toBeNull();
    expect(script.closing.length).toBeGreaterThan(0);
  });

  it.each(ids)('%s: asks about the technique the point is about and the model line uses, beside 3 it is not about, the same every time', (id) => {
    const { file, json, best } = shippedScenario(id);
    const script = watchScript(json, file, best, analyzer, rules);
    const points = replayChoices(json, best.map((c) => c + 1), file);
    const vocabulary = rules.techniques!;
    let asked = 0;
    script.points.forEach((point, step) => {
      const rated = points[step]!.offered.map((o) => rateChoice(o, analyzer));
      if (!point.question) return;
      asked++;
      const { choices, answer } = point.question;
      expect(choices).toContain(answer);
      expect(new Set(choices).size).toBe(choices.length);
      expect(choices.length).toBe(4);
      expect(choices.length).toBeLessThanOrEqual(4);
      expect(point.technique?.id).toBe(answer);
      // The answer is what the point is about (its tags); the others are techniques it is not tagged with.
      const tags = pointTechniques(points[step]!.offered);
      expect(tags).toContain(answer);
      for (const other of choices.filter((c) => c !== answer)) expect(tags).not.toContain(other);
      if (tags.some((id) => usesTechnique(rated, point.picked, vocabulary.find((t) => t.id === id)!))) expect(usesTechnique(rated, point.picked, point.technique!)).toBe(true);
      // Explained by the training text's title and a passage of it; never by a file number.
      expect(point.technique!.source).toBeTruthy();
      expect(point.technique!.quote).toBeTruthy();
      expect(`${point.note ?? ''} ${point.verdict}`).not.toMatch(/\bseeds?\b/i);
    });
    expect(asked).toBeGreaterThan(0);
    expect(watchScript(json, file, best, analyzer, rules)).toEqual(script);
  });

  it('shows what was heard before each pause and the lines on offer there', () => {
    const { file, json, best } = shippedScenario('previous-agent');
    const script = watchScript(json, file, best, analyzer, rules);
    const first = script.points[0]!;
    expect(first.before.at(-1)).toEqual({ speaker: 'customer', text: expect.stringContaining('Do I really have to start over?') });
    expect(first.options).toHaveLength(3);
    expect(first.options[first.picked]).toMatch(/No starting over: I've read Kevin's transcript/);
    expect(script.points[1]!.before[0]).toEqual({ speaker: 'customer', text: 'Oh thank god. Okay. Thank you.' });
  });

  it('refuses a path that leaves the story', () => {
    const { file, json } = shippedScenario('missing-order');
    expect(() => watchScript(json, file, [7], analyzer, rules)).toThrow(/choice 8 at step 1 is not on offer/);
  });
});
