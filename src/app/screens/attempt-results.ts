import type { AttemptRecord } from '../../engine/records/attempt-record.ts';
import { renderCertificate } from '../../ui/certificate-view.ts';
import { renderCertificationResults } from '../../ui/certification-results-view.ts';
import type { App, Intent } from '../app.ts';
import type { Route, Visit } from '../router.ts';

/** `#/certification/results/ID`: a finished attempt's results. */
export function attemptResultsRoute(app: App): Route<Intent> {
  return {
    pattern: /^certification\/results\/([\w-]+)$/,
    enter: (visit) =>
      void withAttempt(app, visit, (attempt) =>
        renderCertificationResults(attempt, { certificate: () => app.nav.go(`certificate/${attempt.id}`), history: () => app.nav.go('history'), menu: () => app.nav.go('') }),
      ),
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

/** Find the finished attempt the address names and show what `render` makes of it; the menu when there is none. */
async function withAttempt(app: App, visit: Visit<Intent>, render: (attempt: AttemptRecord) => HTMLElement | undefined): Promise<void> {
  const found = await app.records.load();
  if (!found || !visit.live()) return;
  const attempt = found.loaded.attempts.find((a) => a.id === visit.params[0] && a.status !== 'in_progress');
  if (!attempt) return app.nav.replace('');
  const screen = render(attempt);
  if (screen) app.show(screen);
}
