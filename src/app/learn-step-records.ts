import { makeStepRecord, type StepRecord } from '../engine/learn/step-record.ts';
import { recordName } from '../engine/trainee/trainee.ts';
import { failureWords, MAKE_ROOM } from '../platform/storage-problem.ts';
import type { StoryEntry } from './story-library.ts';
import type { App } from './app.ts';

/** Keep a finished Watch or Teach step in the records; a refused write is reported in words and stops nothing. */
export function keepStep(app: App, entry: StoryEntry, step: StepRecord['step'], startedAt: string, result: { right: number; of: number; seed: number | null }): StepRecord {
  const trainee = app.saves.trainee();
  const record = makeStepRecord({
    step,
    traineeId: trainee.id,
    candidate: recordName(trainee),
    scenarioId: entry.id,
    scenarioTitle: entry.header.title,
    storyHash: entry.hash,
    startedAt,
    endedAt: app.now(),
    ...result,
  });
  const what = step === 'watch' ? 'Your Watch step' : 'Your graded call';
  void app.records
    .open()
    .then((store) => store.saveStep(record))
    .catch((error: unknown) => app.problem(`${what} for “${entry.header.title}” could not be added to your records: ${failureWords(error)}, so the step is not marked done. ${MAKE_ROOM}`));
  return record;
}
