import { factOfRecord, type AttemptFact, type CallFact, type TraineeRef } from '../cohort/call-fact.ts';
import { summarize, type CohortSummary, type TechniqueLookup } from '../cohort/cohort-tally.ts';
import { normaliseName } from '../trainee/trainee.ts';
import type { AttemptRecord, AttemptStatus } from './attempt-record.ts';
import type { CallRecord } from './call-record.ts';
import { callsIn } from './calls-in.ts';
import type { ExportDocument } from './export-document.ts';

export type { CohortSummary, RubricAverages, ScenarioSummary, TraineeSummary } from '../cohort/cohort-tally.ts';

const STATUS_RANK: Record<AttemptStatus, number> = { in_progress: 0, passed: 1, failed: 1 };

/** Whose a record is: its own trainee id, else that of the export carrying it (version 1 records predate the id), else its name. */
function ownerOf(record: { traineeId?: string | undefined; candidate: string }, exportedBy: string | undefined): TraineeRef {
  const traineeId = record.traineeId ?? exportedBy ?? null;
  return { key: traineeId ?? `name:${normaliseName(record.candidate)}`, traineeId, name: record.candidate, homePage: null };
}

/** The same attempt exported twice keeps its latest state: finished over in progress, then more calls. */
function latestAttempts(exports: readonly ExportDocument[]): { record: AttemptRecord; owner: TraineeRef }[] {
  const byId = new Map<string, { record: AttemptRecord; owner: TraineeRef }>();
  for (const exported of exports) {
    for (const record of exported.records) {
      if (record.format !== 'frontline.attempt') continue;
      const seen = byId.get(record.id)?.record;
      const newer = !seen || STATUS_RANK[record.status] > STATUS_RANK[seen.status] || (STATUS_RANK[record.status] === STATUS_RANK[seen.status] && record.calls.length > seen.calls.length);
      if (newer) byId.set(record.id, { record, owner: ownerOf(record, exported.traineeId) });
    }
  }
  return [...byId.values()];
}

/** The calls and attempts of several trainees' exports, each once (equal ids mean equal content); an attempt's calls belong to the attempt's trainee. */
export function cohortOfExports(exports: readonly ExportDocument[]): { calls: CallFact[]; attempts: AttemptFact[] } {
  const attempts = latestAttempts(exports);
  const calls = new Map<string, CallFact>();
  const add = (record: CallRecord, owner: TraineeRef) => {
    if (!calls.has(record.id)) calls.set(record.id, factOfRecord(record, owner));
  };
  for (const exported of exports) {
    for (const record of exported.records) if (record.format === 'frontline.call-record') add(record, ownerOf(record, exported.traineeId));
  }
  for (const { record, owner } of attempts) for (const call of callsIn([record])) add(call, owner);
  return {
    calls: [...calls.values()],
    attempts: attempts.map(({ record, owner }) => ({ id: record.id, trainee: owner, trackId: record.trackId, status: record.status, startedAt: record.startedAt })),
  };
}

/** Aggregate several trainees' exports, one line per trainee id; a record exported twice counts once. */
export function summarizeCohort(exports: readonly ExportDocument[], techniquesAt?: TechniqueLookup): CohortSummary {
  const { calls, attempts } = cohortOfExports(exports);
  return summarize(calls, attempts, techniquesAt);
}
