import type { CohortLabels } from '../../engine/cohort/cohort-tables.ts';
import { parseTrack } from '../../engine/schema/track.ts';
import { browserStore } from '../../platform/storage.ts';
import { loadRubrics } from '../../platform/rubric-data-source.ts';
import { renderCohortView } from '../../ui/cohort-view.ts';
import type { App, Intent } from '../app.ts';
import { cohortSkills } from '../cohort-skills.ts';
import type { Route } from '../router.ts';

// Every shipped track, so attempts read from an LRS are known complete when they have all their track's calls.
const TRACK_FILES = import.meta.glob<string>('../../../stories/*.track.json', { query: '?raw', import: 'default', eager: true });

/** `#/results`: the trainer's results view, over trainees' exports and an LRS. */
export function trainerResultsRoute(app: App): Route<Intent> {
  return {
    pattern: /^results$/,
    enter: () => {
      const tracks = Object.entries(TRACK_FILES).map(([file, text]) => parseTrack(text, file.replace(/^.*\/stories\//, 'stories/')).track);
      const data = loadRubrics().data;
      const families = new Map(data.triggers.map((t) => [t.id, t.family]));
      const techniques = new Map(data.techniques.map((t) => [t.id, t.label]));
      const labels: CohortLabels = { trigger: (id) => families.get(id) ?? id, technique: (id) => techniques.get(id) ?? id };
      const storyJson = (id: string) => (app.stories.find(id) ? app.stories.load(id).then((scenario) => scenario.json) : Promise.resolve(undefined));
      app.show(renderCohortView({ store: browserStore(), tracks, labels, storyJson, skills: (exports) => cohortSkills(app, exports) }));
    },
  };
}
