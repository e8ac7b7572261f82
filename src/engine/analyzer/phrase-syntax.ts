import { tokenize } from './tokenize.ts';
import { remembered } from '../remembered.ts';

/** One element of a parsed phrase. */
export type PhraseItem =
  | { kind: 'word'; word: string }
  | { kind: 'number' }
  | { kind: 'list'; name: string }
  | { kind: 'gap'; max: number }
  | { kind: 'choice'; options: PhraseItem[][]; optional: boolean };

/** A parsed phrase: its items and whether it must start or end next to punctuation. */
export interface ParsedPhrase {
  source: string;
  atStart: boolean;
  atEnd: boolean;
  items: PhraseItem[];
}

/** A phrase that breaks the syntax; `detail` says what to change. */
export class PhraseSyntaxError extends Error {
  constructor(readonly phrase: string, readonly detail: string) {
    super(`phrase "${phrase}": ${detail}`);
    this.name = 'PhraseSyntaxError';
  }
}

/** Default and largest reach of a bare `*`. */
export const DEFAULT_GAP = 3;
const MAX_GAP = 12;
const SPECIAL = new Set(['{', '}', '[', ']', '|', '*', '#', '@', '^', '$', '~']);
const REGEX_LIKE = /[()+\\]/;

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  fail(detail: string): never {
    throw new PhraseSyntaxError(this.src, detail);
  }

  parse(): ParsedPhrase {
    const text = this.src.trim();
    if (text === '') this.fail('is empty');
    const regexChar = REGEX_LIKE.exec(text);
    if (regexChar) {
      this.fail(`"${regexChar[0]}" is not phrase syntax; write alternatives as {a|b}, optional words as [a]`);
    }
    let atStart = false;
    this.skipSpace();
    if (this.src[this.pos] === '^') { atStart = true; this.pos += 1; }
    const items = this.sequence(null);
    let atEnd = false;
    if (this.src[this.pos] === '$') { atEnd = true; this.pos += 1; this.skipSpace(); }
    if (this.pos < this.src.length) this.fail(`unexpected "${this.src[this.pos]}" at character ${this.pos + 1}`);
    if (!items.some(requiresWord)) this.fail('needs at least one word that is not optional');
    // A final "*" only means something before "$": up to that many words, then the end of the clause.
    if (items[0]?.kind === 'gap' || (items.at(-1)?.kind === 'gap' && !atEnd)) {
      this.fail('"*" must sit between words, or just before a final "$"');
    }
    return { source: this.src, atStart, atEnd, items };
  }

  private skipSpace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] ?? '')) this.pos += 1;
  }

  private sequence(closer: string | null): PhraseItem[] {
    const items: PhraseItem[] = [];
    for (;;) {
      this.skipSpace();
      const ch = this.src[this.pos];
      if (ch === undefined) {
        if (closer !== null) this.fail(`"${closer === '}' ? '{' : '['}" is never closed`);
        return items;
      }
      if (ch === '|' || ch === '}' || ch === ']') {
        if (closer === null) this.fail(`"${ch}" outside {…} or […]`);
        return items;
      }
      if (ch === '$') {
        if (closer !== null) this.fail('"$" only at the very end of a phrase');
        return items;
      }
      if (ch === '^') this.fail('"^" only at the very start of a phrase');
      items.push(...this.item(ch));
    }
  }

  private item(ch: string): PhraseItem[] {
    if (ch === '{' || ch === '[') return [this.choice(ch)];
    if (ch === '#') { this.pos += 1; return [{ kind: 'number' }]; }
    if (ch === '*') {
      this.pos += 1;
      const digits = /^\d*/.exec(this.src.slice(this.pos))?.[0] ?? '';
      this.pos += digits.length;
      const max = digits === '' ? DEFAULT_GAP : Number(digits);
      if (max < 1 || max > MAX_GAP) this.fail(`"*${digits}" must reach 1 to ${MAX_GAP} words`);
      return [{ kind: 'gap', max }];
    }
    if (ch === '@') {
      this.pos += 1;
      const name = /^[a-z][a-z0-9_]*/i.exec(this.src.slice(this.pos))?.[0] ?? '';
      if (name === '') this.fail('"@" must be followed by a list name, like @emotion');
      this.pos += name.length;
      return [{ kind: 'list', name }];
    }
    if (ch === '~') this.fail('"~" must follow a word, as in "drop~" (drop, drops, dropped, dropping)');
    let end = this.pos;
    while (end < this.src.length && !/\s/.test(this.src[end] ?? '') && !SPECIAL.has(this.src[end] ?? '')) end += 1;
    const raw = this.src.slice(this.pos, end);
    this.pos = end;
    const words: PhraseItem[] = tokenize(raw).map((t) => ({ kind: 'word' as const, word: t.word }));
    if (this.src[this.pos] !== '~') return words;
    this.pos += 1;
    const last = words.pop();
    if (last?.kind !== 'word' || !/^[a-z]+$/.test(last.word)) this.fail('"~" must follow a plain word, as in "drop~"');
    const options = inflections(last.word).map((word): PhraseItem[] => [{ kind: 'word', word }]);
    return [...words, { kind: 'choice', options, optional: false }];
  }

  private choice(open: string): PhraseItem {
    const closer = open === '{' ? '}' : ']';
    this.pos += 1;
    const options: PhraseItem[][] = [];
    let optional = open === '[';
    for (;;) {
      const option = this.sequence(closer);
      if (option.length === 0) optional = true;
      else options.push(option);
      const ch = this.src[this.pos];
      this.pos += 1;
      if (ch === closer) break;
      if (ch !== '|') this.fail(`"${open}" closed by "${ch}"; use "${closer}"`);
    }
    if (options.length === 0) this.fail(`"${open}${closer}" holds no words`);
    return { kind: 'choice', options, optional };
  }
}

