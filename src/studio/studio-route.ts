import type { App, Intent } from '../app/app.ts';
import type { Route } from '../app/router.ts';
import { loadRubrics } from '../platform/rubric-data-source.ts';
import { StudioDrafts } from '../platform/studio-drafts.ts';
import { StudioPage } from './studio-page.ts';
import { mountPanels } from './studio-panels.ts';
import './studio.css';

/** The studio's address: `#/studio`, or `#/studio/ID` to open a shipped scenario. */
export const STUDIO_PATTERN = /^studio(?:\/([a-z0-9-]+))?$/;

/** `#/studio`: the scenario studio, where trainers write, check, map and play a scenario. */
export function studioRoute(app: App): Route<Intent> {
  return {
    pattern: STUDIO_PATTERN,
    enter(visit) {
      void (async () => {
        const drafts = await StudioDrafts.open().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
        if (!visit.live()) return;
        const rubrics = loadRubrics();
        const page = new StudioPage({ rubrics: rubrics.data, drafts, devServer: import.meta.env.DEV, now: app.now });
        const panels = mountPanels(page, page.view.panels, rubrics);
        app.show(page.view.root);
        visit.onLeave(() => {
          page.close();
          panels.stop();
        });
        await page.start(visit.params[0]);
      })();
    },
  };
}
