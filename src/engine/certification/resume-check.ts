import type { AttemptRecord } from '../records/attempt-record.ts';
import type { SessionSnapshot } from '../schema/session.ts';

/** Where an attempt resumes, or why it cannot. */
export type ResumeCheck = { ok: true; index: number; scenarioId: string; snapshot: SessionSnapshot | null } | { ok: false; reason: string };

/** Check that an attempt can resume: still in progress, and no story it has yet to play has changed since it started. */
export function resumeCheck(attempt: AttemptRecord, currentStoryHashes: Readonly<Record<string, string>>): ResumeCheck {
  const name = `Attempt ${attempt.attemptNumber} at ${attempt.trackName}`;
  if (attempt.status !== 'in_progress') return { ok: false, reason: `${name} has already ended (${attempt.status}).` };
  const index = attempt.calls.length;
  for (const id of attempt.scenarioIds.slice(index)) {
    const now = currentStoryHashes[id];
    if (now === undefined) return { ok: false, reason: `${name} cannot resume: scenario "${id}" is no longer available.` };
    if (now !== attempt.rules.storyHashes[id]) {
      return { ok: false, reason: `${name} cannot resume: scenario "${id}" has changed since the attempt started, and an attempt cannot continue against a changed story.` };
    }
  }
  const scenarioId = attempt.scenarioIds[index];
  if (scenarioId === undefined) return { ok: false, reason: `${name} has played every call; it only needs finishing.` };
  return { ok: true, index, scenarioId, snapshot: attempt.current?.snapshot ?? null };
}
