import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentWords } from '../../../src/engine/matcher/content-words.ts';
import { matchReply, matcherLabels, type MatcherContext } from '../../../src/engine/matcher/match-reply.ts';
import { stem } from '../../../src/engine/matcher/stem.ts';
import type { ChoiceOption } from '../../../src/engine/schema/session.ts';
import { compileInk } from '../../../src/engine/story/compile.ts';
import { StorySession } from '../../../src/engine/story/session.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

const rubrics = shippedRubrics();
const context: MatcherContext = { analyzer: rubrics.analyzer, labels: matcherLabels(rubrics.data) };

/** The lines on offer at the first choice point of the shipped missing-order scenario. */
function firstPoint(): readonly ChoiceOption[] {
  const compiled = compileInk(readFileSync('stories/missing-order.ink', 'utf8'));
  if (!compiled.ok) throw new Error('missing-order does not compile');
  return StorySession.start(compiled.json, { file: 'missing-order.ink', rubricHash: '' }).choices;
}

const option = (text: string, meta: Partial<ChoiceOption['meta']> = {}): ChoiceOption => ({ index: 0, text, meta: { ratings: {}, ...meta } });

describe('content words', () => {
  it('meet across spelling, inflection and synonyms', () => {
    expect(stem('apologised')).toBe(stem('apologized'));
    expect(stem('refunds')).toBe(stem('refunded'));
    expect(stem('shipping')).toBe(stem('shipped'));
    const terms = (text: string) => contentWords(text).map((w) => w.term);
    expect(terms('I apologise')).toEqual(terms("I'm sorry"));
    expect(terms('a supervisor')).toEqual(terms('the manager'));
    expect(terms('right away')).toEqual(terms('immediately'));
  });

  it('drop function words and keep negation', () => {
    expect(contentWords("I can't refund the order").map((w) => w.word)).toEqual(['not', 'refund', 'order']);
  });
});

describe('matchReply', () => {
  it('takes a paraphrase as the line it paraphrases, with a reason in plain words', () => {
    const match = matchReply('I apologise for that, glad to help. Could I get your order number?', firstPoint(), context);
    expect(match.kind).toBe('taken');
    if (match.kind !== 'taken') return;
    expect(match.option).toBe(2);
    expect(match.similarity).toBeGreaterThan(0.3);
    expect(match.reason).toMatch(/^Like this line, your reply apologizes for the impact/);
    expect(match.reason).toContain('“order”');
  });

  it('follows a trigger to the line that has the same trap', () => {
    const match = matchReply('Calm down, I am only reading what the system shows.', [option('I understand. Let me check that for you now.'), option("Ma'am, I need you to calm down. I'm only reading you what our system shows.", { triggers: ['calm_down'] })], context);
    expect(match).toMatchObject({ kind: 'taken', option: 1 });
    if (match.kind === 'taken') expect(match.reason).toContain('falls into the same trap (telling the customer how to feel)');
  });

  it('refuses a reply about something no line talks about, and says what to do', () => {
    const match = matchReply('Our summer sale starts next week, would you like to hear about it?', firstPoint(), context);
    expect(match.kind).toBe('refused');
    expect(match.reason).toMatch(/not close enough to any line on offer.*Rephrase it, or pick a line\./);
  });

  it('refuses a reply that only does what a line does, about nothing it says', () => {
    const match = matchReply("I'm so sorry.", [option('I can refund the order today.'), option('The parcel left the warehouse on Monday.')], context);
    expect(match.kind).toBe('refused');
  });

  it('refuses an empty-handed reply rather than forcing it onto a line', () => {
    expect(matchReply('Sure thing.', firstPoint(), context).kind).toBe('refused');
  });

  it('is deterministic, and a tie goes to the first line in authored order', () => {
    const offered = [option('I will refund the order.'), option('I will refund the order.')];
    const first = matchReply('I can refund your order', offered, context);
    expect(first).toMatchObject({ kind: 'taken', option: 0 });
    expect(matchReply('I can refund your order', offered, context)).toEqual(first);
  });

  it('reports the analyzer’s reading of the reply itself', () => {
    const match = matchReply('Calm down, I am only reading what the system shows.', firstPoint(), context);
    expect(match.analysis.triggers.map((t) => t.id)).toContain('calm_down');
  });

  it('needs at least one line on offer', () => {
    expect(() => matchReply('hello', [], context)).toThrow(RangeError);
  });
});
