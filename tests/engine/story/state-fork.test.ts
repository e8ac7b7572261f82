import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/engine/story/compile.ts';
import { enterState, forkState, liveState } from '../../../src/engine/story/state-fork.ts';

// Variables, a once-only choice in a knot that is entered again (its visit count decides what is
// offered), a temporary in a tunnel, and lines that carry tags.
const SOURCE = `VAR mood = 0
VAR calls = 0
-> desk
=== desk ===
~ calls += 1
Desk visit {calls}. #where:desk
* [Apologise #empathy:1]
  ~ mood += 1
  -> aside -> desk
+ [Wait] -> desk
+ {calls > 2} [Leave] Bye. #outcome:resolved
  -> END
=== aside ===
~ temp said = mood * 10
Said {said}.
->->
`;

function compiled() {
  const result = compileInk(SOURCE);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.story;
}

function play(story: ReturnType<typeof compiled>, choices: number[]): string[] {
  const lines: string[] = [];
  for (const choice of choices) {
    story.ChooseChoiceIndex(choice);
    while (story.canContinue) lines.push(`${story.Continue()?.trim()} ${JSON.stringify(story.currentTags)}`);
    lines.push(story.currentChoices.map((c) => `${c.text} ${JSON.stringify(c.tags)}`).join(' | '));
  }
  return lines;
}

describe('forkState', () => {
  it('copies a state so that playing the copy leaves the original as it was', () => {
    const story = compiled();
    story.ContinueMaximally();
    const original = liveState(story);
    const saved = story.state.toJson();
    const copy = forkState(original);
    enterState(story, copy);
    const fromCopy = play(story, [0, 0, 0]);
    expect(story.state.toJson()).not.toBe(saved);
    expect(story.variablesState.$('mood')).toBe(1);
    // The original, untouched, plays out exactly as the copy did.
    enterState(story, original);
    expect(story.state.toJson()).toBe(saved);
    expect(play(story, [0, 0, 0])).toEqual(fromCopy);
  });

  it('plays out like a JSON save and load of the same state, choices and tags included', () => {
    const story = compiled();
    story.ContinueMaximally();
    play(story, [0]);
    const fork = forkState(liveState(story));
    const saved = story.state.toJson();
    const viaJson = compiled();
    viaJson.state.LoadJson(saved);
    enterState(story, fork);
    expect(play(story, [0, 0, 1])).toEqual(play(viaJson, [0, 0, 1]));
  });
});
