import type { ExploreProgress } from '../engine/explore/explorer.ts';

/** A progress callback that writes a line to stderr (called only once a run passes a second). */
export function progressPrinter(file: string, err: (text: string) => void): (progress: ExploreProgress) => void {
  return ({ states, pending, elapsedMs }) => {
    err(`${file}: exploring… ${states} states, ${pending} to expand, ${(elapsedMs / 1000).toFixed(1)} s`);
  };
}
