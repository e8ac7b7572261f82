import { describe, expect, it } from 'vitest';
import { gradeChoices } from '../../../src/engine/studio/choice-grade.ts';
import { shorten } from '../../../src/engine/studio/shorten.ts';
import { SourceText } from '../../../src/engine/studio/source-text.ts';
import type { RatedChoice } from '../../../src/engine/scoring/rate-choice.ts';
import { testRules } from '../../helpers/fixtures.ts';

const SOURCE = [
  '# title: T', // 1
  'VAR mood = 0', // 2
  'Hello there. #mood:angry // greeting', // 3
  '* [Hi.] Hello there.', // 4
  '- (again) {mood > 0: Glad|Sad} you called.', // 5
  '=== knot ===', // 6
  'Hello there. -> END', // 7
].join('\n');

describe('SourceText', () => {
  it('finds the line that prints a text, without tags, comments, choice marks or diverts, preferring the next one after a line', () => {
    const text = new SourceText(SOURCE);
    expect(text.lineOf('Hello there.')).toBe(3);
    expect(text.lineOf('Hello there.', 3)).toBe(4);
    expect(text.lineOf('Hello there.', 4)).toBe(7);
    expect(text.lineOf('Hello there.', 7)).toBe(3);
    expect(text.lineOf('Glad you called.')).toBe(5);
    expect(text.lineOf('Nobody wrote this.')).toBeUndefined();
    expect(text.lineOf('  ')).toBeUndefined();
  });
});

describe('shorten', () => {
  it('cuts at a word boundary with an ellipsis, and leaves short text alone', () => {
    expect(shorten('Short line.', 20)).toBe('Short line.');
    expect(shorten('I can hear how upset you are, and I will fix it today.', 30)).toBe('I can hear how upset you are…');
  });
});

describe('gradeChoices', () => {
  const line = (empathy: number, triggers: string[] = []): RatedChoice => ({
    text: `line ${empathy}`,
    ratings: { empathy, ownership: 0, expectations: 0 },
    triggers,
    sources: { empathy: 'author', ownership: 'author', expectations: 'author', triggers: 'author' },
  });

  it('grades the best line, a trap, a line below zero and the rest', () => {
    expect(gradeChoices([line(2), line(1), line(-1), line(2, ['calm_down'])], testRules)).toEqual(['best', 'fair', 'poor', 'trap']);
  });
});
