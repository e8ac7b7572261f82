import type { ParsedPhrase, PhraseItem } from './phrase-syntax.ts';
import { breakAfter, type Token } from './tokenize.ts';

/** A match of a phrase: token indices [from, to). */
export interface TokenSpan {
  from: number;
  to: number;
}

/** A line prepared for matching. */
export interface LineView {
  tokens: readonly Token[];
  words: ReadonlySet<string>;
  /** Words a `*` may not step over, so "you are * upset" never reads "you are not upset". */
  gapStoppers: ReadonlySet<string>;
  /** Words a phrase may skip between two of its own words ("I really don't know" finds "i do not know"). */
  fillers?: ReadonlySet<string>;
}

/** A phrase ready to run against lines. */
export interface CompiledPhrase {
  source: string;
  find(line: LineView): TokenSpan[];
}

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'hundred', 'few',
  'couple', 'several',
]);

/** Whether a word reads as a count or a clock time. */
function isNumber(word: string): boolean {
  return /^\d+$/.test(word) || NUMBER_WORDS.has(word);
}

/** What remains to match after the current item list: a linked stack of frames. */
interface Frame {
  items: readonly PhraseItem[];
  idx: number;
  next: Frame | null;
}

/** Per-attempt facts: the line, the sentence the match must stay in, and how it may end. */
interface Attempt {
  line: LineView;
  sentence: number;
  from: number;
  atEnd: boolean;
}

/** Inside a match (never at its first word), steps over a filler word and tries the same item again. */
function skipFiller(items: readonly PhraseItem[], idx: number, pos: number, stack: Frame | null, at: Attempt): number {
  const token = at.line.tokens[pos];
  if (pos === at.from || token === undefined || token.sentence !== at.sentence || !at.line.fillers?.has(token.word)) return -1;
  return matchFrom(items, idx, pos + 1, stack, at);
}

/** Tries items[idx…] at pos, then the rest of the stack; returns the end position or -1. */
function matchFrom(items: readonly PhraseItem[], idx: number, pos: number, stack: Frame | null, at: Attempt): number {
  const item = items[idx];
  if (item === undefined) {
    if (stack !== null) return matchFrom(stack.items, stack.idx, pos, stack.next, at);
    return pos > at.from && (!at.atEnd || breakAfter(at.line.tokens, pos - 1)) ? pos : -1;
  }
  const token = at.line.tokens[pos];
  switch (item.kind) {
    case 'word': {
      const end = token?.sentence === at.sentence && token.word === item.word ? matchFrom(items, idx + 1, pos + 1, stack, at) : -1;
      return end >= 0 ? end : skipFiller(items, idx, pos, stack, at);
    }
    case 'number': {
      const end = token?.sentence === at.sentence && isNumber(token.word) ? matchFrom(items, idx + 1, pos + 1, stack, at) : -1;
      return end >= 0 ? end : skipFiller(items, idx, pos, stack, at);
    }
    case 'gap':
      for (let skip = 0; skip <= item.max; skip += 1) {
        const skipped = at.line.tokens[pos + skip - 1];
        if (skip > 0 && (skipped === undefined || skipped.sentence !== at.sentence || at.line.gapStoppers.has(skipped.word))) break;
        const end = matchFrom(items, idx + 1, pos + skip, stack, at);
        if (end >= 0) return end;
      }
      return -1;
    case 'choice': {
      const after: Frame = { items, idx: idx + 1, next: stack };
      for (const option of item.options) {
        const end = matchFrom(option, 0, pos, after, at);
        if (end >= 0) return end;
      }
      return item.optional ? matchFrom(items, idx + 1, pos, stack, at) : -1;
    }
    case 'list':
      throw new Error(`list @${item.name} was not resolved`);
  }
}

/** Replaces @list references by choices over the list's phrases. */
function resolveLists(items: readonly PhraseItem[], lists: ReadonlyMap<string, PhraseItem[][]>): PhraseItem[] {
  return items.map((item): PhraseItem => {
    if (item.kind === 'list') {
      const options = lists.get(item.name);
      if (!options) throw new Error(`unknown list @${item.name}`);
      return { kind: 'choice', options, optional: false };
    }
    if (item.kind === 'choice') return { ...item, options: item.options.map((o) => resolveLists(o, lists)) };
    return item;
  });
}

/** Words a match can start with, or null when it may start with any word. */
function firstWords(items: readonly PhraseItem[], idx = 0): Set<string> | null {
  const item = items[idx];
  if (item === undefined || item.kind === 'number' || item.kind === 'gap' || item.kind === 'list') return null;
  if (item.kind === 'word') return new Set([item.word]);
  const union = new Set<string>();
  const sets = item.options.map((o) => firstWords(o));
  if (item.optional) sets.push(firstWords(items, idx + 1));
  for (const set of sets) {
    if (set === null) return null;
    for (const w of set) union.add(w);
  }
  return union;
}

/** Compiles a parsed phrase, resolving its @lists. */
export function compilePhrase(parsed: ParsedPhrase, lists: ReadonlyMap<string, PhraseItem[][]>): CompiledPhrase {
  const items = resolveLists(parsed.items, lists);
  // Words every match must contain: a cheap filter before backtracking.
  const required = items.flatMap((i) => (i.kind === 'word' ? [i.word] : []));
  const starts = firstWords(items);
  const startList = starts === null ? [] : [...starts];
  return {
    source: parsed.source,
    find(line) {
      if (!required.every((w) => line.words.has(w))) return [];
      if (starts !== null && !startList.some((w) => line.words.has(w))) return [];
      const spans: TokenSpan[] = [];
      const { tokens } = line;
      for (let from = 0; from < tokens.length; from += 1) {
        const first = tokens[from];
        if (first === undefined || (parsed.atStart && first.breakBefore === 'none')) continue;
        if (starts !== null && !starts.has(first.word)) continue;
        const to = matchFrom(items, 0, from, null, { line, sentence: first.sentence, from, atEnd: parsed.atEnd });
        if (to >= 0) {
          spans.push({ from, to });
          from = to - 1;
        }
      }
      return spans;
    },
  };
}
