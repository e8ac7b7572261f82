import { SCORED_RUBRICS } from '../engine/schema/rubric-ids.ts';
import type { ScenarioHeader } from '../engine/schema/tags.ts';
import type { Track } from '../engine/schema/track.ts';
import { h } from './dom.ts';
import { CHANNEL_LABELS, OUTCOME_LABELS, RUBRIC_LABELS } from './labels.ts';

/** Everything the rules statement shows. */
export interface IntroData {
  track: Track;
  /** the track's scenarios: the calls in order, or the pool an attempt draws from */
  calls: readonly ScenarioHeader[];
  /** trigger families that fail a call on this track */
  blockers: readonly string[];
  name: string;
}

/** What the form asks of the app; `begin` resolves to a problem to show, or undefined once the run has started. */
export interface IntroActions {
  begin(name: string): Promise<string | undefined>;
}

/** The certification entry: the rules in full, then the candidate's name and a button to begin the first call. */
export function renderCertificationIntro(data: IntroData, actions: IntroActions): HTMLElement {
  const { track } = data;
  const marks = h(
    'table',
    { class: 'marks' },
    h('caption', {}, 'Pass marks, for every call'),
    h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Rubric'), h('th', { attrs: { scope: 'col' } }, 'At least'))),
    h(
      'tbody',
      {},
      ...SCORED_RUBRICS.map((rubric) => h('tr', { attrs: { 'data-mark': rubric } }, h('th', { attrs: { scope: 'row' } }, RUBRIC_LABELS[rubric]), h('td', {}, `${track.pass.rubrics[rubric]}%`))),
      h('tr', { class: 'overall', attrs: { 'data-mark': 'overall' } }, h('th', { attrs: { scope: 'row' } }, RUBRIC_LABELS.overall), h('td', {}, `${track.pass.overall}%`)),
    ),
  );
  const wait = track.attempts.waitMinutes;
  const rules = h(
    'ul',
    { class: 'rules' },
    h('li', {}, h('strong', {}, 'No coaching, no retry, results at the end. '), 'You will not see ratings or advice during the calls, you cannot replay a call, and you see how you did only after the last call.'),
    h('li', {}, 'Every call must end ', data.track.pass.outcomes.map((o) => OUTCOME_LABELS[o].title.toLowerCase()).join(' or '), ', and meet every pass mark below.'),
    data.blockers.length > 0 && h('li', { attrs: { 'data-rules': 'blockers' } }, h('strong', {}, 'Blockers: '), 'one use of any of these fails that call: ', data.blockers.join('; '), '.'),
    h('li', { attrs: { 'data-rules': 'attempts' } }, `You may make ${track.attempts.max} attempts${wait > 0 ? `, at least ${wait} minutes apart` : ''}. An attempt cannot be restarted: if you leave or close the page, it resumes at the same call and line.`),
  );
  const name = h('input', { attrs: { id: 'candidate-name', name: 'candidate', type: 'text', required: true, autocomplete: 'name', maxlength: 80, value: data.name } });
  const problem = h('p', { class: 'form-problem', attrs: { role: 'alert' } });
  const begin = h('button', { class: 'primary', attrs: { type: 'submit', 'data-action': 'begin' } }, 'Begin the first call');
  const form = h(
    'form',
    { class: 'candidate-form' },
    h('label', { attrs: { for: 'candidate-name' } }, 'Your full name, as it should appear on the certificate'),
    name,
    problem,
    begin,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = name.value.trim();
    if (value === '') {
      problem.textContent = 'Enter your name to begin.';
      name.focus();
      return;
    }
    begin.disabled = true;
    void actions.begin(value).then((message) => {
      if (message === undefined) return;
      problem.textContent = message;
      begin.disabled = false;
    });
  });
  return h(
    'section',
    { class: 'screen certification-intro', attrs: { 'aria-labelledby': 'cert-heading' } },
    h('h1', { attrs: { id: 'cert-heading', tabindex: -1 } }, `Certification: ${track.name}`),
    h('p', { class: 'lead' }, track.description),
    h('div', { class: 'intro-grid' },
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'calls-heading' } },
        h('h2', { attrs: { id: 'calls-heading' } }, track.scenarios.order === 'fixed' ? `The ${data.calls.length} calls, in this order` : `${track.scenarios.draw} calls, drawn from these`),
        h('ol', { class: 'track-calls' }, ...data.calls.map((call) => h('li', { attrs: { 'data-scenario': call.id } }, h('strong', {}, call.title), ` (${CHANNEL_LABELS[call.channel]}, ${call.customer})`))),
        marks,
      ),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'rules-heading' } }, h('h2', { attrs: { id: 'rules-heading' } }, 'The rules'), rules, form),
    ),
  );
}
