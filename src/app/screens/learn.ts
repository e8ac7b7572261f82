import { renderLearnOverview } from '../../ui/learn-steps-view.ts';
import type { App, Intent } from '../app.ts';
import { learningSteps } from '../learn-marks.ts';
import type { Route, Visit } from '../router.ts';

/** `#/learn/ID`: one scenario's four learning steps, which are done, and the way into each. */
export function learnRoute(app: App): Route<Intent> {
  return { pattern: /^learn\/([a-z0-9-]+)$/, enter: (visit) => void enterLearn(app, visit) };
}

async function enterLearn(app: App, visit: Visit<Intent>): Promise<void> {
  const entry = app.stories.find(visit.params[0]!);
  if (!entry) return app.nav.replace('');
  const done = await learningSteps(app);
  if (!visit.live()) return;
  const save = app.saves.callSave(entry.id);
  const resumable = save?.mode === 'practice' ? save.step : undefined;
  app.show(
    renderLearnOverview(entry.header.title, done?.get(entry.id) ?? (done ? new Set() : undefined), resumable, {
      // A Follow or Solo call's address resumes its save; the step's own button starts afresh.
      open: (step, resume) => app.nav.go(`learn/${step}/${entry.id}`, step === 'follow' || step === 'solo' ? (resume ? undefined : { start: { kind: 'new' } }) : undefined),
      menu: () => app.nav.go(''),
    }),
  );
}
