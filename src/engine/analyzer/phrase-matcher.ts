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
  /** Where each word of the line occurs, in order: a phrase looks only where its first word is. */
  positions: ReadonlyMap<string, readonly number[]>;
  /** Words a `*` may not step over, so "you are * upset" never reads "you are not upset". */
  gapStoppers: ReadonlySet<string>;
  /** Words a phrase may skip between two of its own words ("I really don't know" finds "i do not know"). */
  fillers?: ReadonlySet<string>;
}

/** Prepares tokens for matching. */
export function lineView(tokens: readonly Token[], gapStoppers: ReadonlySet<string>, fillers?: ReadonlySet<string>): LineView {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(token.word);
    if (list) list.push(i);
    else positions.set(token.word, [i]);
  });
  return { tokens, positions, gapStoppers, fillers };
}

/** Token indices where a match may start: every index, or where one of the start words is. */
function startPositions(line: LineView, startList: readonly string[] | null): readonly number[] {
  if (startList === null) return line.tokens.map((_, i) => i);
  const lists = startList.flatMap((w) => {
    const found = line.positions.get(w);
    return found ? [found] : [];
  });
  return lists.length <= 1 ? (lists[0] ?? []) : lists.flat().sort((a, b) => a - b);
}

/** A phrase ready to run against lines. */
export interface CompiledPhrase {
  source: string;
  /** Words one of which every match contains (the fewest such), or null when no word is required. */
  keys: ReadonlySet<string> | null;
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

/**
 * A phrase as a graph of steps: each step knows what follows it, so a choice's options lead on
 * to the rest of the phrase without a stack, and every (step, position) pair has one answer.
 */
type Step =
  | { kind: 'end'; id: number }
  | { kind: 'word'; id: number; word: string; next: Step }
  | { kind: 'number'; id: number; next: Step }
  | { kind: 'gap'; id: number; max: number; next: Step }
  | { kind: 'choice'; id: number; options: Step[]; optional: boolean; next: Step };

/** Builds the steps of items[idx…] followed by `then`; counts steps in `ids`. */
function buildSteps(items: readonly PhraseItem[], idx: number, then: Step, ids: { next: number }): Step {
  const item = items[idx];
  if (item === undefined) return then;
  const next = buildSteps(items, idx + 1, then, ids);
  const id = ids.next++;
  switch (item.kind) {
    case 'word':
      return { kind: 'word', id, word: item.word, next };
    case 'number':
      return { kind: 'number', id, next };
    case 'gap':
      return { kind: 'gap', id, max: item.max, next };
    case 'choice':
      return { kind: 'choice', id, options: item.options.map((o) => buildSteps(o, 0, next, ids)), optional: item.optional, next };
    case 'list':
      throw new Error(`list @${item.name} was not resolved`);
  }
}

/**
 * Per-attempt facts: the line, the sentence the match must stay in, how it may end, and the
 * answers already worked out. Gaps and choices branch; remembering their answers per position
 * keeps a phrase with many gaps from retrying the same ground exponentially often.
 */
interface Attempt {
  line: LineView;
  sentence: number;
  from: number;
  atEnd: boolean;
  stepCount: number;
  known: Map<number, number> | null;
}

/**
 * A word or number step: the token at pos, or (inside a match, never at its first word) the
 * same step again after any run of filler words. Returns the end position or -1.
 */
function matchToken(step: Step & { next: Step }, fits: (word: string) => boolean, pos: number, at: Attempt): number {
  const { tokens } = at.line;
  for (let p = pos; ; p += 1) {
    const token = tokens[p];
    if (token?.sentence === at.sentence && fits(token.word)) {
      const end = matchStep(step.next, p + 1, at);
      if (end >= 0) return end;
    }
    if (p === at.from || token === undefined || token.sentence !== at.sentence || !at.line.fillers?.has(token.word)) return -1;
  }
}

/** Tries a branching step (gap or choice) at pos; returns the end position or -1. */
function matchBranch(step: Extract<Step, { kind: 'gap' | 'choice' }>, pos: number, at: Attempt): number {
  if (step.kind === 'choice') {
    for (const option of step.options) {
      const end = matchStep(option, pos, at);
      if (end >= 0) return end;
    }
    return step.optional ? matchStep(step.next, pos, at) : -1;
  }
  const { tokens } = at.line;
  for (let skip = 0; skip <= step.max; skip += 1) {
    const skipped = tokens[pos + skip - 1];
    if (skip > 0 && (skipped === undefined || skipped.sentence !== at.sentence || at.line.gapStoppers.has(skipped.word))) break;
    const end = matchStep(step.next, pos + skip, at);
    if (end >= 0) return end;
  }
  return -1;
}

/** Tries a step at pos; returns the end position of the first match in priority order, or -1. */
function matchStep(step: Step, pos: number, at: Attempt): number {
  switch (step.kind) {
    case 'end':
      return pos > at.from && (!at.atEnd || breakAfter(at.line.tokens, pos - 1)) ? pos : -1;
    case 'word':
      return matchToken(step, (word) => word === step.word, pos, at);
    case 'number':
      return matchToken(step, isNumber, pos, at);
    case 'gap':
    case 'choice': {
      at.known ??= new Map();
      const key = pos * at.stepCount + step.id;
      const known = at.known.get(key);
      if (known !== undefined) return known;
      const end = matchBranch(step, pos, at);
      at.known.set(key, end);
      return end;
    }
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

/** Words one of which any match of `item` contains, or null when there is no such set (numbers, gaps, optional parts). */
function anchorWords(item: PhraseItem): Set<string> | null {
  if (item.kind === 'word') return new Set([item.word]);
  if (item.kind !== 'choice' || item.optional) return null;
  const union = new Set<string>();
  for (const option of item.options) {
    let smallest: Set<string> | null = null;
    for (const part of option) {
      const words = anchorWords(part);
      if (words !== null && (smallest === null || words.size < smallest.size)) smallest = words;
    }
    if (smallest === null) return null;
    for (const w of smallest) union.add(w);
  }
  return union;
}

/** Compiles a parsed phrase, resolving its @lists. */
export function compilePhrase(parsed: ParsedPhrase, lists: ReadonlyMap<string, PhraseItem[][]>): CompiledPhrase {
  const items = resolveLists(parsed.items, lists);
  const ids = { next: 1 };
  const first = buildSteps(items, 0, { kind: 'end', id: 0 }, ids);
  // For each part of the phrase every match needs, the words one of which it must contain: a cheap
  // filter before backtracking, which most phrases fail on most lines.
  const required = items.flatMap((item) => {
    const words = anchorWords(item);
    return words === null ? [] : [[...words]];
  });
  const starts = firstWords(items);
  const startList = starts === null ? null : [...starts];
  const keys = required.reduce<string[] | null>((best, words) => (best === null || words.length < best.length ? words : best), null);
  return {
    source: parsed.source,
    keys: keys === null ? null : new Set(keys),
    find(line) {
      if (!required.every((words) => words.some((w) => line.positions.has(w)))) return [];
      const spans: TokenSpan[] = [];
      const { tokens } = line;
      let free = 0;
      for (const from of startPositions(line, startList)) {
        const token = tokens[from];
        if (from < free || token === undefined || (parsed.atStart && token.breakBefore === 'none')) continue;
        const attempt: Attempt = { line, sentence: token.sentence, from, atEnd: parsed.atEnd, stepCount: ids.next, known: null };
        const to = matchStep(first, from, attempt);
        if (to >= 0) {
          spans.push({ from, to });
          free = to;
        }
      }
      return spans;
    },
  };
}
