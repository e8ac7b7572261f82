import { browserClock } from '../../platform/clock.ts';
import type { CallStart, Scenario } from '../../ui/call-controller.ts';
import { renderMessage } from '../../ui/message-view.ts';
import type { App, Intent } from '../app.ts';
import type { Route, Visit } from '../router.ts';
import type { CallStep } from '../../engine/learn/learn-steps.ts';

/** `#/call/ID`: a practice call; after a reload or Back it resumes the scenario's save, else starts afresh. */
export function callRoute(app: App): Route<Intent> {
  return { pattern: /^call\/([a-z0-9-]+)$/, enter: (visit) => void enterCall(app, visit, visit.params[0]!, undefined) };
}

/** `#/learn/follow/ID` and `#/learn/solo/ID`: a practice call played in a learning step (hints and coaching, or nothing until the debrief); it resumes only a save of the same step. */
export function stepCallRoute(app: App): Route<Intent> {
  return { pattern: /^learn\/(follow|solo)\/([a-z0-9-]+)$/, enter: (visit) => void enterCall(app, visit, visit.params[1]!, visit.params[0] as CallStep) };
}

async function enterCall(app: App, visit: Visit<Intent>, id: string, step: CallStep | undefined): Promise<void> {
  if (!app.stories.find(id)) return app.nav.replace('');
  const save = app.saves.callSave(id);
  const resumable = save?.mode === 'practice' && save.step === step;
  const start: CallStart = visit.intent?.start ?? (resumable ? { kind: 'resume', save } : { kind: 'new' });
  if (start.kind !== 'resume') app.saves.dropCall(id);
  // The story's own chunk downloads while the kit is made ready.
  const story = app.stories.load(id);
  story.catch(() => undefined); // reported below, if the kit loads at all
  const loaded = await app.kit.load();
  if (!loaded || !visit.live()) return;
  let scenario: Scenario;
  try {
    scenario = await story;
  } catch (error) {
    if (visit.live()) app.show(renderMessage('This call cannot start', `${(error as Error).message}.`, () => app.nav.go('')));
    return;
  }
  if (!visit.live()) return;
  let recordId: string | undefined;
  const call = loaded.chunk.runCall(
    {
      root: app.root,
      scenario,
      kit: loaded.kit,
      saves: app.saves,
      clock: browserClock,
      animate: app.kit.animate,
      mode: 'practice',
      step,
      scoring: loaded.kit.rubrics,
      freeText: true,
      onEnded: (report, durationMs) => {
        recordId = app.practice.keep(scenario, report, durationMs, step).id;
        // From now on this entry is the call's debrief: a reload or a return opens it, never the finished call.
        app.nav.rename(`debrief/${recordId}`);
      },
      next: { label: 'See your debrief', go: () => app.nav.replace(`debrief/${recordId!}`) },
      onMenu: () => app.nav.go(''),
      onFailure: (failure) => {
        if (failure.kind === 'save_refused') app.nav.replace('');
        else app.show(renderMessage('This call cannot go on', failure.message, () => app.nav.go('')));
      },
    },
    start,
  );
  if (call) visit.onLeave(() => call.stop());
}
