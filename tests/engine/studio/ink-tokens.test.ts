import { describe, expect, it } from 'vitest';
import { TAG_NAME_SET, tokenizeInkLine, type InkLineState, type KnownTags } from '../../../src/engine/studio/ink-tokens.ts';

const known: KnownTags = { names: TAG_NAME_SET, triggers: new Set(['calm_down']), techniques: new Set(['boundary']) };

/** The line's stretches as `kind:text`, ignoring plain text. */
function read(line: string, state: InkLineState = { inComment: false }): string[] {
  return tokenizeInkLine(line, state, known)
    .tokens.filter((t) => t.kind !== 'text')
    .map((t) => `${t.kind}:${line.slice(t.from, t.to)}`);
}

describe('the ink tokenizer', () => {
  it('reads knots, stitches, declarations and logic lines whole', () => {
    expect(read('=== opening ===')).toEqual(['knot:=== opening ===']);
    expect(read('= calm')).toEqual(['stitch:= calm']);
    expect(read('VAR mood = -2')).toEqual(['keyword:VAR', 'logic: mood = -2']);
    expect(read('  ~ mood -= 2')).toEqual(['logic:~ mood -= 2']);
  });

  it('reads a choice: bullet, label, brackets, known tags by name and value, and an unknown tag', () => {
    expect(read('* (sorry) [I am sorry. #empathy:+2 #trigger:calm_down #empaty:1]')).toEqual([
      'choice:*',
      'label: (sorry)',
      'bracket:[',
      'tag:#empathy:',
      'tagValue:+2 ',
      'tag:#trigger:',
      'tagValue:calm_down ',
      'unknownTag:#empaty:1',
      'bracket:]',
    ]);
  });

  it('marks an unknown trigger or technique id, and takes #trigger:none', () => {
    expect(read('+ [Hm. #trigger:calm_dwn]')).toContain('unknownTag:#trigger:calm_dwn');
    expect(read('+ [Hm. #technique:boundry]')).toContain('unknownTag:#technique:boundry');
    expect(read('+ [Hm. #trigger:none]')).toContain('tagValue:none');
  });

  it('reads gathers, diverts, threads and inline logic, and tells a gather from a divert', () => {
    expect(read('- (after) Right. -> wrap_up.thanks')).toEqual(['gather:-', 'label: (after)', 'divert:-> wrap_up.thanks']);
    expect(read('-> opening')).toEqual(['divert:-> opening']);
    expect(read('<- side')).toEqual(['divert:<- side']);
    expect(read('You owe {price} dollars.')).toEqual(['logic:{price}']);
    expect(read('* * [Deeper]')).toEqual(['choice:* *', 'bracket:[', 'bracket:]']);
  });

  it('reads comments, a block comment across lines, and an escaped #', () => {
    expect(read('Hello // a note')).toEqual(['comment:// a note']);
    const open = tokenizeInkLine('Text /* starts', { inComment: false }, known);
    expect(open.state.inComment).toBe(true);
    expect(read('still inside */ #mood:calm', open.state)).toEqual(['comment:still inside */', 'tag:#mood:', 'tagValue:calm']);
    expect(read('Call \\#4 now')).toEqual([]);
  });

  it('reads header tags by name', () => {
    expect(read('# title: The Cold Pizza')).toEqual(['tag:# title:', 'tagValue: The Cold Pizza']);
    expect(read('# titel: The Cold Pizza')).toEqual(['unknownTag:# titel: The Cold Pizza']);
  });
});
