import type { CallRecord } from '../engine/records/call-record.ts';
import { makeCallRecord } from '../engine/records/make-call-record.ts';
import type { CallReport } from '../engine/scoring/call-report.ts';
import type { SavedDataStore } from '../platform/saved-data-store.ts';
import type { Scenario } from '../ui/call-controller.ts';
import type { RecordsAccess } from './records-access.ts';
import type { Reporting } from './reporting.ts';
import { recordName } from '../engine/trainee/trainee.ts';
import { failureWords, MAKE_ROOM } from '../platform/storage-problem.ts';

/** Keeps finished practice calls: the best score, the records database, the LRS; and, for this session, in memory, so the debrief opens even if the database refused the write. */
export class PracticeRecords {
  private readonly recent = new Map<string, CallRecord>();

  constructor(
    private readonly deps: {
      saves: SavedDataStore;
      records: RecordsAccess;
      reporting: Reporting;
      storyHashes(): Readonly<Record<string, string>>;
      problem(message: string): void;
    },
  ) {}

  /** Keep a call as soon as its ending is reached, whether or not the debrief is ever shown; returns its record. */
  keep(scenario: Scenario, report: CallReport, durationMs: number): CallRecord {
    const { saves, records, reporting } = this.deps;
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
    });
    saves.offerBest({ scenarioId: scenario.id, scores: report.scores, outcome: report.outcome });
    this.recent.set(record.id, record);
    reporting.call(record, report.choices.map((choice) => choice.text));
    void records
      .open()
      .then((store) => store.saveCall(record))
      .catch((error: unknown) => this.deps.problem(`Your call with “${record.scenarioTitle}” could not be added to your history: ${failureWords(error)}. Its debrief opens until you close this page, but it will be missing from your history and exports. ${MAKE_ROOM}`));
    return record;
  }

  /** A practice call kept this session or stored earlier; undefined when there is none with that id; rejects when the records cannot be read. */
  async find(id: string): Promise<CallRecord | undefined> {
    const kept = this.recent.get(id);
    if (kept) return kept;
    const { calls } = await (await this.deps.records.open()).load();
    return calls.find((call) => call.id === id && call.kind === 'practice');
  }
}
