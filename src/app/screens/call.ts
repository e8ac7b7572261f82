import { browserClock } from '../../platform/clock.ts';
import type { CallStart, Scenario } from '../../ui/call-controller.ts';
import { renderMessage } from '../../ui/message-view.ts';
import type { App, Intent } from '../app.ts';
import type { Route, Visit } from '../router.ts';

/** `#/call/ID`: a practice call; after a reload or Back it resumes the scenario's save, else starts afresh. */
export function callRoute(app: App): Route<Intent> {
  return { pattern: /^call\/([a-z0-9-]+)$/, enter: (visit) => void enterCall(app, visit) };
}

async function enterCall(app: App, visit: Visit<Intent>): Promise<void> {
  const id = visit.params[0]!;
  if (!app.stories.find(id)) return app.nav.replace('');
  const save = app.saves.callSave(id);
  const start: CallStart = visit.intent?.start ?? (save?.mode === 'practice' ? { kind: 'resume', save } : { kind: 'new' });
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
      scoring: loaded.kit.rubrics,
      freeText: true,
      onEnded: (report, durationMs) => {
        recordId = app.practice.keep(scenario, report, durationMs).id;
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
