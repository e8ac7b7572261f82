import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/engine/check/check-scenario.ts';
import { RATED_RUBRICS } from '../../src/engine/schema/rubric-ids.ts';
import { reportCall } from '../../src/engine/scoring/call-report.ts';
import { StorySession } from '../../src/engine/story/session.ts';
import { shippedRubrics } from '../helpers/rubrics.ts';
import { shippedStories } from '../helpers/stories.ts';

const stories = shippedStories();
const checks = new Map(
  stories.map(({ file, source }) => {
    const { analyzer, rules } = shippedRubrics();
    return [file, checkScenario(file, source, { rater: analyzer, rules })] as const;
  }),
);

function playPath(json: string, file: string, path: number[]) {
  const rubrics = shippedRubrics();
  const session = StorySession.start(json, { file, rubricHash: rubrics.hash });
  for (const choice of path) session.choose(choice);
  expect(session.ended).toBe(true);
  return reportCall(session, rubrics.analyzer, rubrics.rules);
}

describe('the scenario library', () => {
  it('has at least 15 scenarios over phone, chat, email and social, and difficulties 1 to 3', () => {
    expect(stories.length).toBeGreaterThanOrEqual(15);
    const headers = stories.map((s) => checks.get(s.file)!.header!);
    expect(new Set(headers.map((h) => h.channel))).toEqual(new Set(['phone', 'chat', 'email', 'social']));
    expect(new Set(headers.map((h) => h.difficulty))).toEqual(new Set([1, 2, 3]));
  });

  it('passes `frontline check --strict stories/` with no errors and no warnings', () => {
    const run = spawnSync(process.execPath, ['bin/frontline.js', 'check', '--strict', 'stories/'], { encoding: 'utf8', timeout: 300_000 });
    expect(run.stdout).toMatch(/checked \d+ files: 0 errors, 0 warnings/);
    expect(run.status).toBe(0);
  }, 300_000);
});

describe.each(stories)('$name', ({ file }) => {
  const check = checks.get(file)!;

  it('is a real practice call: length, options, endings, outcomes, traps', () => {
    const { stats } = check.report;
    expect(check.report.errors).toEqual([]);
    expect(check.paths!.longest).toBeGreaterThanOrEqual(6);
    const points = check.exploration!.nodes.filter((n) => n.kind === 'choice');
    const wide = points.filter((n) => n.options.length >= 3).length;
    expect(wide / points.length).toBeGreaterThan(0.5);
    expect(stats!.endings).toBeGreaterThanOrEqual(4);
    expect(Object.values(stats!.outcomes).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
    expect(stats!.triggers.length).toBeGreaterThanOrEqual(3);
    const ratings = check.rated!.flat();
    for (const rubric of RATED_RUBRICS) {
      expect(ratings.some((r) => r.ratings[rubric] > 0), `${rubric} earnable`).toBe(true);
      expect(ratings.some((r) => r.ratings[rubric] < 0), `${rubric} losable`).toBe(true);
    }
    expect(check.exploration!.mood.max - check.exploration!.mood.min).toBeGreaterThanOrEqual(4);
  });

  it('rewards the best path and punishes the worst', () => {
    const best = playPath(check.json!, file, check.paths!.best!.choices);
    expect(['resolved', 'follow_up']).toContain(best.outcome);
    for (const rubric of RATED_RUBRICS) expect(best.scores[rubric], rubric).toBeGreaterThanOrEqual(80);
    expect(best.choices.flatMap((c) => c.triggers)).toEqual([]);
    expect(best.scores.triggers).toBe(100);
    const worst = playPath(check.json!, file, check.paths!.worst!.choices);
    expect(['lost', 'escalated']).toContain(worst.outcome);
    expect(worst.choices.flatMap((c) => c.triggers).length).toBeGreaterThan(0);
  });

  it('survives 1,000 seeded random walks, each ending with an outcome', () => {
    const rubrics = shippedRubrics();
    let seed = 1;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let walk = 0; walk < 1000; walk++) {
      const session = StorySession.start(check.json!, { file, rubricHash: rubrics.hash, seed: walk });
      for (let steps = 0; !session.ended && steps < 200; steps++) session.choose(Math.floor(random() * session.choices.length));
      expect(session.ended).toBe(true);
      expect(session.outcome).toBeDefined();
    }
  });
});
