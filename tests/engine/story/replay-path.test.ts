import { describe, expect, it } from 'vitest';
import { replayPath } from '../../../src/engine/story/replay-path.ts';
import { StorySession } from '../../../src/engine/story/session.ts';
import { compileFixture } from '../../helpers/fixtures.ts';

describe('replayPath', () => {
  it('rebuilds a played call from its 1-based path, with the same beats and choice points, and refuses a path the story does not offer', () => {
    const json = compileFixture('tiny.ink').json;
    const options = { file: 'tiny.ink', rubricHash: 'r' };
    const played = StorySession.start(json, options);
    const path: number[] = [];
    for (let pick = 2; !played.ended; pick = 1) {
      path.push(pick);
      played.choose(pick - 1);
    }
    const replayed = replayPath(json, path, options)!;
    expect(replayed.ended).toBe(true);
    expect(replayed.beats).toEqual(played.beats);
    expect(replayed.history).toEqual(played.history);
    expect(replayed.mood).toBe(played.mood);
    expect(replayPath(json, [99], options)).toBeUndefined();
  });
});
