import modelPaths from 'virtual:frontline/model-paths';
import { watchScript } from '../../engine/learn/watch-script.ts';
import { loadRubrics } from '../../platform/rubric-data-source.ts';
import { renderMessage } from '../../ui/message-view.ts';
import { renderWatch } from '../../ui/watch-view.ts';
import type { App, Intent } from '../app.ts';
import { keepStep } from '../learn-step-records.ts';
import type { Route, Visit } from '../router.ts';

/** `#/learn/watch/ID`: the model call along the engine's exact best path, paused at each choice point to ask, then explain. */
export function watchRoute(app: App): Route<Intent> {
  return { pattern: /^learn\/watch\/([a-z0-9-]+)$/, enter: (visit) => void enterWatch(app, visit) };
}

async function enterWatch(app: App, visit: Visit<Intent>): Promise<void> {
  const entry = app.stories.find(visit.params[0]!);
  if (!entry) return app.nav.replace('');
  const cannot = (message: string) => app.show(renderMessage('The model call cannot be shown', message, () => app.nav.go(`learn/${entry.id}`)));
  const path = modelPaths[entry.id];
  if (!path) return cannot(`“${entry.header.title}” has no path from start to end, so there is no model call to watch.`);
  let json: string;
  try {
    json = (await app.stories.load(entry.id)).json;
  } catch (error) {
    if (visit.live()) cannot(`${(error as Error).message}.`);
    return;
  }
  if (!visit.live()) return;
  const { analyzer, rules } = loadRubrics();
  const script = watchScript(json, `${entry.id}.ink`, path, analyzer, rules);
  const vocabulary = new Map((rules.techniques ?? []).map((t) => [t.id, t] as const));
  const startedAt = app.now();
  app.show(
    renderWatch(entry.header.title, entry.header.customer, script, vocabulary, {
      // Watch plays the model's lines, not the trainee's: it keeps a step record (what they noticed), never a call record.
      finished: (noticed, asked) => keepStep(app, entry, 'watch', startedAt, { right: noticed, of: asked, seed: null }),
      follow: () => app.nav.go(`learn/follow/${entry.id}`, { start: { kind: 'new' } }),
      steps: () => app.nav.go(`learn/${entry.id}`),
    }),
  );
}
