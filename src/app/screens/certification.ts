import { blockersFor } from '../../engine/certification/pass-rules.ts';
import { attemptsOf } from '../../engine/certification/attempts-of.ts';
import { canStartAttempt } from '../../engine/certification/can-start-attempt.ts';
import { startAttempt } from '../../engine/certification/start-attempt.ts';
import { recordName } from '../../engine/trainee/trainee.ts';
import type { AttemptRecord } from '../../engine/records/attempt-record.ts';
import { trackScenarioIds } from '../../engine/schema/track.ts';
import { browserClock } from '../../platform/clock.ts';
import type { RecordsStore } from '../../platform/records-store.ts';
import { loadTrack } from '../../platform/track-source.ts';
import { renderCertificationIntro } from '../../ui/certification-intro-view.ts';
import { runAttempt } from '../../ui/certification-run.ts';
import type { Scenario } from '../../ui/call-controller.ts';
import { renderMessage } from '../../ui/message-view.ts';
import { localTime } from '../../ui/time-words.ts';
import type { App, Intent } from '../app.ts';
import type { LoadedKit } from '../call-kit-access.ts';
import type { Route, Visit } from '../router.ts';
import { failureWords, MAKE_ROOM } from '../../platform/storage-problem.ts';

/** `#/certification`: resume the attempt in progress, else state the rules and take the candidate's name, then play the run. */
export function certificationRoute(app: App): Route<Intent> {
  return { pattern: /^certification$/, enter: (visit) => void enterCertification(app, visit) };
}

async function enterCertification(app: App, visit: Visit<Intent>): Promise<void> {
  const loaded = await app.kit.load();
  const found = loaded && (await app.records.load());
  if (!loaded || !found || !visit.live()) return;
  // A run goes from call to call without waiting, so every scenario is fetched before it starts.
  let scenarios: Scenario[];
  try {
    scenarios = await Promise.all(app.stories.entries.map((entry) => app.stories.load(entry.id)));
  } catch (error) {
    if (visit.live()) app.show(renderMessage('The certification run cannot start', `${(error as Error).message}.`, () => app.nav.go('')));
    return;
  }
  if (!visit.live()) return;
  const open = found.loaded.attempts.find((attempt) => attempt.status === 'in_progress');
  if (open) return playAttempt(app, visit, open, found.store, loaded, scenarios);
  const track = loadTrack();
  const headers = trackScenarioIds(track).flatMap((id) => app.stories.find(id)?.header ?? []);
  const blockers = [...blockersFor(track, loaded.kit.rubrics.data)].map((id) => loaded.kit.triggers.get(id)?.family ?? id);
  const begin = async (name: string): Promise<string | undefined> => {
    app.saves.saveName(name);
    const trainee = app.saves.trainee();
    const at = app.now();
    const { attempts } = await found.store.load();
    // Counted by this browser's trainee id and by the name normalised, so retyping the name differently starts nothing new.
    const check = canStartAttempt(attemptsOf(attempts, { traineeId: trainee.id, name }), track, at, localTime);
    if (!check.ok) return check.reason;
    const seed = crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
    const attempt = startAttempt({ id: crypto.randomUUID(), traineeId: trainee.id, candidate: recordName(trainee), track, data: loaded.kit.rubrics.data, storyHashes: app.storyHashes(), now: at, seed, attemptNumber: check.attemptNumber });
    try {
      await found.store.saveAttempt(attempt);
    } catch (error) {
      return `The attempt could not be stored, so it has not started: ${failureWords(error)}. ${MAKE_ROOM}`;
    }
    if (visit.live()) playAttempt(app, visit, attempt, found.store, loaded, scenarios);
    return undefined;
  };
  app.show(renderCertificationIntro({ track, calls: headers, blockers, name: app.saves.name() ?? '' }, { begin }));
}

function playAttempt(app: App, visit: Visit<Intent>, attempt: AttemptRecord, store: RecordsStore, loaded: LoadedKit, scenarios: readonly Scenario[]): void {
  app.reporting.requeue(attempt);
  app.reporting.scormProgress(attempt);
  const run = runAttempt(attempt, {
    root: app.root,
    records: store,
    saves: app.saves,
    kit: loaded.kit,
    run: loaded.chunk.runCall,
    scenarios,
    storyHashes: app.storyHashes(),
    clock: browserClock,
    animate: app.kit.animate,
    now: () => app.now(),
    onCallRecorded: (call, lines, trackName) => app.reporting.call(call, lines, trackName),
    onStored: (state) => app.reporting.scormProgress(state),
    onLeave: () => app.nav.go(''),
    onFinished: (finished) => {
      app.reporting.finished(finished);
      // The run is over: Back from the results goes to the screen before it, not into a finished run.
      app.nav.replace(`certification/results/${finished.id}`);
    },
    onProblem: (message) => app.show(renderMessage('The certification run cannot go on', message, () => app.nav.go(''))),
  });
  visit.onLeave(() => run.stop());
}
