import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/engine/analyzer/index.ts';
import { lineTooLong, MAX_RATED_LINE_CHARS } from '../../../src/engine/analyzer/line-limit.ts';
import { compilePhrase, lineView } from '../../../src/engine/analyzer/phrase-matcher.ts';
import { parsePhrase } from '../../../src/engine/analyzer/phrase-syntax.ts';
import { tokenize, type Token } from '../../../src/engine/analyzer/tokenize.ts';
import { parseRubricData } from '../../../src/engine/schema/rubric-data.ts';
import { RUBRIC_DATA_PATH } from '../../../scripts/analyzer-f1.ts';
import { rubricDataError } from '../../helpers/rubrics.ts';

const shipped = readFileSync(RUBRIC_DATA_PATH, 'utf8');

/**
 * Tokens that count how often the matcher reads them and stop the run past `limit`: the work a
 * match does, measured without a clock.
 */
function countedTokens(tokens: Token[], limit: number): { tokens: Token[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key) && ++reads > limit) throw new Error(`the matcher read more than ${limit} tokens`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { tokens: proxy, reads: () => reads };
}

/** Token reads of one phrase over one line, and the matched text. */
function run(phrase: string, text: string, limit: number) {
  const real = tokenize(text);
  const counted = countedTokens(real, limit);
  const line = lineView(counted.tokens, new Set(['not', 'but']));
  const spans = compilePhrase(parsePhrase(phrase), new Map()).find(line);
  return { matches: spans.map((s) => text.slice(real[s.from]?.start, real[s.to - 1]?.end)), reads: counted.reads() };
}

describe('the phrase matcher on a pathological phrase', () => {
  // Ten gaps of up to 12 words: without remembering answers, every way of splitting the line
  // between the gaps is tried again and again (a 20-word line took 6 s, a 40-word one minutes).
  const tenGaps = `${Array.from({ length: 10 }, () => 'a').join(' *12 ')} *12 b`;

  it('does work bounded by phrase size times line length, and finds nothing where nothing matches', () => {
    const line = `${'a '.repeat(40)}. b`;
    const { matches, reads } = run(tenGaps, line, 1_000_000);
    expect(matches).toEqual([]);
    // 40 start positions × 21 steps × 41 positions is about 34,000 pairs; a few reads each.
    expect(reads).toBeLessThan(200_000);
  });

  it('still finds the match where there is one, the same as before', () => {
    const line = `${'a '.repeat(40)}b.`;
    expect(run(tenGaps, line, 1_000_000).matches).toEqual([line.slice(0, -1)]);
    expect(run('i *3 {sorry|apologise} *2 for', 'I am so very sorry indeed for this.', 10_000).matches).toEqual(['I am so very sorry indeed for']);
  });
});

describe('analyze on very long lines', () => {
  const analyzer = createAnalyzer(parseRubricData(shipped, RUBRIC_DATA_PATH));

  // Negation and vetoes used to compare every match with every negator and exception: a 1 MB line
  // took 9 s and 10 MB 9 minutes. Now each is one pass, so 2 MB is over in a few seconds even on
  // a busy machine; quadratic work would run past this test's limit many times over.
  it('rates a 2 MB line in one linear pass', { timeout: 90_000 }, () => {
    const sentence = "I understand, but you're wrong. I don't know, calm down. ";
    const line = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    const analysis = analyzer.analyze(line);
    expect(analysis.triggers.map((t) => t.id)).toEqual(expect.arrayContaining(['youre_wrong', 'calm_down', 'i_dont_know']));
    expect(analysis.ratings.empathy).toBe(analyzer.analyze(sentence).ratings.empathy);
  });

  it('says in words when a line is over the cap, and not before', () => {
    expect(lineTooLong('x'.repeat(MAX_RATED_LINE_CHARS))).toBeUndefined();
    expect(lineTooLong('x'.repeat(MAX_RATED_LINE_CHARS + 1))).toBe(
      'the line is 2,001 characters long; the analyzer rates lines of up to 2,000 characters',
    );
  });
});

describe('pathological phrases in rubric data', () => {
  it('refuses a phrase whose gaps skip more than 24 words, naming file, line and phrase', () => {
    const data = JSON.parse(shipped);
    const phrase = 'calm *12 down *12 now *12 please';
    data.triggers[0].phrases.push(phrase);
    const text = JSON.stringify(data, null, 2);
    const error = rubricDataError(text);
    expect(error.message).toMatch(/^stories\/rubric-data\.json:\d+: /);
    expect(error.line).toBe(text.slice(0, text.indexOf(phrase)).split('\n').length);
    expect(error.detail).toContain(`trigger "calm_down": phrase "${phrase}" lets its * gaps skip up to 36 words in all; at most 24`);
  });

  it('counts the gaps an @list brings in: 24 words pass, 25 do not', () => {
    const data = JSON.parse(shipped);
    data.lists.wide = ['so *12 very', 'quite'];
    data.triggers[0].phrases.push('calm *12 @wide down');
    expect(() => parseRubricData(JSON.stringify(data), 'rubric-data.json')).not.toThrow();
    data.triggers[0].phrases.push('calm *12 @wide *1 down');
    expect(rubricDataError(JSON.stringify(data, null, 2)).detail).toContain('skip up to 25 words in all (with its @lists); at most 24');
  });
});
