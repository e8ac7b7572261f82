/**
 * The longest line the analyzer rates. A spoken or typed reply is a few hundred characters at
 * most; anything longer is pasted or generated text, and a score for it would mean nothing.
 */
export const MAX_RATED_LINE_CHARS = 2000;

/** Why a line is too long to rate, or undefined when it is not. */
export function lineTooLong(text: string): string | undefined {
  if (text.length <= MAX_RATED_LINE_CHARS) return undefined;
  return `the line is ${text.length.toLocaleString('en-US')} characters long; the analyzer rates lines of up to ${MAX_RATED_LINE_CHARS.toLocaleString('en-US')} characters`;
}
