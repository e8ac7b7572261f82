import type { AttemptRecord } from '../records/attempt-record.ts';
import type { SessionSnapshot } from '../schema/session.ts';
import { AttemptError } from './attempt-error.ts';

/** Refuse a step on an attempt that has ended. */
export function assertInProgress(attempt: AttemptRecord): void {
  if (attempt.status !== 'in_progress') throw new AttemptError(`attempt ${attempt.attemptNumber} at ${attempt.trackName} has ended (${attempt.status})`);
}

/** The scenario the attempt plays next, or undefined when every call is done. */
export function nextScenario(attempt: AttemptRecord): string | undefined {
  return attempt.scenarioIds[attempt.calls.length];
}

/** Keep the call in progress after a choice, so a closed tab resumes at the same line. */
export function saveProgress(attempt: AttemptRecord, snapshot: SessionSnapshot): AttemptRecord {
  assertInProgress(attempt);
  const scenarioId = nextScenario(attempt);
  if (scenarioId === undefined) throw new AttemptError('every call of this attempt has been played');
  if (snapshot.scenarioId !== scenarioId) throw new AttemptError(`this attempt is on scenario "${scenarioId}", not "${snapshot.scenarioId}"`);
  if (snapshot.storyHash !== attempt.rules.storyHashes[scenarioId]) throw new AttemptError(`the session of "${scenarioId}" was played on another version of the story`);
  if (snapshot.rubricHash !== attempt.rules.rubricHash) throw new AttemptError(`the session of "${scenarioId}" was scored with other rubric data than this attempt's`);
  return { ...attempt, current: { index: attempt.calls.length, snapshot: structuredClone(snapshot) } };
}
