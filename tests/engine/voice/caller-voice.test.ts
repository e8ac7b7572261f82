import { describe, expect, it } from 'vitest';
import { chooseVoice, prosodyFor } from '../../../src/engine/voice/caller-voice.ts';

const voices = [
  { name: 'Alice', lang: 'en-GB' },
  { name: 'Amélie', lang: 'fr-CA' },
  { name: 'Daniel', lang: 'en-GB' },
  { name: 'Samantha', lang: 'en-US' },
];

describe('chooseVoice', () => {
  it('picks the same English voice for the same customer, whatever order the voices are listed in', () => {
    const index = chooseVoice('missing-order/Dana Reyes', voices)!;
    expect(voices[index]!.lang).toMatch(/^en/);
    const reversed = [...voices].reverse();
    expect(reversed[chooseVoice('missing-order/Dana Reyes', reversed)!]).toEqual(voices[index]);
  });

  it('spreads customers over the voices', () => {
    const picked = new Set(['a/A', 'b/B', 'c/C', 'd/D', 'e/E', 'f/F', 'g/G', 'h/H'].map((key) => voices[chooseVoice(key, voices)!]!.name));
    expect(picked.size).toBeGreaterThan(1);
  });

  it('falls back to any voice when none is English, and gives none when there is none', () => {
    expect(chooseVoice('x', [{ name: 'Amélie', lang: 'fr-CA' }])).toBe(0);
    expect(chooseVoice('x', [])).toBeUndefined();
  });
});

describe('prosodyFor', () => {
  it('speaks faster and lower when angry, slower and brighter when pleased, within 20 %', () => {
    expect(prosodyFor(0)).toEqual({ rate: 1, pitch: 1 });
    expect(prosodyFor(-5).rate).toBeGreaterThan(1);
    expect(prosodyFor(-5).pitch).toBeLessThan(1);
    expect(prosodyFor(4).rate).toBeLessThan(1);
    expect(prosodyFor(4).pitch).toBeGreaterThan(1);
    for (const mood of [-9, -5, 0, 5, 9]) {
      const { rate, pitch } = prosodyFor(mood);
      expect(Math.abs(rate - 1)).toBeLessThanOrEqual(0.2);
      expect(Math.abs(pitch - 1)).toBeLessThanOrEqual(0.2);
    }
  });
});
