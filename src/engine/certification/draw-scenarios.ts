import { seededRandom } from '../random.ts';
import type { Track } from '../schema/track.ts';

/** The scenario ids of one attempt: the fixed list, or a seeded draw from the pool (Fisher–Yates). */
export function scenariosForAttempt(track: Track, seed: number): string[] {
  const { scenarios } = track;
  if (scenarios.order === 'fixed') return [...scenarios.ids];
  const pool = [...scenarios.pool];
  const random = seededRandom(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, scenarios.draw);
}
