import { teachCall } from '../../engine/learn/teach-call.ts';
import { drawShuffleSeed } from '../../engine/story/shown-order.ts';
import { loadRubrics } from '../../platform/rubric-data-source.ts';
import { renderMessage } from '../../ui/message-view.ts';
import { renderTeach } from '../../ui/teach-view.ts';
import type { App, Intent } from '../app.ts';
import { keepStep } from '../learn-step-records.ts';
import type { Route, Visit } from '../router.ts';

/** `#/learn/teach/ID`: grade another agent's call through the scenario, drawn afresh each time, against the engine's own ratings. */
export function teachRoute(app: App): Route<Intent> {
  return { pattern: /^learn\/teach\/([a-z0-9-]+)$/, enter: (visit) => void enterTeach(app, visit) };
}

async function enterTeach(app: App, visit: Visit<Intent>): Promise<void> {
  const entry = app.stories.find(visit.params[0]!);
  if (!entry) return app.nav.replace('');
  let json: string;
  try {
    json = (await app.stories.load(entry.id)).json;
  } catch (error) {
    if (visit.live()) app.show(renderMessage('The call to grade cannot be shown', `${(error as Error).message}.`, () => app.nav.go(`learn/${entry.id}`)));
    return;
  }
  if (!visit.live()) return;
  const { analyzer, rules, data } = loadRubrics();
  // Each visit grades another agent's call; its seed is kept in the record, so the same call can be rebuilt.
  const call = teachCall(json, `${entry.id}.ink`, drawShuffleSeed(Math.random), analyzer, rules, data.triggers);
  const vocabulary = new Map((rules.techniques ?? []).map((t) => [t.id, t] as const));
  const startedAt = app.now();
  app.show(
    renderTeach(entry.header.title, entry.header.customer, call, vocabulary, data.triggers, {
      graded: (grade) => keepStep(app, entry, 'teach', startedAt, { right: grade.agreed, of: grade.total, seed: call.seed }),
      again: () => app.nav.replace(`learn/teach/${entry.id}`),
      steps: () => app.nav.go(`learn/${entry.id}`),
    }),
  );
}
