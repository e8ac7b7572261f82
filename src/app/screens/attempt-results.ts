import { reviewAttempt } from '../../engine/certification/attempt-review.ts';
import { attemptsOf } from '../../engine/certification/attempts-of.ts';
import { canStartAttempt } from '../../engine/certification/can-start-attempt.ts';
import type { ReviewScenario } from '../../engine/certification/attempt-review.ts';
import type { AttemptRecord } from '../../engine/records/attempt-record.ts';
import { loadTrack } from '../../platform/track-source.ts';
import { localTime } from '../../ui/time-words.ts';
import { renderCertificate } from '../../ui/certificate-view.ts';
import { renderCertificationResults } from '../../ui/certification-results-view.ts';
import type { App, Intent } from '../app.ts';
import type { Route, Visit } from '../router.ts';

/** `#/certification/results/ID`: a finished attempt's results. */
export function attemptResultsRoute(app: App): Route<Intent> {
  return {
    pattern: /^certification\/results\/([\w-]+)$/,
    enter: (visit) =>
      void withAttempt(app, visit, async (attempt, attempts) => {
        const scenarios = await reviewScenarios(app, attempt);
        const extras = { review: reviewAttempt(attempt, scenarios), next: attempt.status === 'passed' ? undefined : nextAttempt(app, attempt, attempts) };
        return renderCertificationResults(attempt, extras, { certificate: () => app.nav.go(`certificate/${attempt.id}`), history: () => app.nav.go('history'), menu: () => app.nav.go('') });
      }),
  };
}

/** `#/certificate/ID`: the certificate of a passed attempt (a failed one shows its results instead). */
export function certificateRoute(app: App): Route<Intent> {
  return {
    pattern: /^certificate\/([\w-]+)$/,
    enter: (visit) =>
      void withAttempt(app, visit, (attempt) => {
        if (attempt.status === 'passed') return renderCertificate(attempt, { back: () => app.nav.go(`certification/results/${attempt.id}`) });
        app.nav.replace(`certification/results/${attempt.id}`);
        return undefined;
      }),
  };
}

/** The attempt's scenarios, to replay its lines for the review; one that cannot be fetched is reviewed without its words. */
async function reviewScenarios(app: App, attempt: AttemptRecord): Promise<Map<string, ReviewScenario>> {
  const loaded = await Promise.all(attempt.scenarioIds.map((id) => app.stories.load(id).catch(() => undefined)));
  return new Map(loaded.flatMap((scenario) => (scenario ? [[scenario.id, { title: scenario.header.title, json: scenario.json }] as const] : [])));
}

/** When the candidate of a failed attempt may try again, by the track's current rules, with the time in the browser's own words. */
function nextAttempt(app: App, attempt: AttemptRecord, attempts: readonly AttemptRecord[]): string {
  const check = canStartAttempt(attemptsOf(attempts, { traineeId: attempt.traineeId ?? app.saves.trainee().id, name: attempt.candidate }), loadTrack(), app.now(), localTime);
  return check.ok ? `You can start attempt ${check.attemptNumber} whenever you are ready.` : check.reason;
}

/** Find the finished attempt the address names and show what `render` makes of it (with every stored attempt); the menu when there is none. */
async function withAttempt(app: App, visit: Visit<Intent>, render: (attempt: AttemptRecord, attempts: readonly AttemptRecord[]) => HTMLElement | undefined | Promise<HTMLElement | undefined>): Promise<void> {
  const found = await app.records.load();
  if (!found || !visit.live()) return;
  const attempt = found.loaded.attempts.find((a) => a.id === visit.params[0] && a.status !== 'in_progress');
  if (!attempt) return app.nav.replace('');
  const screen = await render(attempt, found.loaded.attempts);
  if (screen && visit.live()) app.show(screen);
}
