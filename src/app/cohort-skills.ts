import studies from 'virtual:frontline/study';
import { recentCalls, skillsProfile } from '../engine/profile/skills-profile.ts';
import { practiceCallsByTrainee } from '../engine/profile/trainee-calls.ts';
import type { ExportDocument } from '../engine/records/export-document.ts';
import { loadRubrics } from '../platform/rubric-data-source.ts';
import { renderCohortSkills } from '../ui/cohort-skills-view.ts';
import { h } from '../ui/dom.ts';
import type { App } from './app.ts';
import { practiceOfRecords } from './call-practice.ts';

/**
 * The results view's skills section: each trainee's profile over their latest practice calls,
 * replayed against the bundled stories, and the cohort's. It fills in when the replays are done.
 */
export function cohortSkills(app: App, exports: readonly ExportDocument[]): HTMLElement {
  const holder = h('div', { class: 'cohort-skills-holder', attrs: { 'aria-busy': 'true' } }, h('p', {}, 'Working out each trainee’s skills…'));
  const rubrics = loadRubrics();
  const vocabulary = { techniques: rubrics.data.techniques, triggers: rubrics.data.triggers };
  void Promise.all(
    practiceCallsByTrainee(exports).map(async (trainee) => ({
      key: trainee.key,
      name: trainee.name,
      profile: skillsProfile(await practiceOfRecords(recentCalls(trainee.calls), app.stories, rubrics), vocabulary),
    })),
  ).then(
    (trainees) => {
      holder.replaceChildren(renderCohortSkills(trainees, vocabulary, studies.filter((s) => app.stories.find(s.id))));
      holder.removeAttribute('aria-busy');
    },
    (error: unknown) => {
      holder.replaceChildren(h('p', { class: 'notice', attrs: { role: 'alert' } }, `The trainees’ skills could not be worked out: ${(error as Error).message}. The rest of the results are unaffected.`));
      holder.removeAttribute('aria-busy');
    },
  );
  return holder;
}
