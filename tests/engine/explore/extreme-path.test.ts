import { describe, expect, it } from 'vitest';
import { explore } from '../../../src/engine/explore/explorer.ts';
import { rateNodes, summarizePaths, walkPaths } from '../../../src/engine/explore/paths.ts';
import { walkCompletePaths } from '../../../src/engine/explore/path-walk.ts';
import { compileFixture, neutralRater, testRules } from '../../helpers/fixtures.ts';
import { randomScenario } from '../../helpers/random-scenario.ts';

describe('summarizePaths without enumerating paths', () => {
  it('agrees with walking every path on 3,000 random scenarios: same best, worst, ties and totals', () => {
    let withPaths = 0;
    let withLoops = 0;
    let withTies = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const { exploration, rated, rules } = randomScenario(seed);
      const exact = summarizePaths(exploration, rated, rules);
      const walked = walkPaths(exploration, rated, rules);
      expect(walked.complete).toBe(true);
      const context = `seed ${seed}`;
      expect(exact.complete, context).toBe(true);
      expect(exact.paths, context).toBe(walked.paths);
      expect(exact.longest, context).toBe(walked.longest);
      expect(exact.rubrics, context).toEqual(walked.rubrics);
      expect(exact.best?.choices, context).toEqual(walked.best?.choices);
      expect(exact.worst?.choices, context).toEqual(walked.worst?.choices);
      expect(exact.best?.ending, context).toBe(walked.best?.ending);
      expect(exact.best?.scores, context).toEqual(walked.best?.scores);
      expect(exact.worst?.scores, context).toEqual(walked.worst?.scores);
      let atBest = 0;
      walkCompletePaths(exploration, rated, rules, ({ scores }) => {
        if (Math.abs(scores.overall - walked.best!.scores.overall) < 1e-9) atBest++;
      });
      if (atBest > 1) withTies++;
      if (walked.paths > 1) withPaths++;
      if (exploration.nodes.some((node) => node.edges.some((edge) => edge.to <= node.id))) withLoops++;
    }
    // The generator must really exercise choice, ties and loops.
    expect(withPaths).toBeGreaterThan(1800);
    expect(withLoops).toBeGreaterThan(1400);
    expect(withTies).toBeGreaterThan(120);
  });
});

describe('best and worst paths of long calls', () => {
  const summary = (name: string) => {
    const { story } = compileFixture(name);
    const exploration = explore(story);
    expect(exploration.complete).toBe(true);
    return { exploration, summary: summarizePaths(exploration, rateNodes(exploration, neutralRater), testRules) };
  };

  it('answers a 40-choice-point call in a row exactly (3^40 paths, 41 states)', () => {
    const { exploration, summary: result } = summary('long-linear.ink');
    expect(exploration.nodes).toHaveLength(41);
    expect(result.complete).toBe(true);
    expect(result.paths).toBe(3 ** 40);
    expect(result.longest).toBe(40);
    expect(result.best?.choices).toHaveLength(40);
    // Every point has a line best on each rubric, and only every seventh point's third line is a trigger.
    expect(result.best?.scores.overall).toBeGreaterThan(result.worst!.scores.overall);
  });

  it('answers a 30-choice-point branching call with mood exactly', () => {
    const { summary: result } = summary('long-branching.ink');
    expect(result.complete).toBe(true);
    expect(result.paths).toBeGreaterThan(1e12);
    expect(result.best).toBeDefined();
    expect(result.worst).toBeDefined();
  });
});
