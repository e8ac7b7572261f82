import type { AttemptRecord } from '../records/attempt-record.ts';
import type { Track } from '../schema/track.ts';

/** Whether a candidate may start an attempt now, and if not, why in words they can act on. */
export type StartCheck =
  | { ok: true; attemptNumber: number }
  | { ok: false; code: 'in_progress'; reason: string; attemptId: string }
  | { ok: false; code: 'limit_reached'; reason: string }
  | { ok: false; code: 'must_wait'; reason: string; until: string };

/** How the caller writes a time for the candidate: the browser says it in their local date and time, never as ISO text. */
export type TimeWords = (iso: string) => string;

/** Check one candidate's previous attempts (see attemptsOf) against the track's current attempt rules. */
export function canStartAttempt(previousAttempts: readonly AttemptRecord[], track: Track, now: string, when: TimeWords): StartCheck {
  const attempts = previousAttempts.filter((attempt) => attempt.trackId === track.id);
  const open = attempts.find((attempt) => attempt.status === 'in_progress');
  if (open) {
    return {
      ok: false,
      code: 'in_progress',
      attemptId: open.id,
      reason: `Attempt ${open.attemptNumber} at ${track.name} is still in progress. Resume it: an attempt cannot be restarted.`,
    };
  }
  const { max, waitMinutes } = track.attempts;
  if (attempts.length >= max) {
    return { ok: false, code: 'limit_reached', reason: `All ${max} attempts allowed at ${track.name} have been used.` };
  }
  const lastEnd = Math.max(...attempts.map((attempt) => Date.parse(attempt.endedAt ?? attempt.startedAt)));
  const until = lastEnd + waitMinutes * 60_000;
  if (attempts.length > 0 && Date.parse(now) < until) {
    const at = new Date(until).toISOString();
    return { ok: false, code: 'must_wait', until: at, reason: `The next attempt at ${track.name} can start on ${when(at)}, ${waitMinutes} minutes after the last one ended.` };
  }
  return { ok: true, attemptNumber: Math.max(0, ...attempts.map((attempt) => attempt.attemptNumber)) + 1 };
}
