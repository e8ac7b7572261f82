import { describe, expect, it } from 'vitest';
import { checkScenario, type ScenarioCheck } from '../../../src/engine/check/check-scenario.ts';
import type { DiagnosticCode } from '../../../src/engine/check/diagnostics.ts';
import { findRatingConflicts, type RatedMove } from '../../../src/engine/check/rating-consistency.ts';
import { seededRandom } from '../../../src/engine/random.ts';
import { normalizeMove, sameMove } from '../../../src/engine/scoring/same-move.ts';
import { fixtureSource } from '../../helpers/fixtures.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

const GAMING_CODES: DiagnosticCode[] = ['gameable', 'best_is_longest', 'incoherent_outcome', 'inconsistent_rating'];

function check(name: string): ScenarioCheck {
  const { analyzer, rules } = shippedRubrics();
  return checkScenario(name, fixtureSource(name), { rater: analyzer, rules });
}

function gamingWarnings(check: ScenarioCheck): string[] {
  return check.report.warnings.filter((w) => GAMING_CODES.includes(w.code)).map((w) => `${w.line} ${w.code}`);
}

describe('naive strategies', () => {
  it('plays each strategy on tiny.ink and reports what it scores and how it ends', () => {
    const strategies = check('tiny.ink').report.strategies!;
    expect(strategies.bestOverall).toBe(100);
    const byName = Object.fromEntries(strategies.naive.map((s) => [s.strategy, s]));
    expect(byName.longest).toMatchObject({ path: [1, 1], outcome: 'resolved', mood: 1 });
    expect(byName.longest!.scores.overall).toBe(100);
    expect(byName.first!.path).toEqual([1, 1]);
    expect(byName.shortest).toMatchObject({ path: [2, 2], outcome: 'lost', mood: -3 });
    expect(byName.last!.path).toEqual([2, 2]);
    expect(byName.shortest!.scores).toEqual({ empathy: 0, ownership: 0, expectations: 0, triggers: 55, overall: 13.8 });
    expect(strategies.answerKey).toMatchObject({ points: 2, bestLongest: 2, bestShortest: 0, samePosition: 1 });
  });

  it('plays 1,000 seeded random walks the same way every time', () => {
    const a = check('tiny.ink').report.strategies!.random;
    const b = check('tiny.ink').report.strategies!.random;
    expect(a).toEqual(b);
    expect(a.walks).toBe(1000);
    expect(a.outcomes.resolved + a.outcomes.lost).toBe(1000);
    // Half the walks start well; the mean sits between the worst path and the best.
    expect(a.outcomes.resolved).toBeGreaterThan(400);
    expect(a.outcomes.resolved).toBeLessThan(600);
    expect(a.mean.overall).toBeGreaterThan(13.8);
    expect(a.mean.overall).toBeLessThan(100);
    expect(a.p90.overall).toBeGreaterThanOrEqual(a.mean.overall);
  });
});

