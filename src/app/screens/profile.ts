import studies from 'virtual:frontline/study';
import { recommendNext } from '../../engine/profile/recommend.ts';
import { recentCalls, skillsProfile } from '../../engine/profile/skills-profile.ts';
import { loadRubrics } from '../../platform/rubric-data-source.ts';
import { h } from '../../ui/dom.ts';
import { renderProfile } from '../../ui/profile-view.ts';
import type { App, Intent } from '../app.ts';
import { practiceOfRecords } from '../call-practice.ts';
import type { Route, Visit } from '../router.ts';

/** `#/profile`: the trainee's skills profile, computed from their practice call records, and the next call to take. */
export function profileRoute(app: App): Route<Intent> {
  return { pattern: /^profile$/, enter: (visit) => void enterProfile(app, visit) };
}

async function enterProfile(app: App, visit: Visit<Intent>): Promise<void> {
  app.show(h('section', { class: 'screen', attrs: { 'aria-busy': 'true' } }, h('h1', { attrs: { tabindex: -1 } }, 'Your skills'), h('p', {}, 'Reading your calls…')));
  const opened = await app.records.load();
  if (!opened || !visit.live()) return;
  const rubrics = loadRubrics();
  const recent = recentCalls(opened.loaded.calls.filter((call) => call.kind === 'practice'));
  const practice = await practiceOfRecords(recent, app.stories, rubrics);
  if (!visit.live()) return;
  const profile = skillsProfile(practice, { techniques: rubrics.data.techniques, triggers: rubrics.data.triggers });
  const bundled = studies.filter((s) => app.stories.find(s.id));
  app.show(
    renderProfile(profile, recommendNext(profile, bundled), {
      take: (id) => app.nav.go(`call/${id}`, { start: { kind: 'new' } }),
      phrasebook: () => app.nav.go('phrasebook'),
      menu: () => app.nav.go(''),
    }),
  );
}
