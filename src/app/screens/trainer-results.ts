import { renderCohortView } from '../../ui/cohort-view.ts';
import type { App, Intent } from '../app.ts';
import { cohortSkills } from '../cohort-skills.ts';
import type { Route } from '../router.ts';

/** `#/results`: the trainer's results view, which imports several trainees' exports. */
export function trainerResultsRoute(app: App): Route<Intent> {
  return { pattern: /^results$/, enter: () => app.show(renderCohortView({ skills: (exports) => cohortSkills(app, exports) })) };
}
