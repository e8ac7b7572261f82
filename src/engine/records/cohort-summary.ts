import { SCORED_RUBRICS } from '../schema/rubric-ids.ts';
import { meanAssessed } from '../scoring/call-score.ts';
import type { AttemptRecord, AttemptStatus } from './attempt-record.ts';
import type { CallRecord } from './call-record.ts';
import { callsIn } from './calls-in.ts';
import type { ExportDocument } from './export-document.ts';

/** Mean percentages over a set of calls, to one decimal; null when there are no calls. */
export type RubricAverages = (Record<(typeof SCORED_RUBRICS)[number], number | null> & { overall: number }) | null;

/** One trainee's line in the cohort table. */
export interface TraineeSummary {
  candidate: string;
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

/** The same attempt exported twice keeps its latest state: finished over in progress, then more calls. */
function latestAttempts(exports: readonly ExportDocument[]): AttemptRecord[] {
  const byId = new Map<string, AttemptRecord>();
  for (const record of exports.flatMap((exported) => exported.records)) {
    if (record.format !== 'frontline.attempt') continue;
    const seen = byId.get(record.id);
    const newer = !seen || STATUS_RANK[record.status] > STATUS_RANK[seen.status] || (STATUS_RANK[record.status] === STATUS_RANK[seen.status] && record.calls.length > seen.calls.length);
    if (newer) byId.set(record.id, record);
  }
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

/** Aggregate several trainees' exports; a record exported twice counts once. */
export function summarizeCohort(exports: readonly ExportDocument[]): CohortSummary {
  const attempts = latestAttempts(exports);
  const calls = callsIn([...exports.flatMap((exported) => exported.records.filter((r) => r.format === 'frontline.call-record')), ...attempts]);
  const who = (name: string) => name.trim();
  const attemptsBy = groupBy(attempts, (attempt) => who(attempt.candidate));
  const callsBy = groupBy(calls, (call) => who(call.candidate));
  const names = [...new Set([...attemptsBy.keys(), ...callsBy.keys()])].sort((a, b) => a.localeCompare(b));
  const trainees = names.map((candidate) => {
    const own = attemptsBy.get(candidate) ?? [];
    const count = (status: AttemptStatus) => own.filter((attempt) => attempt.status === status).length;
    const ownCalls = callsBy.get(candidate) ?? [];
    return { candidate, attempts: own.length, passed: count('passed'), failed: count('failed'), inProgress: count('in_progress'), calls: ownCalls.length, averages: averages(ownCalls) };
  });
  const scenarios = [...groupBy(calls, (call) => call.scenarioId)]
    .map(([scenarioId, group]) => ({ scenarioId, title: group[0]!.scenarioTitle, calls: group.length, averageOverall: averages(group)!.overall }))
    .sort((a, b) => a.averageOverall - b.averageOverall || a.scenarioId.localeCompare(b.scenarioId));
  const triggers = [...groupBy(calls.flatMap((call) => call.triggers), (id) => id)]
    .map(([id, uses]) => ({ id, count: uses.length }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { trainees, scenarios, triggers };
}
