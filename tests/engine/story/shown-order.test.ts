import { describe, expect, it } from 'vitest';
import { reportCall } from '../../../src/engine/scoring/call-report.ts';
import { StorySession } from '../../../src/engine/story/session.ts';
import { drawShuffleSeed, MAX_SHUFFLE_SEED, shownOrder } from '../../../src/engine/story/shown-order.ts';
import { compileFixture, neutralRater, testRules } from '../../helpers/fixtures.ts';

const tiny = compileFixture('tiny.ink').json;
const options = { file: 'tiny.ink', rubricHash: 'rubrics-v1' };

/** A shuffle seed whose first point shows tiny.ink's two lines swapped. */
const SWAPPED = Array.from({ length: 50 }, (_, s) => s).find((s) => shownOrder(s, 0, 2)[0] === 1)!;

describe('shownOrder', () => {
  it('keeps the authored order without a seed', () => {
    expect(shownOrder(undefined, 3, 4)).toEqual([0, 1, 2, 3]);
  });

  it('draws a permutation from the seed and the point, the same every time', () => {
    for (let seed = 0; seed < 200; seed++) {
      const order = shownOrder(seed, 2, 5);
      expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
      expect(shownOrder(seed, 2, 5)).toEqual(order);
    }
  });

  it('gives every order of three lines about as often, and different points different draws', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 6000; seed++) {
      const key = shownOrder(seed * 7919, 0, 3).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(n).toBeGreaterThan(800);
    const steps = new Set(Array.from({ length: 8 }, (_, step) => shownOrder(12345, step, 4).join('')));
    expect(steps.size).toBeGreaterThan(1);
  });

  it('draws seeds that JSON and CSV keep exactly', () => {
    expect(drawShuffleSeed(() => 0)).toBe(0);
    expect(drawShuffleSeed(() => 0.999999999999)).toBe(MAX_SHUFFLE_SEED);
  });
});

describe('a shuffled session', () => {
  it('shows the lines in its order while choose() and the path keep authored numbers', () => {
    const session = StorySession.start(tiny, { ...options, shuffle: SWAPPED });
    expect(session.order).toEqual([1, 0]);
    expect(session.order.map((i) => session.choices[i]!.text)).toEqual(['Calm down.', "I'm sorry it's late. I'll track it now."]);
    session.choose(0);
    const report = reportCall(session, neutralRater, testRules);
    expect(report.path).toEqual([1]);
    expect(report.shuffle).toBe(SWAPPED);
    expect(report.shown).toEqual([[2, 1]]);
  });

  it('keeps its seed in the save, so a resumed call shows the same order whatever the caller asks', () => {
    const first = StorySession.start(tiny, { ...options, shuffle: SWAPPED });
    first.choose(0);
    const snapshot = first.snapshot();
    expect(snapshot.shuffle).toBe(SWAPPED);
    const resumed = StorySession.restore(tiny, JSON.parse(JSON.stringify(snapshot)), { ...options, shuffle: SWAPPED + 1 });
    expect(resumed.shuffle).toBe(SWAPPED);
    expect(resumed.order).toEqual(first.order);
  });

  it('keeps the authored order, and no seed in the save, when it is not shuffled', () => {
    const session = StorySession.start(tiny, options);
    expect(session.order).toEqual([0, 1]);
    expect('shuffle' in session.snapshot()).toBe(false);
    expect(reportCall(session, neutralRater, testRules)).toMatchObject({ shuffle: null, shown: [] });
  });
});
