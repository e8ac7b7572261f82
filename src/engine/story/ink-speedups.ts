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

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;

/**
 * inkjs's whitespace rule: a run of spaces and tabs becomes one space between two pieces of text
 * on a line, and disappears at the start of the text or of a line, at the end of the text or
 * before a newline. Asked of the whole output on every step of a story, most often of text that
 * ends in a space or a space and a newline (a line before its tag), so it copies the text in
 * slices between the runs it changes, and gives back the same string when it changes none.
 */
export function cleanOutputWhitespace(text: string): string {
  let out = '';
  let copied = 0;
  for (let at = 0; at < text.length; at++) {
    const first = text.charCodeAt(at);
    if (first !== SPACE && first !== TAB) continue;
    let end = at + 1;
    while (end < text.length && (text.charCodeAt(end) === SPACE || text.charCodeAt(end) === TAB)) end++;
    const between = at > 0 && text.charCodeAt(at - 1) !== NEWLINE && end < text.length && text.charCodeAt(end) !== NEWLINE;
    if (!between || end - at > 1 || first === TAB) {
      out += text.slice(copied, at) + (between ? ' ' : '');
      copied = end;
    }
    at = end - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const patched = new WeakSet<object>();

/** inkjs's ControlCommand class, as far as this module uses it. */
interface ControlCommandClass {
  new (...args: never[]): { commandType: number };
  CommandType: { BeginString: number };
}

/** The ControlCommand class of the inkjs build a story comes from: the class of the first command in its content. */
function controlCommandClass(story: InkStory): ControlCommandClass | undefined {
  const pending: unknown[] = [story.mainContentContainer];
  while (pending.length > 0) {
    const obj = pending.pop() as { commandType?: unknown; content?: unknown[] } | null;
    if (!obj) continue;
    if (typeof obj.commandType === 'number') {
      const kind = obj.constructor as Partial<ControlCommandClass>;
      return typeof kind.CommandType?.BeginString === 'number' ? (kind as ControlCommandClass) : undefined;
    }
    if (Array.isArray(obj.content)) pending.push(...obj.content);
  }
  return undefined;
}

/**
 * inkjs's `inStringEvaluation`, asked on every step, scans the output stream with a generic
 * type check that costs more than the scan; the same scan with one `instanceof` of a known class.
 */
function inStringEvaluation(command: ControlCommandClass): (this: { outputStream: unknown[] }) => boolean {
  const beginString = command.CommandType.BeginString;
  return function (this: { outputStream: unknown[] }): boolean {
    const stream = this.outputStream;
    for (let i = stream.length - 1; i >= 0; i--) {
      const item = stream[i];
      if (item instanceof command && item.commandType === beginString) return true;
    }
    return false;
  };
}

/** Install the faster methods in the inkjs build `story` comes from (once per build). */
export function speedUpInk(story: InkStory): void {
  const prototype = Object.getPrototypeOf(story.state) as StatePrototype;
  if (patched.has(prototype)) return;
  const command = controlCommandClass(story);
  // Every compiled story holds a command (its final `done`); without one, wait for a story that does.
  if (!command) return;
  patched.add(prototype);
  prototype.CleanOutputWhitespace = cleanOutputWhitespace;
  Object.defineProperty(prototype, 'inStringEvaluation', { configurable: true, get: inStringEvaluation(command) });
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
