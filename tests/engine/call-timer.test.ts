import { describe, expect, it } from 'vitest';
import { CallTimer } from '../../src/engine/call-timer.ts';

describe('CallTimer', () => {
  it('counts the time spent until it stops, then keeps that total (a call ends with its real duration, not 0)', () => {
    let now = 1_000;
    const timer = new CallTimer(() => now);
    now += 4_250;
    expect(timer.elapsed()).toBe(4_250);
    now += 750;
    expect(timer.stop()).toBe(5_000);
    now += 60_000;
    expect(timer.elapsed()).toBe(5_000);
    expect(timer.stop()).toBe(5_000);
  });

  it('adds the time spent before a resume', () => {
    let now = 0;
    const timer = new CallTimer(() => now, 30_000);
    now += 2_000;
    expect(timer.stop()).toBe(32_000);
  });
});
