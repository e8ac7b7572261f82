import { describe, expect, it } from 'vitest';
import { StoryPlayError, StorySession } from '../../../src/engine/story/session.ts';
import { compileFixture, fixtureSource } from '../../helpers/fixtures.ts';
import { compileInk } from '../../../src/engine/story/compile.ts';

const tiny = compileFixture('tiny.ink').json;
const options = { file: 'tiny.ink', rubricHash: 'rubrics-v1' };

describe('StorySession', () => {
  it('reads the header and strips the global tags from the first line', () => {
    const session = StorySession.start(tiny, options);
    expect(session.header).toEqual({
      id: 'tiny',
      title: 'Tiny Call',
      customer: 'Sam Lee',
      channel: 'chat',
      difficulty: 1,
      summary: 'A two-step call for tests.',
    });
    expect(session.beats[0]).toEqual({ speaker: 'customer', text: 'Hi, my parcel is late.', expression: 'worried', sfx: ['ring'], mood: 0 });
  });

  it('offers choices with their metadata and records the agent line', () => {
    const session = StorySession.start(tiny, options);
    expect(session.choices.map((c) => c.text)).toEqual(["I'm sorry it's late. I'll track it now.", 'Calm down.']);
    expect(session.choices[1]!.meta).toEqual({
      ratings: { empathy: -1, ownership: 0, expectations: 0 },
      triggers: ['calm_down'],
      feedback: 'No.',
      better: 'I can hear how worried you are.',
    });
    const beats = session.choose(1);
    expect(beats[0]).toMatchObject({ speaker: 'agent', text: 'Calm down.' });
    expect(beats[1]).toMatchObject({ speaker: 'customer', text: 'Excuse me?', expression: 'angry', mood: -2 });
    expect(session.mood).toBe(-2);
    session.choose(1);
    expect(session.ended).toBe(true);
    expect(session.outcome).toBe('lost');
    expect(session.transcript.map((b) => b.speaker)).toEqual(['customer', 'agent', 'customer', 'customer', 'agent', 'customer']);
    expect(session.history.map((r) => r.chosen)).toEqual([1, 1]);
  });

  it('refuses a choice that is not on offer', () => {
    const session = StorySession.start(tiny, options);
    expect(() => session.choose(5)).toThrow(RangeError);
  });

  it('saves and restores exactly: same transcript, same next line', () => {
    const played = StorySession.start(tiny, options);
    played.choose(0);
    const saved = JSON.parse(JSON.stringify(played.snapshot()));
    const restored = StorySession.restore(tiny, saved, options);
    expect(restored.transcript).toEqual(played.transcript);
    expect(restored.choices).toEqual(played.choices);
    expect(restored.mood).toBe(1);
    expect(restored.choose(0)).toEqual(played.choose(0));
    expect(restored.outcome).toBe('resolved');
    expect(restored.history).toEqual(played.history);
  });

  it('refuses a save made against another version of the story', () => {
    const saved = StorySession.start(tiny, options).snapshot();
    const edited = compileInk(fixtureSource('tiny.ink').replace('Thanks.', 'Thank you.'));
    if (!edited.ok) throw new Error('edited fixture must compile');
    expect(() => StorySession.restore(edited.json, saved, options)).toThrow(/cannot be resumed: it was made with an earlier version of this scenario/);
  });

  it('refuses a save scored with other rubric data', () => {
    const saved = StorySession.start(tiny, options).snapshot();
    expect(() => StorySession.restore(tiny, saved, { ...options, rubricHash: 'rubrics-v2' })).toThrow(/cannot be resumed: it was scored with rules that have changed since/);
  });

  it('reports damaged, foreign and future saves clearly', () => {
    const saved = StorySession.start(tiny, options).snapshot();
    expect(() => StorySession.restore(tiny, { ...saved, beats: 'oops' }, options)).toThrow(/part of it is damaged \(the lines said so far\)/);
    expect(() => StorySession.restore(tiny, { hello: 1 }, options)).toThrow(/it is not a saved Frontline call/);
    expect(() => StorySession.restore(tiny, null, options)).toThrow(StoryPlayError);
    expect(() => StorySession.restore(tiny, { ...saved, version: 2 }, options)).toThrow(/saved in format version 2, and this version of Frontline reads version 1/);
  });

  it('turns any damage to the saved ink state into a typed failure instead of a plain inkjs error', () => {
    const start = StorySession.start(tiny, options);
    start.choose(0);
    const saved = start.snapshot();
    const state = JSON.parse(saved.inkState) as Record<string, unknown>;
    const damaged = {
      truncated: saved.inkState.slice(0, 50),
      'not JSON': 'garbage',
      'an empty object': '{}',
      null: 'null',
      'no flows': JSON.stringify({ ...state, flows: {} }),
      'a broken call stack': JSON.stringify({ ...state, flows: { DEFAULT_FLOW: { callstack: { threads: [] } } } }),
      'a position that does not exist': saved.inkState.replace(/"cPath":"[^"]*"/g, '"cPath":"nowhere.0"'),
    };
    for (const [what, inkState] of Object.entries(damaged)) {
      const restored = StorySession.tryRestore(tiny, { ...saved, inkState }, options);
      expect(restored, what).toEqual({
        ok: false,
        failure: { kind: 'place_lost', reason: 'the place it was saved at in the story is damaged or cannot be found' },
      });
      expect(() => StorySession.restore(tiny, { ...saved, inkState }, options), what).toThrow(StoryPlayError);
    }
    const intact = StorySession.tryRestore(tiny, saved, options);
    expect(intact.ok && intact.session.choices.map((c) => c.text)).toEqual(start.choices.map((c) => c.text));
  });

  it('refuses JSON that is not a story, and a story without a header', () => {
    expect(() => StorySession.start('{"nope": true}', options)).toThrow(StoryPlayError);
    const bare = compileInk('VAR mood = 0\nHello.\n-> END\n');
    if (!bare.ok) throw new Error('bare story must compile');
    expect(() => StorySession.start(bare.json, options)).toThrow(/missing header tag "# title/);
  });
});
