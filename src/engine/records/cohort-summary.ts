import { SCORED_RUBRICS } from '../schema/rubric-ids.ts';
import { meanAssessed } from '../scoring/call-score.ts';
import type { AttemptRecord, AttemptStatus } from './attempt-record.ts';
import type { CallRecord } from './call-record.ts';
import { callsIn } from './calls-in.ts';
import type { ExportDocument } from './export-document.ts';
import { normaliseName } from '../trainee/trainee.ts';

/** Mean percentages over a set of calls, to one decimal; null when there are no calls. */
export type RubricAverages = (Record<(typeof SCORED_RUBRICS)[number], number | null> & { overall: number }) | null;

/** One trainee's line in the cohort table. */
export interface TraineeSummary {
  /** what the line is keyed by: the trainee id, else (version 1 records from a version 1 export) "name:" and the normalised name */
  key: string;
  traineeId: string | null;
  /** the name on their latest record */
  candidate: string;
  /** other names their records carry, as written */
  otherNames: string[];
  attempts: number;
  passed: number;
  failed: number;
  inProgress: number;
  /** every call, practice and certification */
  calls: number;
  averages: RubricAverages;
}

/** How the cohort did on one scenario. */
export interface ScenarioSummary {
  scenarioId: string;
  title: string;
  calls: number;
  averageOverall: number;
}

/** The trainer's results view: trainees, hardest scenarios first, most used triggers first. */
export interface CohortSummary {
  trainees: TraineeSummary[];
  scenarios: ScenarioSummary[];
  triggers: { id: string; count: number }[];
}

const round = (value: number) => Math.round(value * 10) / 10;
const STATUS_RANK: Record<AttemptStatus, number> = { in_progress: 0, passed: 1, failed: 1 };

function averages(calls: readonly CallRecord[]): RubricAverages {
  if (calls.length === 0) return null;
  // A rubric a call did not assess is left out of that rubric's mean, not counted as 100.
  const mean = (pick: (call: CallRecord) => number | null) => {
    const value = meanAssessed(calls.map(pick));
    return value === null ? null : round(value);
  };
  const result = { overall: mean((call) => call.scores.overall) ?? 0 } as NonNullable<RubricAverages>;
  for (const rubric of SCORED_RUBRICS) result[rubric] = mean((call) => call.scores[rubric]);
  return result;
}

/** A record and the trainee it belongs to. */
interface Owned<T> {
  record: T;
  key: string;
}

/** Whose a record is: its own trainee id, else that of the export carrying it (version 1 records predate the id), else its name. */
function ownerKey(record: { traineeId?: string | undefined; candidate: string }, exportedBy: string | undefined): string {
  return record.traineeId ?? exportedBy ?? `name:${normaliseName(record.candidate)}`;
}

/** The same attempt exported twice keeps its latest state: finished over in progress, then more calls. */
function latestAttempts(exports: readonly ExportDocument[]): Owned<AttemptRecord>[] {
  const byId = new Map<string, Owned<AttemptRecord>>();
  for (const exported of exports) {
    for (const record of exported.records) {
      if (record.format !== 'frontline.attempt') continue;
      const seen = byId.get(record.id)?.record;
      const newer = !seen || STATUS_RANK[record.status] > STATUS_RANK[seen.status] || (STATUS_RANK[record.status] === STATUS_RANK[seen.status] && record.calls.length > seen.calls.length);
      if (newer) byId.set(record.id, { record, key: ownerKey(record, exported.traineeId) });
    }
  }
  return [...byId.values()];
}

/** Every call, each once (equal ids mean equal content), with its owner; an attempt's calls belong to the attempt's trainee. */
function ownedCalls(exports: readonly ExportDocument[], attempts: readonly Owned<AttemptRecord>[]): Owned<CallRecord>[] {
  const byId = new Map<string, Owned<CallRecord>>();
  const add = (record: CallRecord, key: string) => {
    if (!byId.has(record.id)) byId.set(record.id, { record, key });
  };
  for (const exported of exports) {
    for (const record of exported.records) if (record.format === 'frontline.call-record') add(record, ownerKey(record, exported.traineeId));
  }
  for (const { record, key } of attempts) for (const call of callsIn([record])) add(call, key);
  return [...byId.values()];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  // Push into the group in place: copying it for every item made 100,000 calls take minutes.
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Aggregate several trainees' exports, one line per trainee id; a record exported twice counts once. */
export function summarizeCohort(exports: readonly ExportDocument[]): CohortSummary {
  const attempts = latestAttempts(exports);
  const owned = ownedCalls(exports, attempts);
  const calls = owned.map(({ record }) => record);
  const attemptsBy = groupBy(attempts, (item) => item.key);
  const callsBy = groupBy(owned, (item) => item.key);
  const trainees = [...new Set([...attemptsBy.keys(), ...callsBy.keys()])].map((key): TraineeSummary => {
    const own = (attemptsBy.get(key) ?? []).map((item) => item.record);
    const ownCalls = (callsBy.get(key) ?? []).map((item) => item.record);
    const count = (status: AttemptStatus) => own.filter((attempt) => attempt.status === status).length;
    // Latest first, so the name shown is the one the trainee uses now.
    const named = [...own, ...ownCalls].sort((a, b) => b.startedAt.localeCompare(a.startedAt)).map((record) => record.candidate);
    const candidate = named[0]!;
    const otherNames = [...new Set(named)].filter((name) => name !== candidate);
    const traineeId = key.startsWith('name:') ? null : key;
    return { key, traineeId, candidate, otherNames, attempts: own.length, passed: count('passed'), failed: count('failed'), inProgress: count('in_progress'), calls: ownCalls.length, averages: averages(ownCalls) };
  });
  trainees.sort((a, b) => a.candidate.localeCompare(b.candidate) || a.key.localeCompare(b.key));
  const scenarios = [...groupBy(calls, (call) => call.scenarioId)]
    .map(([scenarioId, group]) => ({ scenarioId, title: group[0]!.scenarioTitle, calls: group.length, averageOverall: averages(group)!.overall }))
    .sort((a, b) => a.averageOverall - b.averageOverall || a.scenarioId.localeCompare(b.scenarioId));
  const triggers = [...groupBy(calls.flatMap((call) => call.triggers), (id) => id)]
    .map(([id, uses]) => ({ id, count: uses.length }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { trainees, scenarios, triggers };
}
