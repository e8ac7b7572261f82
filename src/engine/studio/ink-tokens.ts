import { TAG_NAMES } from '../schema/tags.ts';

/** What a stretch of an ink line is, for highlighting. */
export type InkTokenKind =
  | 'comment'
  | 'knot'
  | 'stitch'
  | 'choice'
  | 'gather'
  | 'label'
  | 'bracket'
  | 'divert'
  | 'logic'
  | 'keyword'
  | 'tag'
  | 'tagValue'
  | 'unknownTag'
  | 'text';

/** A stretch `from` (inclusive) to `to` (exclusive) of one line. */
export interface InkToken {
  from: number;
  to: number;
  kind: InkTokenKind;
}

/** What carries from one line to the next: an open block comment. */
export interface InkLineState {
  inComment: boolean;
}

/** The tag names and ids a scenario may use: names from the conventions, ids from the rubric data. */
export interface KnownTags {
  names: ReadonlySet<string>;
  triggers: ReadonlySet<string>;
  techniques: ReadonlySet<string>;
}

/** Every tag name the conventions allow, in any place. */
export const TAG_NAME_SET: ReadonlySet<string> = new Set(Object.values(TAG_NAMES).flat());

const DECLARATION = /^(VAR|CONST|LIST|INCLUDE|EXTERNAL|TODO:?)(?=\s|$)/;
const KNOT = /^={2,}/;
const STITCH = /^=(?!=)/;
const CHOICE = /^[*+](?:\s*[*+])*/;
const GATHER = /^-(?!>)(?:\s*-(?!>))*/;
const LABEL = /^\s*\([A-Za-z_]\w*\)/;
const TARGET = /^\s*[A-Za-z_][\w.]*|^\s*->/;

/** Whether a tag's text (after `#`) names a known tag with a known id. */
export function tagIsKnown(text: string, known: KnownTags): boolean {
  const colon = text.indexOf(':');
  const name = (colon < 0 ? text : text.slice(0, colon)).trim();
  if (!known.names.has(name)) return false;
  const value = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (name === 'trigger') return value === 'none' || known.triggers.has(value);
  if (name === 'technique') return known.techniques.has(value);
  return true;
}

/**
 * Split one line of ink into highlighted stretches. Reads the line as ink does: comments first,
 * then the line's start (knot, stitch, choice, gather, logic, declaration), then diverts,
 * `{…}` logic and `#` tags inside it. Unknown tag names and ids are their own kind, so that they
 * stand out before the checker has run.
 */
export function tokenizeInkLine(line: string, state: InkLineState, known: KnownTags): { tokens: InkToken[]; state: InkLineState } {
  const tokens: InkToken[] = [];
  const push = (from: number, to: number, kind: InkTokenKind) => {
    if (to <= from) return;
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind && last.to === from) last.to = to;
    else tokens.push({ from, to, kind });
  };
  let inComment = state.inComment;
  let i = 0;
  const closeComment = () => {
    const end = line.indexOf('*/', i);
    const to = end < 0 ? line.length : end + 2;
    push(i, to, 'comment');
    i = to;
    inComment = end < 0;
  };
  const take = (length: number, kind: InkTokenKind) => {
    push(i, i + length, kind);
    i += length;
  };
  if (inComment) closeComment();
  // The line's start says what the line is; a knot, stitch or logic line is one stretch.
  const indent = /^\s*/.exec(line.slice(i))![0].length;
  take(indent, 'text');
  const rest = line.slice(i);
  let match: RegExpExecArray | null;
  if (!inComment) {
    if (KNOT.test(rest)) take(rest.length, 'knot');
    else if (STITCH.test(rest)) take(rest.length, 'stitch');
    else if ((match = DECLARATION.exec(rest))) take(match[0].length, 'keyword');
    else if (rest.startsWith('~')) take(1, 'logic');
    else if ((match = CHOICE.exec(rest) ?? GATHER.exec(rest))) {
      take(match[0].length, match[0].startsWith('-') ? 'gather' : 'choice');
      const label = LABEL.exec(line.slice(i));
      if (label) take(label[0].length, 'label');
    }
  }
  const logicLine = !inComment && (DECLARATION.test(rest) || rest.startsWith('~'));
  let nesting = { depth: logicLine ? 1 : 0, inBrackets: false };
  while (i < line.length) {
    if (inComment) {
      closeComment();
      continue;
    }
    const read = scanContent(line, i, known, push, nesting);
    i = read.at;
    inComment = read.inComment;
    nesting = read;
  }
  return { tokens, state: { inComment } };
}

/** Reads content (text, diverts, logic, tags, brackets, comments) from `at` to the line's end or a block comment's start. */
function scanContent(
  line: string,
  at: number,
  known: KnownTags,
  push: (from: number, to: number, kind: InkTokenKind) => void,
  nesting: { depth: number; inBrackets: boolean },
): { at: number; inComment: boolean; depth: number; inBrackets: boolean } {
  let { depth, inBrackets } = nesting;
  let i = at;
  while (i < line.length) {
    const c = line[i]!;
    const next = line[i + 1];
    if (c === '\\') {
      push(i, Math.min(i + 2, line.length), depth > 0 ? 'logic' : 'text');
      i += 2;
      continue;
    }
    if (c === '/' && next === '/') {
      push(i, line.length, 'comment');
      return { at: line.length, inComment: false, depth, inBrackets };
    }
    if (c === '/' && next === '*') {
      push(i, i + 2, 'comment');
      return { at: i + 2, inComment: true, depth, inBrackets };
    }
    if ((c === '-' && next === '>') || (c === '<' && next === '-')) {
      const target = TARGET.exec(line.slice(i + 2));
      const to = i + 2 + (target ? target[0].length : 0);
      push(i, to, 'divert');
      i = to;
      continue;
    }
    if (c === '{') depth++;
    if (depth > 0) {
      push(i, i + 1, 'logic');
      if (c === '}') depth--;
      i++;
      continue;
    }
    if (c === '#') {
      const end = tagEnd(line, i + 1, inBrackets);
      const text = line.slice(i + 1, end);
      if (!tagIsKnown(text, known)) push(i, end, 'unknownTag');
      else {
        const colon = text.indexOf(':');
        const nameEnd = colon < 0 ? end : i + 1 + colon + 1;
        push(i, nameEnd, 'tag');
        push(nameEnd, end, 'tagValue');
      }
      i = end;
      continue;
    }
    if (c === '[' || c === ']') {
      inBrackets = c === '[';
      push(i, i + 1, 'bracket');
      i++;
      continue;
    }
    push(i, i + 1, 'text');
    i++;
  }
  return { at: i, inComment: false, depth, inBrackets };
}

/** Where a tag's text ends: at the next `#`, a comment, the choice's closing bracket, or the line's end. */
function tagEnd(line: string, from: number, inBrackets: boolean): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '#' || (inBrackets && c === ']') || (c === '/' && (line[i + 1] === '/' || line[i + 1] === '*'))) return i;
  }
  return line.length;
}
