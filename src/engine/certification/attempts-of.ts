import type { AttemptRecord } from '../records/attempt-record.ts';
import { normaliseName } from '../trainee/trainee.ts';

/**
 * The attempts that count against a candidate's limit: every attempt made in this browser (same trainee id), whatever name it
 * carries, and every attempt under the same name once normalised, so neither a new spelling of the name ("Bob  Builder",
 * "BOB BUILDER", a full-width letter) nor a new name in the same browser opens a fresh set of attempts. Version 1 attempts, made
 * before trainee ids, count by name alone.
 */
export function attemptsOf(attempts: readonly AttemptRecord[], candidate: { traineeId: string; name: string }): AttemptRecord[] {
  const name = normaliseName(candidate.name);
  return attempts.filter((attempt) => attempt.traineeId === candidate.traineeId || normaliseName(attempt.candidate) === name);
}
