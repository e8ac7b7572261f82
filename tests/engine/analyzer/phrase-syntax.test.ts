import { describe, expect, it } from 'vitest';
import { compilePhrase, lineView } from '../../../src/engine/analyzer/phrase-matcher.ts';
import { parsePhrase, PhraseSyntaxError } from '../../../src/engine/analyzer/phrase-syntax.ts';
import { tokenize } from '../../../src/engine/analyzer/tokenize.ts';

const lists = new Map([['feeling', [parsePhrase('upset').items, parsePhrase('fed up').items]]]);

/** The text each match of `phrase` covers in `text`. */
function matches(phrase: string, text: string): string[] {
  const tokens = tokenize(text);
  const line = lineView(tokens, new Set(['not', 'but']));
  return compilePhrase(parsePhrase(phrase), lists)
    .find(line)
    .map((s) => text.slice(tokens[s.from]?.start, tokens[s.to - 1]?.end));
}

describe('tokenize', () => {
  it('expands contractions and keeps original offsets', () => {
    expect(tokenize("You're sure? I can’t.").map((t) => [t.word, t.start, t.end, t.breakBefore])).toEqual([
      ['you', 0, 6, 'sentence'], ['are', 0, 6, 'none'], ['sure', 7, 11, 'none'],
      ['i', 13, 14, 'sentence'], ['can', 15, 20, 'none'], ['not', 15, 20, 'none'],
    ]);
  });

  it('reads possessives as the noun and "it\'s" as "it is"', () => {
    expect(tokenize("our supplier's end, it's late").map((t) => t.word)).toEqual(['our', 'supplier', 'end', 'it', 'is', 'late']);
  });

  it('does not end a sentence at "p.m." and splits "3pm"', () => {
    const tokens = tokenize('by 5 p.m. today or 3pm');
    expect(new Set(tokens.map((t) => t.sentence))).toEqual(new Set([0]));
    expect(tokens.map((t) => t.word)).toEqual(['by', '5', 'p', 'm', 'today', 'or', '3', 'pm']);
  });
});

describe('phrase syntax', () => {
  it('matches alternatives, optional words and contractions both ways', () => {
    expect(matches("{you are|you're} wrong", 'You are wrong')).toEqual(['You are wrong']);
    expect(matches("you're wrong", 'you are WRONG!')).toEqual(['you are WRONG']);
    expect(matches('[please] calm down', 'Please calm down')).toEqual(['Please calm down']);
    expect(matches('[please] calm down', 'calm down')).toEqual(['calm down']);
  });

  it('lets * skip up to its count of words, across commas but not over "not"', () => {
    expect(matches('you are * upset', 'you are, quite rightly, upset')).toEqual(['you are, quite rightly, upset']);
    expect(matches('you are *1 upset', 'you are, quite rightly, upset')).toEqual([]);
    expect(matches('you are * upset', 'you are not upset')).toEqual([]);
  });

  it('never reaches across a full stop', () => {
    expect(matches('calm * down', 'Calm. Down.')).toEqual([]);
  });

  it('reads # as a number and @list as any entry', () => {
    expect(matches('within # days', 'within 30 days or within three days')).toEqual(['within 30 days', 'within three days']);
    expect(matches('i am @feeling', "I'm fed up")).toEqual(["I'm fed up"]);
  });

  it('reads a final "*" before "$" as up to that many words, then the end of the clause', () => {
    expect(matches('we do not offer *3 $', "We don't offer loaner phones, I'm afraid.")).toEqual(["We don't offer loaner phones"]);
    expect(matches('we do not offer *3 $', "We don't offer loaner phones to business accounts on weekends.")).toEqual([]);
    expect(() => parsePhrase('we do not offer *3')).toThrow(/just before a final "\$"/);
  });

  it('steps over filler words inside a phrase, never before its first word', () => {
    const withFillers = (phrase: string, text: string) => {
      const tokens = tokenize(text);
      const line = lineView(tokens, new Set(['not', 'but']), new Set(['really', 'just']));
      return compilePhrase(parsePhrase(phrase), lists).find(line).map((s) => text.slice(tokens[s.from]?.start, tokens[s.to - 1]?.end));
    };
    expect(withFillers('i do not know', "I really don't know.")).toEqual(["I really don't know"]);
    expect(withFillers('i do not know', "I don't really just know.")).toEqual(["I don't really just know"]);
    expect(withFillers('do not know', 'I really do not know')).toEqual(['do not know']);
    expect(matches('i do not know', "I really don't know.")).toEqual([]);
  });

  it('anchors ^ and $ to punctuation or the line ends', () => {
    expect(matches('^ no $', 'No.')).toEqual(['No']);
    expect(matches('^ no $', 'No problem at all')).toEqual([]);
    expect(matches('whatever $', "Yeah, whatever, I'll log it")).toEqual(['whatever']);
    expect(matches('whatever $', 'I will do whatever it takes')).toEqual([]);
  });

  it('reads "word~" as any regular form of the verb', () => {
    expect(matches('drop~ the ball', 'They keep dropping the ball')).toEqual(['dropping the ball']);
    expect(matches('drop~ the ball', 'he dropped the ball, she drops the ball')).toEqual(['dropped the ball', 'drops the ball']);
    expect(matches('{mess~|screw~} up', 'messes up, messing up, screwed up')).toEqual(['messes up', 'messing up', 'screwed up']);
    expect(matches('make~ sure', 'making sure')).toEqual(['making sure']);
    expect(matches('try~ again', 'they tried again')).toEqual(['tried again']);
    expect(matches('drop~ the ball', 'the drop ball')).toEqual([]);
  });

  it.each([
    ['', 'is empty'],
    ['~ drop', 'must follow a word'],
    ['{calm|settle down', 'never closed'],
    ['calm down}', 'outside'],
    ['[please]', 'at least one word'],
    ['* calm down', 'between words'],
    ['calm *20 down', '1 to 12'],
    ['calm (down)?', 'not phrase syntax'],
    ['calm ^ down', 'only at the very start'],
    ['@ feelings', 'list name'],
  ])('refuses %j (%s)', (phrase, detail) => {
    expect(() => parsePhrase(phrase)).toThrow(PhraseSyntaxError);
    expect(() => parsePhrase(phrase)).toThrow(detail);
  });
});
