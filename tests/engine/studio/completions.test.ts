import { describe, expect, it } from 'vitest';
import { completeAt, divertTargets } from '../../../src/engine/studio/completions.ts';

const vocabulary = { triggers: [{ id: 'calm_down', detail: 'telling the customer how to feel' }], techniques: [{ id: 'boundary', detail: 'Boundaries' }] };
const source = '=== opening ===\nHi.\n= calm\n-> END\n=== wrap_up ===\n-> END\n== function add(a) ==\n~ return a\n';

describe('completion in the studio', () => {
  it('offers every knot and stitch, then END and DONE, after ->', () => {
    expect(divertTargets(source).map((o) => o.label)).toEqual(['opening', 'opening.calm', 'wrap_up', 'END', 'DONE']);
    const answer = completeAt('    -> wr', source, vocabulary);
    expect(answer?.from).toBe(7);
    expect(answer?.options.map((o) => o.label)).toContain('wrap_up');
  });

  it('offers tag names after #, and their values after #name:', () => {
    const names = completeAt('* [Sorry. #emp', source, vocabulary);
    expect(names?.from).toBe(11);
    expect(names?.options.map((o) => o.label)).toEqual(expect.arrayContaining(['empathy:', 'trigger:', 'narration', 'title:']));
    expect(completeAt('* [Sorry. #trigger:ca', source, vocabulary)?.options.map((o) => o.label)).toEqual(['calm_down', 'none']);
    expect(completeAt('* [Sorry. #technique:', source, vocabulary)?.options.map((o) => o.label)).toEqual(['boundary']);
    expect(completeAt('Bye. #outcome:', source, vocabulary)?.options.map((o) => o.label)).toContain('ended_by_policy');
    expect(completeAt('* [Sorry. #feedback:', source, vocabulary)).toBeUndefined();
  });

  it('offers nothing in plain text', () => {
    expect(completeAt('Hello there', source, vocabulary)).toBeUndefined();
  });
});
