import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/engine/check/check-scenario.ts';
import { checkTrack } from '../../src/engine/check/check-track.ts';
import { GAMEABLE_MARGIN } from '../../src/engine/check/gaming-check.ts';
import { NAIVE_STRATEGIES } from '../../src/engine/check/naive-strategies.ts';
import { findRatingConflicts } from '../../src/engine/check/rating-consistency.ts';
import { coachLine } from '../../src/engine/scoring/coaching.ts';
import { shippedRubrics } from '../helpers/rubrics.ts';
import { shippedStories } from '../helpers/stories.ts';

// The gaming analysis on the whole shipped library: a trainee who does not listen must not pass.
const { analyzer, rules, data } = shippedRubrics();
const checks = shippedStories().map(({ file, source }) => checkScenario(file, source, { rater: analyzer, rules }));
const GAMING = new Set(['gameable', 'best_is_longest', 'incoherent_outcome']);

describe('the scenario library cannot be gamed', () => {
  it.each(checks.map((c) => [c.report.file, c] as const))('%s: always-longest and always-shortest score 25 points under the best path', (_file, check) => {
    const strategies = check.report.strategies!;
    for (const name of ['longest', 'shortest'] as const) {
      const result = strategies.naive.find((s) => s.strategy === name)!;
      expect(strategies.bestOverall - result.scores.overall, `${name} scores ${result.scores.overall}`).toBeGreaterThanOrEqual(GAMEABLE_MARGIN);
    }
  });

  it.each(checks.map((c) => [c.report.file, c] as const))('%s: raises no gaming warning', (_file, check) => {
    expect(check.report.warnings.filter((w) => GAMING.has(w.code))).toEqual([]);
  });

  it.each(checks.map((c) => [c.report.file, c] as const))('%s: coaches every line of the best path as the best, with no "Better:"', (_file, check) => {
    const { exploration, rated, paths } = check;
    let id = exploration!.root;
    for (const choice of paths!.best!.choices) {
      const node = exploration!.nodes[id]!;
      const coaching = coachLine(rated![id]!, choice, rules);
      expect(coaching, rated![id]![choice]!.text).toMatchObject({ best: true });
      expect(coaching.better).toBeUndefined();
      id = node.edges.find((e) => e.choice === choice)!.to;
    }
  });

  it('rates the same move the same way in every scenario', () => {
    expect(findRatingConflicts(checks.flatMap((c) => c.moves ?? []))).toEqual([]);
  });

  it('lets no naive strategy pass any call of the Foundations track', () => {
    const scenarios = new Map(checks.map((c) => [c.report.id, c] as const));
    const report = checkTrack('stories/foundations.track.json', readFileSync('stories/foundations.track.json', 'utf8'), { data, rules, scenarios });
    for (const strategy of NAIVE_STRATEGIES) {
      const passed = Object.entries(report.strategies!.naive[strategy].calls).filter(([, ok]) => ok).map(([id]) => id);
      expect(passed, strategy).toEqual([]);
    }
  });
});
