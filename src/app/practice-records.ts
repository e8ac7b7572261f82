import { CallRecordSchema, type CallRecord } from '../engine/records/call-record.ts';
import { makeCallRecord } from '../engine/records/make-call-record.ts';
import type { CallReport } from '../engine/scoring/call-report.ts';
import type { SavedDataStore } from '../platform/saved-data-store.ts';
import { STORAGE_KEYS } from '../platform/storage-keys.ts';
import type { KeyValueStore } from '../platform/storage.ts';
import type { Scenario } from '../ui/call-controller.ts';
import type { RecordsAccess } from './records-access.ts';
import type { Reporting } from './reporting.ts';
import { recordName } from '../engine/trainee/trainee.ts';
import type { CallStep } from '../engine/learn/learn-steps.ts';
import { failureWords, MAKE_ROOM } from '../platform/storage-problem.ts';

/**
 * Keeps finished practice calls: the best score, the records database, the LRS. The record is
 * also written at once to localStorage, which is synchronous, until the database confirms it: a
 * reload right after the ending loses nothing. This session's records stay in memory too, so
 * the debrief opens even if the database refused the write.
 */
export class PracticeRecords {
  private readonly recent = new Map<string, CallRecord>();

  constructor(
    private readonly deps: {
      saves: SavedDataStore;
      /** where records wait for the database */
      store: KeyValueStore;
      records: RecordsAccess;
      reporting: Reporting;
      storyHashes(): Readonly<Record<string, string>>;
      problem(message: string): void;
    },
  ) {}

  /** Keep a call as soon as its ending is reached, whether or not the debrief is ever shown; returns its record. */
  keep(scenario: Scenario, report: CallReport, durationMs: number, step?: CallStep): CallRecord {
    const { saves, reporting } = this.deps;
    const endedAt = new Date();
    const record = makeCallRecord({
      kind: 'practice',
      traineeId: saves.trainee().id,
      candidate: recordName(saves.trainee()),
      trackId: null,
      attemptId: null,
      scenarioId: scenario.id,
      scenarioTitle: scenario.header.title,
      storyHash: this.deps.storyHashes()[scenario.id]!,
      startedAt: new Date(endedAt.getTime() - durationMs).toISOString(),
      endedAt: endedAt.toISOString(),
      durationMs,
      passed: null,
      report,
      step,
    });
    saves.offerBest({ scenarioId: scenario.id, scores: report.scores, outcome: report.outcome });
    this.deps.store.set(STORAGE_KEYS.pendingRecordPrefix + record.id, JSON.stringify(record));
    reporting.call(record, report.choices.map((choice) => choice.text));
    this.persist(record);
    return record;
  }

  /** Store the records a reload interrupted before the database confirmed them. */
  storePending(): void {
    for (const key of this.deps.store.keys().filter((k) => k.startsWith(STORAGE_KEYS.pendingRecordPrefix))) {
      let parsed: ReturnType<typeof CallRecordSchema.safeParse>;
      try {
        parsed = CallRecordSchema.safeParse(JSON.parse(this.deps.store.get(key) ?? ''));
      } catch {
        parsed = CallRecordSchema.safeParse(undefined);
      }
      if (!parsed.success) {
        this.deps.problem('A practice call finished just before the page closed could not be read, so it is not in your history; it is kept in this browser’s storage for your trainer.');
        continue;
      }
      // Its statements may not have reached the outbox either; their ids make a second queueing harmless.
      this.deps.reporting.callAgain(parsed.data);
      this.persist(parsed.data);
    }
  }

  private persist(record: CallRecord): void {
    this.recent.set(record.id, record);
    void this.deps.records
      .open()
      .then((store) => store.saveCall(record))
      .then(() => this.deps.store.remove(STORAGE_KEYS.pendingRecordPrefix + record.id))
      .catch((error: unknown) => this.deps.problem(`Your call with “${record.scenarioTitle}” could not be added to your history: ${failureWords(error)}. Its debrief opens until you close this page, but it will be missing from your history and exports. ${MAKE_ROOM}`));
  }

  /** A practice call kept this session or stored earlier; undefined when there is none with that id; rejects when the records cannot be read. */
  async find(id: string): Promise<CallRecord | undefined> {
    const kept = this.recent.get(id);
    if (kept) return kept;
    const { calls } = await (await this.deps.records.open()).load();
    return calls.find((call) => call.id === id && call.kind === 'practice');
  }
}
