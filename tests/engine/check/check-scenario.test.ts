import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/engine/check/check-scenario.ts';
import type { DiagnosticCode } from '../../../src/engine/check/diagnostics.ts';
import { fixtureSource } from '../../helpers/fixtures.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

function check(name: string, source = fixtureSource(name)) {
  const { analyzer, rules } = shippedRubrics();
  return checkScenario(name, source, { rater: analyzer, rules }).report;
}

function located(items: { line: number; code: DiagnosticCode }[]): string[] {
  return items.map((d) => `${d.line} ${d.code}`);
}

describe('checkScenario errors', () => {
  it('lists each mistake of a broken scenario with its line', () => {
    const report = check('broken.ink');
    expect(report.ok).toBe(false);
    expect(located(report.errors)).toEqual([
      '1 missing_header',
      '1 missing_header',
      '1 missing_mood',
      '2 bad_tag',
      '3 bad_tag',
      '4 bad_tag',
      '4 bad_tag',
      '5 bad_tag',
      '5 text_before_bracket',
      '7 no_outcome',
      '8 bad_tag',
      '12 no_outcome',
      '13 unreachable',
    ]);
    const messages = report.errors.map((e) => e.message).join('\n');
    expect(messages).toContain('missing header tag "# customer');
    expect(messages).toContain('"#channel" has value "fax"');
    expect(messages).toContain('"#difficulty" has value "4": expected 1, 2 or 3');
    expect(messages).toContain('unknown tag "#colour"');
    expect(messages).toContain('"#empathy" has value "3": expected a whole number from -2 to +2');
    expect(messages).toContain('"#narration" belongs on a customer line');
    expect(messages).toContain('knot "island" can never be reached');
  });

  it('reports a dead end, an endless loop and an ending without outcome', () => {
    expect(located(check('dead-end.ink').errors)).toEqual(['16 dead_end']);
    expect(located(check('endless-loop.ink').errors)).toEqual(['17 endless_loop']);
    expect(located(check('no-outcome.ink').errors)).toEqual(['13 no_outcome']);
  });

  it('reports compile errors with their line and stops there', () => {
    const report = check('bad.ink', 'VAR mood = 0\nHello.\n* [Pick {me]\n-> nowhere\n');
    expect(report.ok).toBe(false);
    expect(report.errors.every((e) => e.code === 'compile_error')).toBe(true);
    expect(report.errors[0]!.line).toBeGreaterThanOrEqual(3);
    expect(report.stats).toBeUndefined();
  });

  it('reports an unknown trigger id as an error', () => {
    expect(check('warnings.ink').errors).toEqual([{ line: 15, code: 'unknown_trigger', message: expect.stringContaining('"made_up"') }]);
  });

  it('treats a non-ink or empty file as errors, not a crash', () => {
    const empty = check('empty.ink', '');
    expect(empty.ok).toBe(false);
    expect(located(empty.errors)).toContain('1 missing_mood');
    const binary = check('photo.ink', '\u0089PNG\r\n\u001a\n\u0000\u0000IHDR');
    expect(binary.ok).toBe(false);
  });
});

describe('checkScenario warnings', () => {
  it('warns on missing #better, analyzer disagreement, no + on a rubric, mood range and cut-short lines', () => {
    expect(located(check('warnings.ink').warnings)).toEqual([
      '1 no_positive_choice',
      '6 mood_out_of_range',
      '7 cut_short_comment',
      '8 missing_better',
      '12 missing_better',
      '12 analyzer_disagrees',
      '15 missing_better',
    ]);
  });

  it('passes a clean scenario with statistics, warning only that its answer key shows', () => {
    const report = check('tiny.ink');
    expect(report).toMatchObject({ ok: true, errors: [], id: 'tiny' });
    // The best line of tiny.ink is the first and the longest at both points: gameable on purpose.
    expect(new Set(report.warnings.map((w) => w.code))).toEqual(new Set(['gameable', 'best_is_longest']));
    expect(report.stats).toEqual({
      knots: 0,
      choicePoints: 2,
      longestPath: 2,
      choices: 4,
      states: 5,
      endings: 2,
      outcomes: { resolved: 1, follow_up: 0, escalated: 0, lost: 1, ended_by_policy: 0 },
      rubrics: { empathy: { min: -1, max: 1 }, ownership: { min: -1, max: 1 }, expectations: { min: 0, max: 1 } },
      triggers: ['calm_down', 'i_dont_know'],
      coverage: { techniques: [], traps: ['calm_down', 'i_dont_know'] },
      complete: true,
      reach: { knots: { seen: 0, total: 0 }, choices: { seen: 4, total: 4 }, lines: { seen: 20, total: 20 }, exhaustive: true, playThroughs: 0 },
    });
  });

  it('warns when exploration stops at its budget', () => {
    const { analyzer, rules } = shippedRubrics();
    const report = checkScenario('hub-loop.ink', fixtureSource('hub-loop.ink'), {
      rater: analyzer,
      rules,
      explore: { budget: { maxStates: 1 } },
    }).report;
    expect(report.warnings.some((w) => w.code === 'incomplete')).toBe(true);
    expect(report.stats?.complete).toBe(false);
  });
});

describe('a check that runs out of budget is never blind', () => {
  it('goes on with seeded play-throughs, finds the dead end with its line, and says how much it saw', () => {
    const { analyzer, rules } = shippedRubrics();
    const { report } = checkScenario('dead-end.ink', fixtureSource('dead-end.ink'), { rater: analyzer, rules, explore: { budget: { maxStates: 1 } } });
    expect(located(report.errors)).toContain('16 dead_end');
    const incomplete = report.warnings.find((w) => w.code === 'incomplete');
    expect(incomplete?.message).toMatch(/not exhaustive: exploration stopped after 1 states .* then 2000 seeded play-throughs .* saw knots 100 % \(2\/2\), choices 100 % \(2\/2\), lines \d+ %/);
    expect(report.stats?.reach).toMatchObject({ exhaustive: false, playThroughs: 2000, knots: { seen: 2, total: 2 }, choices: { seen: 2, total: 2 } });
  });

  it('reports what an exhaustive check saw', () => {
    const { report } = (() => {
      const { analyzer, rules } = shippedRubrics();
      return checkScenario('tiny.ink', fixtureSource('tiny.ink'), { rater: analyzer, rules });
    })();
    expect(report.stats?.reach).toMatchObject({ exhaustive: true, playThroughs: 0, choices: { seen: 4, total: 4 } });
    expect(report.stats!.reach.lines.seen).toBe(report.stats!.reach.lines.total);
  });
});
