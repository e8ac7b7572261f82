import type { Track } from '../schema/track.ts';
import type { AttemptStatus } from '../records/attempt-record.ts';
import type { AttemptFact, CallFact, TraineeRef } from './call-fact.ts';

/** A cohort's calls and certification attempts, from any source. */
export interface CohortFacts {
  calls: CallFact[];
  attempts: AttemptFact[];
}

/** How many calls an attempt at a track has: its fixed list, or the number drawn from its pool. */
export function callsPerAttempt(track: Track): number {
  return track.scenarios.order === 'fixed' ? track.scenarios.ids.length : track.scenarios.draw;
}

/**
 * The attempts an LRS's calls show. Statements say nothing of an attempt that has not ended, so an attempt is over once it has as
 * many calls as its track gives (passed when every call passed); until then, or when the track is not known here, it is in progress.
 */
export function attemptsOfCalls(calls: readonly CallFact[], sizes: ReadonlyMap<string, number>): AttemptFact[] {
  const byId = new Map<string, CallFact[]>();
  for (const call of calls) {
    if (call.attemptId === null) continue;
    const group = byId.get(call.attemptId);
    if (group) group.push(call);
    else byId.set(call.attemptId, [call]);
  }
  return [...byId].map(([id, group]) => {
    const first = group.reduce((a, b) => (b.endedAt < a.endedAt ? b : a));
    const size = sizes.get(first.trackId!);
    const status: AttemptStatus = size === undefined || group.length < size ? 'in_progress' : group.every((call) => call.passed) ? 'passed' : 'failed';
    return { id, trainee: first.trainee, trackId: first.trackId!, status, startedAt: first.endedAt };
  });
}

/**
 * Files and an LRS together, each call once: a call in both is the file's (statement ids derive from call record ids, so the LRS
 * gives back the same call), and an LRS account that shares a call with a file's trainee is that trainee, so a trainee whose older
 * calls are only in the LRS stays one line. An attempt a file holds keeps the file's status, which knows attempts still open.
 */
export function combineCohort(files: CohortFacts, lrsCalls: readonly CallFact[], sizes: ReadonlyMap<string, number>): CohortFacts {
  const fileCalls = new Map(files.calls.map((call) => [call.id, call]));
  const alias = new Map<string, TraineeRef>();
  for (const call of lrsCalls) {
    const same = fileCalls.get(call.id);
    if (same) alias.set(call.trainee.key, same.trainee);
  }
  const fromLrs = lrsCalls.filter((call) => !fileCalls.has(call.id)).map((call) => {
    const owner = alias.get(call.trainee.key);
    return owner ? { ...call, trainee: { ...owner, name: call.trainee.name } } : call;
  });
  const fileAttempts = new Set(files.attempts.map((a) => a.id));
  const lrsAttempts = attemptsOfCalls([...files.calls, ...fromLrs], sizes).filter((a) => !fileAttempts.has(a.id));
  return { calls: [...files.calls, ...fromLrs], attempts: [...files.attempts, ...lrsAttempts] };
}
