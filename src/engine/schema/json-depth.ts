/** The deepest JSON nesting Frontline's data files accept: theirs is under ten, and a recursive parser overflows near ten thousand. */
export const MAX_JSON_DEPTH = 64;

/**
 * Where JSON text first nests deeper than `maxDepth` brackets, found in one linear pass that uses no recursion,
 * so a hostile file is refused before any recursive parser or schema check can overflow the stack on it.
 * Brackets inside strings do not count; the text need not be valid JSON.
 */
export function tooDeepAt(text: string, maxDepth: number = MAX_JSON_DEPTH): { offset: number } | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // a backslash escapes the next character, a quote included
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > maxDepth) return { offset: i };
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return undefined;
}
