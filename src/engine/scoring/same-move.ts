/** Lowercase words with punctuation and curly quotes dropped: what makes two lines the same move. */
export function normalizeMove(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Word-level edit distance, stopping early once it exceeds `limit`. */
function wordDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Same move: equal once normalised, or one word in ten changed at most. */
export function sameMove(a: readonly string[], b: readonly string[]): boolean {
  const limit = Math.floor(Math.max(a.length, b.length) / 10);
  return wordDistance(a, b, limit) <= limit;
}

/** Whether two lines say the same thing, near enough that one cannot be coached as better than the other. */
export function sameLine(a: string, b: string): boolean {
  return sameMove(normalizeMove(a), normalizeMove(b));
}
