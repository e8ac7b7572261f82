/**
 * Control characters (C0 except tab and newline, DEL, C1) and the invisible bidirectional
 * overrides. A tag value or file name holding them could move the cursor, recolour or erase the
 * terminal, or reorder what a trainer reads, and so hide an error.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text safe to print: every unsafe character written as a visible \uXXXX escape. The escape is
 * also a valid JSON string escape, so JSON output still parses to the same value.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
