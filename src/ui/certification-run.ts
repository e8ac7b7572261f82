import { saveProgress, nextScenario } from '../engine/certification/attempt-progress.ts';
import { finishAttempt } from '../engine/certification/finish-attempt.ts';
import { recordCall } from '../engine/certification/record-call.ts';
import { resumeCheck } from '../engine/certification/resume-check.ts';
import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import type { CallRecord } from '../engine/records/call-record.ts';
import type { Clock } from '../platform/clock.ts';
import type { RecordsStore } from '../platform/records-store.ts';
import { SAVED_DATA_VERSION } from '../platform/saved-data.ts';
import type { SavedDataStore } from '../platform/saved-data-store.ts';
import type { CallKit } from './call-kit.ts';
import type { CallStart, RunningCall, Scenario, runCall } from './call-controller.ts';
import { frozenScoring } from './frozen-scoring.ts';
import { failureWords, MAKE_ROOM } from '../platform/storage-problem.ts';

/** What a certification run needs from the app. */
export interface RunOptions {
  root: HTMLElement;
  records: RecordsStore;
  saves: SavedDataStore;
  kit: CallKit;
  run: typeof runCall;
  scenarios: readonly Scenario[];
  /** compiled story hash of every bundled scenario, to refuse resuming against a changed story */
  storyHashes: Readonly<Record<string, string>>;
  clock: Clock;
  animate: boolean;
  now(): string;
  /** a call was recorded; `lines` are the texts of the chosen lines, in order */
  onCallRecorded(call: CallRecord, lines: string[], trackName: string): void;
  /** the attempt changed (a choice, a call) and is being stored */
  onStored?(attempt: AttemptRecord): void;
  /** the candidate left the run; it stays in progress and resumes later */
  onLeave(): void;
  /** every call is played and the attempt is stored as finished */
  onFinished(attempt: AttemptRecord): void;
  /** the attempt cannot go on, or could not be stored */
  onProblem(message: string): void;
}

/** Play an attempt's remaining calls in order, storing it after every choice and every call; no coaching, no retry. */
export function runAttempt(start: AttemptRecord, options: RunOptions): RunningCall {
  let attempt = start;
  let active: RunningCall | undefined;
  let writes = Promise.resolve(true);
  const scoring = frozenScoring(start);

  // Writes queue up so the store always ends with the latest state, whatever IndexedDB's timing.
  const persist = (): Promise<boolean> => {
    const state = attempt;
    options.onStored?.(state);
    writes = writes.then(() =>
      options.records.saveAttempt(state).then(
        () => true,
        (error: unknown) => {
          options.onProblem(`Your progress could not be saved: ${failureWords(error)}. The calls you finished before are kept. ${MAKE_ROOM} Then open the certification again to go on.`);
          return false;
        },
      ),
    );
    return writes;
  };

  function finish(): void {
    attempt = finishAttempt(attempt, options.now());
    void persist().then((ok) => ok && options.onFinished(attempt));
  }

  function playNext(): void {
    if (attempt.status === 'in_progress' && nextScenario(attempt) === undefined) return finish();
    const check = resumeCheck(attempt, options.storyHashes);
    if (!check.ok) return options.onProblem(check.reason);
    const scenario = options.scenarios.find((s) => s.id === check.scenarioId)!;
    const last = check.index === attempt.scenarioIds.length - 1;
    const local = options.saves.callSave(scenario.id);
    const elapsedMs = local?.mode === 'certification' ? local.elapsedMs : 0;
    const begin: CallStart = check.snapshot
      ? { kind: 'resume', save: { format: 'frontline.call-save', version: SAVED_DATA_VERSION, scenarioId: scenario.id, mode: 'certification', elapsedMs, savedAt: options.now(), snapshot: check.snapshot } }
      : { kind: 'new' };
    active = options.run(
      {
        root: options.root,
        scenario,
        kit: options.kit,
        saves: options.saves,
        clock: options.clock,
        animate: options.animate,
        mode: 'certification',
        scoring,
        // Certification is taken with picked lines unless the track explicitly allows typed replies.
        freeText: start.rules.track.freeText === true,
        onMenu: options.onLeave,
        onFailure: (failure) =>
          options.onProblem(
            failure.kind === 'story_failed'
              ? failure.message
              : `The call in progress for “${scenario.header.title}” could not be resumed: ${failure.reason}. It was set aside for your trainer.`,
          ),
        onProgress: (snapshot) => {
          attempt = saveProgress(attempt, snapshot);
          void persist();
        },
        onEnded: (report, durationMs) => {
          // A call starts when the attempt moves on to it: at the start of the run, or when the previous call ended.
          const startedAt = attempt.calls.at(-1)?.endedAt ?? attempt.startedAt;
          attempt = recordCall(attempt, report, { scenarioTitle: scenario.header.title, startedAt, endedAt: options.now(), durationMs });
          options.onCallRecorded(attempt.calls.at(-1)!, report.choices.map((choice) => choice.text), attempt.trackName);
          void persist();
        },
        next: { label: last ? 'Finish and see your results' : 'Next call', go: () => void writes.then((ok) => ok && playNext()) },
      },
      begin,
    );
  }

  playNext();
  return {
    stop() {
      active?.stop();
    },
  };
}
