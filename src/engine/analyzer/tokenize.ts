import { expandContraction } from './contractions.ts';

/** What separates a token from the one before it: nothing, a pause (comma, colon, dash) or a sentence end. */
export type Break = 'none' | 'pause' | 'sentence';

/** One normalised word of a line, with the span of original text it came from. */
export interface Token {
  word: string;
  start: number;
  end: number;
  breakBefore: Break;
  sentence: number;
  /** Whether the token's sentence ends with a question mark. */
  question: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\u02bc][\p{L}]+)*/gu;
const DIGITS_AND_LETTERS = /\p{N}+|\p{L}+/gu;

/** Classifies the characters between two words. */
function classifyGap(gap: string, previousWord: string | undefined): Break {
  if (previousWord === undefined) return 'sentence';
  // "p.m." and "3.5" carry dots that do not end a sentence.
  const abbreviation = previousWord.length === 1 && /^\.\s*$/.test(gap);
  if (/[!?;]/.test(gap) || (/\.(\s|$)/.test(gap) && !/\.\.|\u2026/.test(gap) && !abbreviation)) {
    return 'sentence';
  }
  if (/[,:()"\u2014\u2013\u2026]|\.\.|\s-\s|--/.test(gap)) return 'pause';
  return 'none';
}

/** Splits text into lowercased words with contractions expanded, keeping original offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let previousWord: string | undefined;
  let sentence = 0;
  for (const found of text.matchAll(WORD)) {
    const raw = found[0];
    const offset = found.index;
    const breakBefore = classifyGap(text.slice(previousEnd, offset), previousWord);
    if (breakBefore === 'sentence' && tokens.length > 0) sentence += 1;
    const lowered = raw.toLowerCase().replace(/[\u2019\u02bc]/g, "'");
    // "3pm" and "48hrs" are a number and a unit.
    const pieces = /\p{N}/u.test(lowered) && /\p{L}/u.test(lowered) && !lowered.includes("'")
      ? [...lowered.matchAll(DIGITS_AND_LETTERS)].map((m) => ({ text: m[0], at: m.index }))
      : [{ text: lowered, at: 0 }];
    let first = true;
    for (const piece of pieces) {
      const pieceStart = offset + piece.at;
      const pieceEnd = pieces.length === 1 ? offset + raw.length : pieceStart + piece.text.length;
      for (const word of expandContraction(piece.text)) {
        if (word === '') continue;
        tokens.push({ word, start: pieceStart, end: pieceEnd, breakBefore: first ? breakBefore : 'none', sentence, question: false });
        first = false;
      }
    }
    previousEnd = offset + raw.length;
    previousWord = lowered;
  }
  markQuestions(text, tokens);
  return tokens;
}

/**
 * Marks the tokens whose sentence ends with a question mark: the first "?", "!" or full stop
 * (one followed by a space or the end) after the token is a "?". Read from the text rather than
 * from the sentence numbers, so "arrives by 8 p.m. Any questions?" asks only its last two words.
 */
function markQuestions(text: string, tokens: Token[]): void {
  let t = tokens.length - 1;
  let next = '';
  for (let i = text.length - 1; i >= 0 && t >= 0; i -= 1) {
    while (t >= 0 && (tokens[t] as Token).end > i) {
      (tokens[t] as Token).question = next === '?';
      t -= 1;
    }
    const ch = text[i];
    if (ch === '?' || ch === '!' || (ch === '.' && (i + 1 === text.length || /\s/.test(text[i + 1] ?? '')))) next = ch;
  }
  for (; t >= 0; t -= 1) (tokens[t] as Token).question = next === '?';
}

/** Whether a phrase may end after token `index`: the next token is across punctuation, or there is none. */
export function breakAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next === undefined || next.breakBefore !== 'none';
}
