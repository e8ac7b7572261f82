import { describe, expect, it } from 'vitest';
import { coachLine } from '../../../src/engine/scoring/coaching.ts';
import type { RatedChoice } from '../../../src/engine/scoring/rate-choice.ts';
import { namesASeed, readableSources } from '../../../src/engine/scoring/readable-sources.ts';
import { sameLine } from '../../../src/engine/scoring/same-move.ts';
import { testRules } from '../../helpers/fixtures.ts';

function line(text: string, ratings: [number, number, number], extra: Partial<RatedChoice> = {}): RatedChoice {
  const [empathy, ownership, expectations] = ratings;
  return {
    text,
    ratings: { empathy, ownership, expectations },
    triggers: [],
    sources: { empathy: 'author', ownership: 'author', expectations: 'author', triggers: 'author' },
    ...extra,
  };
}

const sorry = line("I'm sorry. I'll chase it today.", [1, 1, 1], { feedback: 'Warm and concrete.', better: "I'm so sorry. I'll chase it today." });
const flat = line('Okay.', [0, 0, 0], { feedback: 'Flat: she hears nothing.', better: "I'm sorry. I'll chase it today." });
const rude = line('Calm down.', [-1, 0, 0], { triggers: ['calm_down'], feedback: 'Telling her how to feel.', better: 'I can hear how worried you are.' });

describe('coachLine', () => {
  it('says the best line on offer is the best, names what it did well, and shows no better line', () => {
    const coaching = coachLine([flat, sorry, rude], 1, testRules);
    expect(coaching).toEqual({
      best: true,
      strengths: ['acknowledged how the customer feels', 'took charge of putting it right', 'said plainly what happens next', 'kept clear of the trigger phrase another line had'],
      verdict:
        'The best line on offer: it acknowledged how the customer feels, took charge of putting it right, said plainly what happens next and kept clear of the trigger phrase another line had.',
      reason: 'Warm and concrete.',
    });
  });

  it('gives the reason and a better line when a better line was on offer', () => {
    const coaching = coachLine([flat, sorry, rude], 0, testRules);
    expect(coaching).toMatchObject({ best: false, verdict: 'Another line on offer did more for empathy, ownership and expectations.', reason: 'Flat: she hears nothing.' });
    expect(coaching.better).toBe("I'm sorry. I'll chase it today.");
  });

  it('never offers as better a line that is the same, or nearly the same, as what was said', () => {
    const echo = line('Let me look into where your parcel is for you right now.', [0, 1, 0], { better: 'Let me look into where your parcel is for you, right now!' });
    const near = line('I will look into where your parcel is for you right now today.', [0, 0, 0], { better: 'I will look into where your parcel is for you right now, today, Sam.' });
    const best = line('So sorry. I will look into it.', [2, 2, 0]);
    expect(coachLine([echo, best], 0, testRules).better).toBeUndefined();
    expect(coachLine([near, best], 0, testRules).better).toBeUndefined();
    expect(sameLine('It left the depot.', 'It left the depot!')).toBe(true);
    expect(sameLine('It left the depot.', 'It reaches you Friday.')).toBe(false);
  });

  it('always gives a reason, written from the ratings when the author left no note', () => {
    const bare = line('Fine.', [0, 0, 0]);
    const good = line('I will fix it today.', [0, 1, 1]);
    expect(coachLine([bare, good], 0, testRules).verdict).toBe('Another line on offer did more for ownership and expectations.');
    expect(coachLine([bare, good], 1, testRules).verdict).toBe('The best line on offer: it took charge of putting it right and said plainly what happens next.');
    const same = line('Fine, then.', [0, 0, 0]);
    expect(coachLine([bare, same], 0, testRules)).toMatchObject({ best: true, verdict: 'The best line on offer: no other line here would have done better.' });
  });
});

describe('sources a trainee can read', () => {
  it('never shows a seed number or "the seed": a citation left in a note becomes the title', () => {
    expect(readableSources('Seed 001: "Never argue with customers when they are angry."')).toBe('the training blog ("Irate Customers"): "Never argue with customers when they are angry."');
    expect(readableSources("That's the seed's opener. The seed even notes it.")).toBe("That's the training text's opener. The training text even notes it.");
    const noted = line('Okay.', [0, 0, 0], { feedback: 'Flat. Seed 004 says go beyond the script.' });
    expect(coachLine([noted, sorry], 0, testRules).reason).toBe('Flat. "Why Customer Care Interactions Should Transcend The Phone Line" says go beyond the script.');
    expect(namesASeed('As the seed says')).toBe(true);
    expect(namesASeed('As "Irate Customers" says')).toBe(false);
  });
});
