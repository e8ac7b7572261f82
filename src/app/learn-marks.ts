import type { LearnStep } from '../engine/learn/learn-steps.ts';
import { renderMenuSteps } from '../ui/learn-steps-view.ts';
import type { App } from './app.ts';

/** The learning steps done per scenario, from the records; undefined when the records cannot be read (nothing else stops). */
export async function learningSteps(app: App): Promise<Map<string, Set<LearnStep>> | undefined> {
  try {
    return await (await app.records.open()).learningSteps();
  } catch {
    return undefined;
  }
}

/** Add to each scenario of the menu its way into the four steps, then the steps done once the records are read. */
export async function showLearnSteps(app: App, menu: HTMLElement): Promise<void> {
  const items = [...menu.querySelectorAll<HTMLElement>('li.scenario[data-scenario]')];
  const place = (done: Map<string, Set<LearnStep>> | undefined) => {
    for (const item of items) {
      const id = item.dataset['scenario']!;
      const line = renderMenuSteps(done === undefined ? undefined : (done.get(id) ?? new Set()), `scenario-${id}`, () => app.nav.go(`learn/${id}`));
      const old = item.querySelector('[data-steps]');
      if (old) old.replaceWith(line);
      else item.querySelector('.scenario-actions')?.before(line);
    }
  };
  place(undefined);
  place(await learningSteps(app));
}
