import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/engine/remembered.ts';

describe('remembered', () => {
  it('computes each key once and gives the same answer back', () => {
    const asked: string[] = [];
    const length = remembered((key) => (asked.push(key), { n: key.length }), 10);
    const first = length('abc');
    expect(length('abc')).toBe(first);
    expect(length('de')).toEqual({ n: 2 });
    expect(asked).toEqual(['abc', 'de']);
  });

  it('starts afresh past its limit, so it never holds more than the limit', () => {
    const asked: string[] = [];
    const echo = remembered((key) => (asked.push(key), key), 2);
    echo('a');
    echo('b');
    echo('c'); // the memory was full: it restarts with c
    echo('c');
    echo('a');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
