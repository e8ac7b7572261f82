import { contentHash } from '../hash.ts';
import { seededRandom } from '../random.ts';

/** A source of numbers in [0, 1) fixed by a text key (a scenario id and a step): the same key draws the same, in Node and the browser. */
export function keyedRandom(key: string): () => number {
  return seededRandom(parseInt(contentHash(key).slice(0, 8), 16));
}

/** The items in an order fixed by `random` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
