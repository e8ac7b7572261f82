import { normaliseName } from '../trainee/trainee.ts';
import type { AttemptFact, CallFact, TraineeRef } from './call-fact.ts';

/** Which part of the cohort a trainer looks at; every field left out lets everything through. */
export interface CohortFilter {
  /** first day (YYYY-MM-DD, UTC) of calls counted */
  from?: string;
  /** last day (YYYY-MM-DD, UTC) of calls counted */
  to?: string;
  /** a certification track's id, or "practice" for practice calls only */
  track?: string;
  /** trainees whose LRS account belongs to this homePage */
  homePage?: string;
  /** trainees by name (compared as attempts are: case, spacing and look-alike letters ignored) */
  names?: readonly string[];
}

export const PRACTICE = 'practice';

/** Whether a day (YYYY-MM-DD) is within the filter's dates. */
function inDates(filter: CohortFilter, at: string): boolean {
  const day = at.slice(0, 10);
  return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
}

function inGroup(filter: CohortFilter, trainee: TraineeRef, names: ReadonlySet<string> | undefined): boolean {
  if (filter.homePage && trainee.homePage !== filter.homePage) return false;
  return !names || names.has(normaliseName(trainee.name));
}

/** The calls and attempts a filter lets through. */
export function filterCohort(calls: readonly CallFact[], attempts: readonly AttemptFact[], filter: CohortFilter): { calls: CallFact[]; attempts: AttemptFact[] } {
  const names = filter.names?.length ? new Set(filter.names.map(normaliseName)) : undefined;
  const onTrack = (trackId: string | null) => !filter.track || (filter.track === PRACTICE ? trackId === null : trackId === filter.track);
  return {
    calls: calls.filter((call) => onTrack(call.trackId) && inDates(filter, call.endedAt) && inGroup(filter, call.trainee, names)),
    attempts: attempts.filter((attempt) => filter.track !== PRACTICE && onTrack(attempt.trackId) && inDates(filter, attempt.startedAt) && inGroup(filter, attempt.trainee, names)),
  };
}
