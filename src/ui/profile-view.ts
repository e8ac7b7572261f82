import type { Recommendation } from '../engine/profile/recommend.ts';
import { RECENT_CALLS, type SkillsProfile } from '../engine/profile/skills-profile.ts';
import { h } from './dom.ts';
import { renderSkillsChart } from './skills-chart.ts';

export interface ProfileActions {
  take(scenarioId: string): void;
  phrasebook(): void;
  menu(): void;
}

/** The trigger families as a table: how many of the trainee's lines fell into each, and which triggers. */
export function renderFamilies(profile: SkillsProfile, headingId: string): HTMLElement {
  const rows = profile.families.map((f) =>
    h(
      'tr',
      { attrs: { 'data-family': f.family, 'data-uses': f.uses } },
      h('th', { attrs: { scope: 'row' } }, f.family),
      h('td', {}, String(f.uses)),
      h('td', {}, f.uses === 0 ? '—' : f.triggers.filter((t) => t.uses > 0).map((t) => `${t.id.replace(/_/g, ' ')} (${t.uses})`).join(', ')),
    ),
  );
  return h(
    'table',
    { class: 'families-table', attrs: { 'aria-labelledby': headingId } },
    h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Trigger family'), h('th', { attrs: { scope: 'col' } }, 'Lines'), h('th', { attrs: { scope: 'col' } }, 'Which triggers'))),
    h('tbody', {}, ...rows),
  );
}

/** `#/profile`: the trainee's skills per technique and trigger family over their recent calls, and the call to take next. */
export function renderProfile(profile: SkillsProfile, next: Recommendation | undefined, actions: ProfileActions): HTMLElement {
  const none = profile.calls === 0;
  const recommendation = next
    ? h(
        'section',
        { class: 'panel recommendation', attrs: { 'aria-labelledby': 'next-heading', 'data-recommended': next.scenarioId, 'data-technique': next.technique?.id } },
        h('h2', { attrs: { id: 'next-heading' } }, 'What to practise next'),
        h('p', { class: 'next-title' }, h('strong', {}, next.title), next.technique ? ` — for “${next.technique.label}”` : ' — a first call'),
        h('p', { class: 'why' }, next.why),
        h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'take-recommended' }, on: { click: () => actions.take(next.scenarioId) } }, `Take the call: ${next.title}`),
      )
    : h('p', { class: 'notice' }, 'No scenario in this version of Frontline practises a technique, so there is nothing to recommend.');
  const weakest = next?.technique?.id;
  const lead = none
    ? 'You have not taken a practice call yet. Once you do, this page shows how often you picked the best line where each technique mattered, and the trigger phrases you used.'
    : `Over your last ${profile.calls} practice ${profile.calls === 1 ? 'call' : 'calls'} (the profile looks at your latest ${RECENT_CALLS}): how often you picked the best line where each technique mattered, and the trigger phrases you used. Every practice call updates it, in any step.`;
  return h(
    'section',
    { class: 'screen profile', attrs: { 'aria-labelledby': 'profile-heading', 'data-calls': profile.calls } },
    h('h1', { attrs: { id: 'profile-heading', tabindex: -1 } }, 'Your skills'),
    h('p', { class: 'lead' }, lead),
    recommendation,
    profile.unreplayed > 0 &&
      h('p', { class: 'notice' }, `${profile.unreplayed} of these ${profile.unreplayed === 1 ? 'call was' : 'calls were'} played on a scenario that has changed since, so only ${profile.unreplayed === 1 ? 'its' : 'their'} trigger phrases count.`),
    !none &&
      h(
        'section',
        { attrs: { 'aria-labelledby': 'techniques-heading' } },
        h('h2', { attrs: { id: 'techniques-heading' } }, 'Techniques'),
        renderSkillsChart(profile.techniques, weakest, 'Best lines picked out of the choices where each technique mattered (choices whose lines differ on it). “Not met yet”: none of your recent calls had such a choice.'),
      ),
    !none && h('section', { attrs: { 'aria-labelledby': 'families-heading' } }, h('h2', { attrs: { id: 'families-heading' } }, 'Trigger phrases you used'), renderFamilies(profile, 'families-heading')),
    h(
      'div',
      { class: 'scenario-actions' },
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-nav': 'phrasebook' }, on: { click: actions.phrasebook } }, 'Open the phrasebook'),
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-nav': 'menu' }, on: { click: actions.menu } }, 'Back to the menu'),
    ),
  );
}
