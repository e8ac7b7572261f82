import type { InkStory } from './ink-types.ts';

/**
 * Faster, exactly equivalent versions of a few inkjs 2.4 methods that the checker runs on every
 * step of an exploration or every compile. inkjs builds its output text one character at a time
 * (`CleanOutputWhitespace`), which leaves every line and tag as a rope of one-character strings:
 * a profile of an exploration showed a fifth of the time in the garbage collector and the
 * explorer's tag reading dominated by flattening those ropes. The replacements give the same
 * results (tests/engine/story/ink-speedups.test.ts compares them with inkjs's own on random
 * input) and are installed once per inkjs build, on the prototype of its story state. The ink
 * compiler builds its set of identifier characters (tens of thousands of letters of every script)
 * anew for every parser: a tenth of a compile. The set is only ever read, so parsers share one.
 */

/** The state methods replaced, as inkjs 2.4 names them. */
interface StatePrototype {
  CleanOutputWhitespace(text: string): string;
}

/** Text where inkjs's rule changes something: a tab, two spaces, or a space at the start, the end or beside a newline. */
const NEEDS_CLEANING = /\t| {2}|^ | $| \n|\n /;

/**
 * inkjs's whitespace rule, done with regular expressions: a run of spaces and tabs becomes
 * one space between two pieces of text on a line, and disappears at the start of the text or
 * of a line, at the end of the text or before a newline.
 */
export function cleanOutputWhitespace(text: string): string {
  // Most text has single spaces between words only: nothing to change.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(/[ \t]+/g, (run: string, at: number) => {
    const next = text[at + run.length];
    return at > 0 && text[at - 1] !== '\n' && next !== undefined && next !== '\n' ? ' ' : '';
  });
}

const patched = new WeakSet<object>();

/** Install the faster methods in the inkjs build `story` comes from (once per build). */
export function speedUpInk(story: InkStory): void {
  const prototype = Object.getPrototypeOf(story.state) as StatePrototype;
  if (patched.has(prototype)) return;
  patched.add(prototype);
  prototype.CleanOutputWhitespace = cleanOutputWhitespace;
}

/** The parser's identifier characters, as inkjs 2.4 keeps them. */
interface ParserInternals {
  _identifierCharSet: unknown;
}

/** Let every ink parser use the identifier character set the first one built (inkjs's `InkParser`). */
export function shareIdentifierCharacters(parser: { prototype: object }): void {
  const prototype = parser.prototype;
  if (patched.has(prototype)) return;
  patched.add(prototype);
  const build = Object.getOwnPropertyDescriptor(prototype, 'identifierCharSet')?.get;
  if (!build) return;
  let shared: unknown = null;
  Object.defineProperty(prototype, 'identifierCharSet', {
    configurable: true,
    get(this: ParserInternals) {
      if (this._identifierCharSet === null && shared !== null) this._identifierCharSet = shared;
      shared = build.call(this);
      return shared;
    },
  });
}
