import { seededRandom } from '../random.ts';

/** The largest shuffle seed: seeds are whole numbers 0 … 2³¹ − 1, so they survive JSON and CSV. */
export const MAX_SHUFFLE_SEED = 0x7fffffff;

/**
 * The order a choice point's lines are shown in: `order[position]` is the authored 0-based index
 * of the line shown at `position`. Drawn from the call's shuffle seed and the choice point's
 * number in the call, so the same call shows the same order on resume, replay and review.
 * Without a seed the authored order is kept.
 */
export function shownOrder(shuffle: number | undefined, step: number, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  if (shuffle === undefined) return order;
  // Mix the step into the seed (golden-ratio increment) so that each point gets its own draw.
  const random = seededRandom((shuffle ^ Math.imul(step + 1, 0x9e3779b9)) >>> 0);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A fresh shuffle seed from a source of random numbers in [0, 1). */
export function drawShuffleSeed(random: () => number): number {
  return Math.floor(random() * (MAX_SHUFFLE_SEED + 1));
}
