import { describe, expect, it } from 'vitest';
import { chosenLines } from '../../../src/engine/story/chosen-lines.ts';
import { StorySession } from '../../../src/engine/story/session.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

describe('chosenLines', () => {
  it('replays a path to the texts the trainee chose, stopping where the path leaves the story', () => {
    const json = compileFixture('tiny.ink').json;
    const session = StorySession.start(json, { file: 'tiny.ink', rubricHash: '' });
    const first = session.choices[1]!.text;
    session.choose(1);
    const second = session.choices[0]?.text;
    expect(chosenLines(json, [2, 1], 'tiny.ink')).toEqual(second === undefined ? [first] : [first, second]);
    expect(chosenLines(json, [99], 'tiny.ink')).toEqual([]);
  });
});