const VOWEL = /[aeiou]/;

/**
 * The regular forms of a verb written as "word~": drop → drop, drops, dropped, dropping;
 * mess → messes, messed; make → makes, making; try → tries, tried. Irregular forms ("lost")
 * still need spelling out with {…}. Forms that are not real words never match, so no harm.
 */
export function inflections(base: string): string[] {
  const forms = new Set([base, `${base}s`, `${base}ed`, `${base}ing`]);
  if (/(s|x|z|ch|sh|o)$/.test(base)) forms.add(`${base}es`);
  if (base.endsWith('e')) {
    forms.add(`${base}d`);
    forms.add(`${base.slice(0, -1)}ing`);
  }
  if (/[^aeiou]y$/.test(base)) {
    forms.add(`${base.slice(0, -1)}ies`);
    forms.add(`${base.slice(0, -1)}ied`);
  }
  // Short verbs ending consonant-vowel-consonant double it: drop → dropped, dropping.
  const [c1, v, c2] = base.slice(-3);
  if (c1 !== undefined && v !== undefined && c2 !== undefined && !VOWEL.test(c1) && VOWEL.test(v) && /[bdgklmnprt]/.test(c2)) {
    forms.add(`${base}${c2}ed`);
    forms.add(`${base}${c2}ing`);
  }
  return [...forms];
}

/** Whether an item always consumes at least one word. */
function requiresWord(item: PhraseItem): boolean {
  if (item.kind === 'gap') return false;
  if (item.kind === 'choice') return !item.optional && item.options.every((o) => o.some(requiresWord));
  return true;
}

/**
 * Parses one phrase of the trainer syntax; throws PhraseSyntaxError with what to fix. Remembered:
 * loading rubric data parses every phrase to validate it and again to compile it (parses are
 * never changed by their readers).
 */
export const parsePhrase: (source: string) => ParsedPhrase = remembered((source) => new Parser(source).parse(), 20_000);

/**
 * The most words a phrase's `*` gaps can skip together on any one reading (an @list counts as
 * the most its entries skip). Rubric data caps it: gaps beyond that only slow the matcher and
 * stop meaning one turn of phrase.
 */
export const MAX_GAP_WORDS = 24;

/** How many words the gaps of `items` can skip together at most; `listGaps` gives an @list's. */
export function gapWords(items: readonly PhraseItem[], listGaps: (name: string) => number): number {
  let total = 0;
  for (const item of items) {
    if (item.kind === 'gap') total += item.max;
    else if (item.kind === 'list') total += listGaps(item.name);
    else if (item.kind === 'choice') total += Math.max(0, ...item.options.map((o) => gapWords(o, listGaps)));
  }
  return total;
}

/** The list names a parsed phrase refers to. */
export function listNamesIn(items: readonly PhraseItem[]): string[] {
  return items.flatMap((item) => {
    if (item.kind === 'list') return [item.name];
    if (item.kind === 'choice') return item.options.flatMap(listNamesIn);
    return [];
  });
}