describe('gaming warnings on fixtures gameable on purpose', () => {
  it('gameable: a keyword hunter scores full marks, and the warning names where it picked the best line', () => {
    const result = check('gameable.ink');
    expect(gamingWarnings(result)).toEqual(['8 gameable']);
    const warning = result.report.warnings.find((w) => w.code === 'gameable')!;
    expect(warning.message).toContain('always the line with the most rubric cue words scores 100 overall');
    expect(warning.message).toContain('gameable.ink:8, gameable.ink:17, gameable.ink:26');
  });

  it('best_is_longest: the best line is the longest at half the points, though no strategy wins', () => {
    const result = check('best-is-longest.ink');
    expect(gamingWarnings(result)).toEqual(['10 best_is_longest']);
    expect(result.report.warnings.find((w) => w.code === 'best_is_longest')!.message).toContain(
      'the longest on offer at 2 of 4 choice points (more than 40 %): best-is-longest.ink:10, best-is-longest.ink:15',
    );
  });

  it('best_is_longest: the best line always in the same place is a giveaway too', () => {
    const warning = check('tiny.ink').report.warnings.find((w) => w.message.includes('always written'));
    expect(warning).toMatchObject({ code: 'best_is_longest', line: 8 });
    expect(warning!.message).toContain('number 1 at all 2 choice points: tiny.ink:8, tiny.ink:15');
  });

  it('incoherent_outcome: a resolved ending reached with the customer furious and the marks low', () => {
    const warnings = check('incoherent-outcome.ink').report.warnings.filter((w) => w.code === 'incoherent_outcome');
    expect(warnings.map((w) => w.line)).toEqual([26, 26]);
    const text = warnings.map((w) => w.message).join('\n');
    expect(text).toContain("resolved ending is reached with the customer's mood at -5");
    expect(text).toContain('resolved ending is reached at an overall of 8.8 (under 50)');
    expect(text).toContain('incoherent-outcome.ink:8, incoherent-outcome.ink:16, incoherent-outcome.ink:20');
  });

  it('inconsistent_rating: the same move rated differently in two scenarios is named in both', () => {
    const moves = ['inconsistent-rating-a.ink', 'inconsistent-rating-b.ink'].flatMap((name) => check(name).moves ?? []);
    const conflicts = findRatingConflicts(moves);
    expect(conflicts.map((c) => `${c.file}:${c.line}`)).toEqual(['inconsistent-rating-a.ink:8', 'inconsistent-rating-b.ink:8']);
    expect(conflicts[0]!.message).toContain('here empathy 0, ownership 1, expectations 0, no trigger, but empathy 0, ownership 0, expectations 0, no trigger at inconsistent-rating-b.ink:8');
    // The same move in one scenario alone, or the same fixture twice, raises nothing.
    expect(findRatingConflicts(check('inconsistent-rating-a.ink').moves ?? [])).toEqual([]);
  });

  it('finds the conflicts the pairwise definition finds, on hundreds of random moves', () => {
    const random = seededRandom(5);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const words = ['I', 'will', 'check', 'that', 'for', 'you', 'now', 'sorry', 'the', 'order', 'is', 'late'];
    const moves: RatedMove[] = [];
    for (let i = 0; i < 300; i++) {
      // A third of the lines are an earlier line with a word or two changed: near the limit of a same move.
      const earlier = i > 0 && random() < 0.34 ? moves[Math.floor(random() * i)]!.text.split(' ') : undefined;
      if (earlier) for (let k = pick([1, 2]); k > 0; k--) earlier[Math.floor(random() * earlier.length)] = pick(words);
      moves.push({
        file: pick(['a.ink', 'b.ink', 'c.ink']),
        line: i + 1,
        text: earlier ? earlier.join(' ') : Array.from({ length: pick([0, 2, 3, 9, 10, 11, 12, 21]) }, () => pick(words)).join(pick([' ', ', '])),
        ratings: { empathy: pick([-1, 0, 1]), ownership: pick([0, 1]), expectations: 0 },
        triggers: pick([[], ['calm_down'], ['calm_down', 'calm_down'], ['blame', 'calm_down'], ['calm_down', 'blame']]),
      });
    }
    // The definition: another file's move with the same words (a word in ten aside) and other ratings or triggers.
    const rated = (m: RatedMove) => `${m.ratings.empathy} ${m.ratings.ownership} ${m.ratings.expectations} ${[...new Set(m.triggers)].sort()}`;
    const expected = moves
      .filter((m) => moves.some((o) => o.file !== m.file && normalizeMove(m.text).length > 0 && rated(o) !== rated(m) && sameMove(normalizeMove(m.text), normalizeMove(o.text))))
      .map((m) => `${m.file}:${m.line}`);
    const found = findRatingConflicts(moves).map((c) => `${c.file}:${c.line}`);
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(50);
  });

  it('treats lines as the same move once case, punctuation and a word in ten are set aside', () => {
    expect(normalizeMove("I’ll check that for you, NOW!")).toEqual(['ill', 'check', 'that', 'for', 'you', 'now']);
    expect(sameMove(normalizeMove("I'll check that."), normalizeMove('I’ll check that!'))).toBe(true);
    expect(sameMove(normalizeMove("I'll check that."), normalizeMove("I'll fix that."))).toBe(false);
    const long = 'I am so sorry the parcel did not arrive on the day we promised';
    expect(sameMove(normalizeMove(long), normalizeMove(long.replace('so ', 'really ')))).toBe(true);
  });
});

describe('sources a trainee can read', () => {
  it('warns names_a_seed where a choice, its #feedback or its #better calls a training text "the seed" or by number', () => {
    const { analyzer, rules } = shippedRubrics();
    const source = fixtureSource('tiny.ink').replace('#feedback:Good.', '#feedback:Good. Seed 003 says own it.').replace('#feedback:No.', '#feedback:No, as the seed says.');
    const report = checkScenario('tiny.ink', source, { rater: analyzer, rules }).report;
    expect(report.warnings.filter((w) => w.code === 'names_a_seed').map((w) => w.line)).toEqual([8, 11]);
    expect(check('tiny.ink').report.warnings.some((w) => w.code === 'names_a_seed')).toBe(false);
  });
});
