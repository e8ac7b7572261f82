import { MAX_RATED_LINE_CHARS } from '../engine/analyzer/line-limit.ts';
import { InputError } from '../engine/errors.ts';
import { decodeText } from './read-input.ts';

/** The longest raw line read from stdin: room for a JSON line around the longest rated text. */
export const MAX_INPUT_LINE_BYTES = 64 * 1024;

/** One line of input: its text, or why it cannot be read (the next lines still are). */
export type InputLine = { number: number; text: string } | { number: number; problem: string };

/**
 * Splits a byte stream into UTF-8 lines, holding at most MAX_INPUT_LINE_BYTES of one line in
 * memory: a longer line is reported and skipped. Binary input (a NUL byte, as from /dev/zero,
 * or UTF-16 text) ends the reading with an InputError, since no later line can be trusted.
 */
export async function* inputLines(stream: AsyncIterable<Uint8Array>, name = 'stdin'): AsyncGenerator<InputLine> {
  let number = 1;
  let parts: Uint8Array[] = [];
  let held = 0;
  let tooLong = false;
  const finish = (): InputLine | undefined => {
    const bytes = Buffer.concat(parts);
    parts = [];
    held = 0;
    if (tooLong) {
      tooLong = false;
      return { number, problem: `the line is over ${MAX_INPUT_LINE_BYTES / 1024} KB; the analyzer rates lines of up to ${MAX_RATED_LINE_CHARS.toLocaleString('en-US')} characters` };
    }
    const text = decodeLine(bytes.at(-1) === 13 ? bytes.subarray(0, -1) : bytes, name, number);
    return typeof text === 'string' ? { number, text } : text;
  };
  for await (const chunk of stream) {
    if (number === 1 && held === 0 && chunk[0] === 0xff && chunk[1] === 0xfe) throw new InputError(name, 1, 'is UTF-16 text; send UTF-8');
    let start = 0;
    for (;;) {
      const nul = chunk.indexOf(0, start);
      const end = chunk.indexOf(10, start);
      if (nul >= 0 && (end < 0 || nul < end)) {
        throw new InputError(name, number, 'is not text: it holds a NUL byte (binary data, or UTF-16 text; send UTF-8)');
      }
      const piece = chunk.subarray(start, end < 0 ? chunk.length : end);
      if (!tooLong) {
        if (held + piece.length > MAX_INPUT_LINE_BYTES) {
          tooLong = true;
          parts = [];
        } else {
          parts.push(piece);
          held += piece.length;
        }
      }
      if (end < 0) break;
      const line = finish();
      if (line) yield line;
      number += 1;
      start = end + 1;
    }
  }
  if (held > 0 || tooLong) {
    const line = finish();
    if (line) yield line;
  }
}

/** A line's text, or the problem with its encoding. */
function decodeLine(bytes: Uint8Array, name: string, number: number): string | InputLine {
  try {
    return decodeText(bytes, name);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { number, problem: error.detail };
  }
}
