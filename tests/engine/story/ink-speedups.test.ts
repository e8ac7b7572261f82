import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Story } from 'inkjs';
import { Compiler } from 'inkjs/compiler/Compiler';
import { StoryState } from 'inkjs/engine/StoryState';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/engine/story/compile.ts';
import { cleanOutputWhitespace } from '../../../src/engine/story/ink-speedups.ts';
import { seededRandom } from '../../../src/engine/random.ts';

/** inkjs's own method, from its engine build, which the checker never patches. */
const inkClean = (text: string) => (StoryState.prototype as unknown as { CleanOutputWhitespace(t: string): string }).CleanOutputWhitespace(text);

describe('cleanOutputWhitespace', () => {
  it('gives what inkjs gives, on thousands of random texts of spaces, tabs, newlines and words', () => {
    const random = seededRandom(12);
    const pieces = [' ', '  ', '\t', '\n', 'a', 'bc', ' \t ', '\n ', ' \n'];
    for (let i = 0; i < 5000; i++) {
      const length = Math.floor(random() * 12);
      const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(cleanOutputWhitespace(text), JSON.stringify(text)).toBe(inkClean(text));
    }
  });

  it('leaves text with single spaces between words as it is', () => {
    expect(cleanOutputWhitespace('I can help with that.\n')).toBe('I can help with that.\n');
    expect(cleanOutputWhitespace(' two  spaces\there \n')).toBe(inkClean(' two  spaces\there \n'));
  });
});

/** The shipped scenarios and test stories (the endless loop never returns from inkjs's Continue; the long calls take long). */
function storyFiles(): string[] {
  return ['stories', 'tests/fixtures/stories'].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.ink') && name !== 'endless-loop.ink' && !name.startsWith('long-'))
      .map((name) => join(dir, name)),
  );
}

/** Every line and tag of seeded random play-throughs of a story. */
function transcript(story: InstanceType<typeof Story>, seed: number): string[] {
  const random = seededRandom(seed);
  const lines: string[] = [];
  // The compiled story knows its source lines, the one loaded from JSON does not: compare the rest.
  story.onError = (message) => lines.push(`error: ${message.replace(/'[^']*' line \d+: /, '')}`);
  for (let walk = 0; walk < 20; walk++) {
    story.ResetState();
    story.state.storySeed = walk;
    story.state.previousRandom = 0;
    for (let turn = 0; turn < 200; turn++) {
      while (story.canContinue) lines.push(`${story.Continue()}|${(story.currentTags ?? []).join('#')}`);
      const choices = story.currentChoices;
      if (choices.length === 0) break;
      lines.push(choices.map((c) => `${c.text}|${c.tags?.join('#')}`).join(' / '));
      story.ChooseChoiceIndex(Math.floor(random() * choices.length));
    }
  }
  return lines;
}

describe('the checker\'s faster inkjs', () => {
  it('plays every shipped scenario and test story exactly as inkjs without it', () => {
    const files = storyFiles();
    let compared = 0;
    for (const file of files) {
      const compiled = compileInk(readFileSync(file, 'utf8'));
      if (!compiled.ok) continue;
      // The compiler's build is sped up; the runtime build (`inkjs`) is left as inkjs ships it.
      const plain = new Story(compiled.json);
      expect(transcript(compiled.story as never, 7), file).toEqual(transcript(plain, 7));
      compared++;
    }
    expect(compared).toBeGreaterThan(15);
  });
});

describe('the checker\'s faster ink compiler', () => {
  it('compiles every story, and identifiers in other scripts, to what inkjs\'s own compiler gives', () => {
    const sources = [...storyFiles().map((file) => readFileSync(file, 'utf8')), '-> café\n=== café ===\nПривет.\n~ temp ça = 1\n{ça}\n-> END\n'];
    for (const source of sources) {
      const ours = compileInk(source);
      expect(ours.ok).toBe(true);
      // inkjs's engine build of the compiler, which the checker never patches.
      const theirs = new Compiler(source).Compile().ToJson();
      expect(ours.ok && ours.json).toBe(theirs);
    }
  });
});
