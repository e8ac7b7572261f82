import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/engine/check/check-scenario.ts';
import { followHint } from '../../../src/engine/learn/follow-hint.ts';
import { StorySession } from '../../../src/engine/story/session.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';
import { shippedStories } from '../../helpers/stories.ts';
import { shippedScenario } from './learn-fixtures.ts';

const { analyzer, rules } = shippedRubrics();

const HINTED = `# title: Hinted
# customer: Dana
# channel: phone
# difficulty: 1
# summary: A test of hints.
VAR mood = 0
This is the third time I've called about this!
* [I'm sorry you've had to call three times. I'll sort it now. #empathy:2 #ownership:2 #technique:acknowledge_apologise #hint:She has called three times: what does she need to hear first?]
  Thank you. #outcome:resolved
  -> END
* [Calm down, please. #trigger:calm_down #better:I'm sorry you've had to call three times.]
  Don't tell me to calm down. #outcome:lost
  -> END
`;

describe('the Follow hint', () => {
  it('is the author’s #hint: when the choice point has one', () => {
    const check = checkScenario('hinted.ink', HINTED, { rater: analyzer, rules });
    expect(check.report.errors).toEqual([]);
    const session = StorySession.start(check.json!, { file: 'hinted.ink', rubricHash: '' });
    expect(followHint(session.choices, session.beats, 'Dana', analyzer, rules)).toEqual({
      heard: "This is the third time I've called about this!",
      technique: undefined,
      text: 'She has called three times: what does she need to hear first?',
      authored: true,
    });
  });

  it('is made from the customer’s last line and the technique the best line uses, without giving the line away', () => {
    for (const id of shippedStories().map((s) => s.name.replace(/\.ink$/, '')).slice(0, 6)) {
      const { file, json } = shippedScenario(id);
      const session = StorySession.start(json, { file, rubricHash: '' });
      while (!session.ended) {
        const hint = followHint(session.choices, session.beats, session.header.customer, analyzer, rules);
        const last = session.beats.findLast((b) => b.speaker === 'customer' && b.text !== '')!.text;
        expect(hint.heard).toBe(last);
        expect(hint.text).toContain(`${session.header.customer} has just said: “${last}”`);
        expect(hint.technique).toBeDefined();
        expect(hint.text).toContain(`The technique that matters here: ${hint.technique!.label}.`);
        for (const option of session.choices) expect(hint.text).not.toContain(option.text);
        session.choose(0);
      }
    }
  });

  it('checker: warns about two different hints at one choice point and a hint that names a training text by number; refuses an empty one', () => {
    const two = HINTED.replace('#better:I', '#hint:Listen first. #better:I');
    expect(checkScenario('two.ink', two, { rater: analyzer, rules }).report.warnings.map((w) => [w.line, w.code])).toContainEqual([11, 'conflicting_hint']);
    const seed = HINTED.replace('#hint:She', '#hint:As Seed 003 says, she');
    expect(checkScenario('seed.ink', seed, { rater: analyzer, rules }).report.warnings.map((w) => w.code)).toContain('names_a_seed');
    const empty = HINTED.replace('#hint:She has called three times: what does she need to hear first?', '#hint:');
    expect(checkScenario('empty.ink', empty, { rater: analyzer, rules }).report.errors.map((e) => [e.line, e.code])).toContainEqual([8, 'bad_tag']);
  });
});
