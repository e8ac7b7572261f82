import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/engine/check/check-scenario.ts';
import { buildPhrasebook } from '../../../src/engine/phrasebook/phrasebook.ts';
import { readablePhrase } from '../../../src/engine/phrasebook/readable-phrase.ts';
import { studyScenario, type ScenarioStudy } from '../../../src/engine/phrasebook/scenario-study.ts';
import { searchPhrasebook, searchWords } from '../../../src/engine/phrasebook/search.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

const { analyzer, rules, data } = shippedRubrics();

function study(file: string, source: string): ScenarioStudy {
  const check = checkScenario(file, source, { rater: analyzer, rules, strategies: false });
  expect(check.report.errors).toEqual([]);
  return studyScenario(check.header!, check.exploration!, check.rated!, check.paths!.best!.choices, rules);
}

const REFUND = `# title: The Refund Fixture
# customer: Test Caller
# channel: email
# difficulty: 1
# summary: A customer wants a refund for a late parcel.
VAR mood = 0
-> start
=== start ===
You pick up. #narration
My parcel is late and I want a refund now.
* [I'm sorry it's late. I'll process your refund today and email you by 5. #technique:what_i_can_do #empathy:1 #ownership:2 #expectations:2 #trigger:none]
  Thanks.
  #outcome:resolved
  -> END
* [Calm down, parcels are late sometimes. #empathy:-2 #ownership:0 #expectations:0 #trigger:calm_down #better:I'm sorry it's late.]
  Goodbye then.
  #outcome:lost
  -> END
`;

describe('studying a scenario', () => {
  it('keeps each choice point of the model call: the customer’s words, the model line and the techniques that matter there', () => {
    const refund = study('refund-fixture.ink', REFUND);
    expect(refund).toMatchObject({ id: 'refund-fixture', title: 'The Refund Fixture', channel: 'email', practises: ['what_i_can_do'] });
    expect(refund.points).toEqual([
      { customer: 'My parcel is late and I want a refund now.', answer: "I'm sorry it's late. I'll process your refund today and email you by 5.", techniques: ['what_i_can_do'] },
    ]);
  });

  it('studies a shipped scenario along its best path', () => {
    const missing = study('stories/missing-order.ink', readFileSync('stories/missing-order.ink', 'utf8'));
    expect(missing.points.length).toBeGreaterThanOrEqual(4);
    expect(missing.points.length).toBeLessThanOrEqual(8);
    expect(missing.points[0]!.customer).toMatch(/^Thank God!.*demand a solution\.$/);
    expect(missing.points[0]!.answer).toBe("I'm sorry about that. I'd be happy to help! Can I have your order number?");
    expect(missing.practises).toContain('boundary');
  });
});

describe('readable trigger phrases', () => {
  it.each([
    ['{calm|settle|cool} down', 'calm/settle/cool down'],
    ['[please] calm yourself', '(please) calm yourself'],
    ['you are * upset', 'you are … upset'],
    ['we do not offer *3 $', 'we do not offer …'],
    ['^ relax', 'relax'],
    ['within # {days|hours}', 'within [number] days/hours'],
    ['how @emotion', 'how [emotion word]'],
    ['drop~ the ball', 'drop the ball'],
  ])('%s reads as %s', (pattern, readable) => expect(readablePhrase(pattern)).toBe(readable));
});

describe('the phrasebook', () => {
  const refund = study('refund-fixture.ink', REFUND);
  const book = buildPhrasebook([refund], data);

  it('finds “calm down” and offers what to say instead', () => {
    const found = searchPhrasebook(book, { words: 'calm down' });
    const family = found.families.find((f) => f.triggers.some((t) => t.id === 'calm_down'))!;
    expect(family.family).toBe('telling the customer how to feel');
    expect(family.triggers[0]!.phrases).toContain('calm/settle/cool/simmer/quiet down');
    expect(family.triggers[0]!.better).toBe(data.triggers.find((t) => t.id === 'calm_down')!.better);
  });

  it('finds a model answer by words, with its technique, channel and scenario', () => {
    const found = searchPhrasebook(book, { words: 'Refund' });
    expect(found.answers).toEqual([
      expect.objectContaining({ scenarioId: 'refund-fixture', channel: 'email', situation: 'A customer wants a refund for a late parcel.', techniques: [{ id: 'what_i_can_do', label: 'What I can do', source: 'Understanding Emotional Triggers' }] }),
    ]);
    expect(searchPhrasebook(book, { words: 'refund', channel: 'phone' }).answers).toEqual([]);
    expect(searchPhrasebook(book, { words: 'refund', technique: 'ownership' }).answers).toEqual([]);
    expect(searchPhrasebook(book, { words: '', technique: 'what_i_can_do', channel: 'email' }).answers).toHaveLength(1);
    expect(searchPhrasebook(book, { words: 'refund parcel zebra' }).answers).toEqual([]);
    expect(book.techniques).toEqual([{ id: 'what_i_can_do', label: 'What I can do' }]);
    expect(book.channels).toEqual(['email']);
  });

  it('spells contractions out, so “don’t” finds “do not”', () => {
    expect(searchWords('Don’t shout')).toEqual(['do', 'not', 'shout']);
    expect(searchPhrasebook(book, { words: "don't shout" }).families.map((f) => f.family)).toContain('telling the customer how to feel');
  });

  it('shows a scenario and a trigger phrase a trainer adds, with nothing written by hand', () => {
    const added = { ...refund, id: 'added', title: 'An Added Scenario', channel: 'chat' as const, points: [{ customer: 'My warranty expired yesterday!', answer: 'Let me see what I can do for you.', techniques: ['ownership'] }] };
    const triggers = data.triggers.map((t) => (t.id === 'flat_no' ? { ...t, phrases: [...t.phrases, 'computer says no'] } : t));
    const grown = buildPhrasebook([refund, added], { ...data, triggers });
    expect(searchPhrasebook(book, { words: 'warranty' }).answers).toEqual([]);
    expect(searchPhrasebook(grown, { words: 'warranty' }).answers.map((a) => a.scenarioTitle)).toEqual(['An Added Scenario']);
    expect(searchPhrasebook(book, { words: 'computer says' }).families).toEqual([]);
    expect(searchPhrasebook(grown, { words: 'computer says' }).families[0]!.triggers.find((t) => t.id === 'flat_no')!.phrases).toContain('computer says no');
    expect(grown.channels).toEqual(['chat', 'email']);
  });
});
