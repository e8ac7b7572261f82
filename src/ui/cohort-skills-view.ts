import { recommendNext, type PractiseRef } from '../engine/profile/recommend.ts';
import { combineProfiles, RECENT_CALLS, type ProfileVocabulary, type SkillsProfile } from '../engine/profile/skills-profile.ts';
import { h } from './dom.ts';
import { renderFamilies } from './profile-view.ts';
import { renderSkillsChart } from './skills-chart.ts';
import { tableScroll } from './table-scroll.ts';

/** One trainee's profile as the results view shows it. */
export interface TraineeProfile {
  key: string;
  name: string;
  profile: SkillsProfile;
}

const col = (text: string) => h('th', { attrs: { scope: 'col' } }, text);

/**
 * The skills profiles in the trainer's results view: per trainee, the share of best lines per
 * technique over their latest calls and their weakest technique with the scenario for it; then
 * the cohort's profile (every trainee's counts added up) as a chart, and its trigger families.
 */
export function renderCohortSkills(trainees: readonly TraineeProfile[], vocabulary: ProfileVocabulary, scenarios: readonly PractiseRef[]): HTMLElement {
  const cohort = combineProfiles(
    trainees.map((t) => t.profile),
    vocabulary,
  );
  const techniques = vocabulary.techniques;
  const rows = trainees.map((t) => {
    const next = recommendNext(t.profile, scenarios);
    return h(
      'tr',
      { attrs: { 'data-skills-trainee': t.key, 'data-weakest': next?.technique?.id } },
      h('th', { attrs: { scope: 'row' } }, t.name),
      h('td', {}, String(t.profile.calls)),
      ...t.profile.techniques.map((skill) => h('td', { attrs: { 'data-technique': skill.id } }, skill.share === null ? '—' : `${skill.best}/${skill.chances}`)),
      h('td', {}, next?.technique ? `${next.technique.label}: “${next.title}”` : '—'),
    );
  });
  const weakest = recommendNext(cohort, scenarios)?.technique?.id;
  return h(
    'section',
    { class: 'cohort-skills', attrs: { 'aria-labelledby': 'skills-heading', 'data-cohort-calls': cohort.calls } },
    h('h2', { attrs: { id: 'skills-heading' } }, 'Skills per technique'),
    h('p', {}, `Each trainee’s latest ${RECENT_CALLS} practice calls: best lines picked out of the choices where each technique mattered (“—”: not met). Calls on a scenario changed since count for their triggers only.`),
    tableScroll(
      { labelledBy: 'skills-heading' },
      h(
        'table',
        { class: 'cohort-table skills-table', attrs: { 'aria-labelledby': 'skills-heading' } },
        h('thead', {}, h('tr', {}, col('Trainee'), col('Calls'), ...techniques.map((t) => col(t.label)), col('Weakest, and the call for it'))),
        h('tbody', {}, ...rows),
      ),
    ),
    h('h3', { attrs: { id: 'cohort-skills-heading' } }, 'The cohort'),
    renderSkillsChart(cohort.techniques, weakest, 'The cohort’s best lines per technique: every trainee’s recent calls added up.'),
    h('h3', { attrs: { id: 'cohort-families-heading' } }, 'Trigger phrases the cohort used'),
    renderFamilies(cohort, 'cohort-families-heading'),
  );
}
