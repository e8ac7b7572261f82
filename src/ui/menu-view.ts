import type { ScenarioHeader } from '../engine/schema/tags.ts';
import type { BestScore } from '../platform/saved-data.ts';
import { h } from './dom.ts';
import { CHANNEL_LABELS, DIFFICULTY_LABELS } from './labels.ts';

/** One scenario as the menu lists it. */
export interface MenuEntry {
  header: ScenarioHeader;
  best: BestScore | undefined;
  hasSave: boolean;
}

/** What the menu asks of the app. */
export interface MenuActions {
  start(scenarioId: string, resume: boolean): void;
  certification(): void;
  history(): void;
  results(): void;
  /** the LRS settings and outbox */
  lrs(): void;
  /** the trainers' scenario studio: write, check, map and play a scenario */
  studio(): void;
  /** the trainee's skills profile and what to practise next */
  profile(): void;
  phrasebook(): void;
}

/** The scenario list: plain DOM, usable before the game code has loaded. */
export function renderMenu(entries: readonly MenuEntry[], actions: MenuActions): HTMLElement {
  const items = entries.map(({ header, best, hasSave }) => {
    const titleId = `scenario-${header.id}`;
    return h(
      'li',
      { class: 'scenario', attrs: { 'data-scenario': header.id } },
      h('h3', { attrs: { id: titleId } }, header.title),
      h(
        'p',
        { class: 'scenario-facts' },
        h('span', { class: `channel channel-${header.channel}` }, CHANNEL_LABELS[header.channel]),
        h('span', { class: 'difficulty', attrs: { title: `Difficulty ${header.difficulty} of 3` } }, `${'●'.repeat(header.difficulty)}${'○'.repeat(3 - header.difficulty)} ${DIFFICULTY_LABELS[header.difficulty as 1 | 2 | 3]}`),
        h('span', { class: 'customer' }, `Customer: ${header.customer}`),
      ),
      h('p', { class: 'summary' }, header.summary),
      h(
        'p',
        { class: 'best', attrs: { 'data-best': best ? best.scores.overall : undefined } },
        best ? `Your best: ${best.scores.overall}%` : 'Not played yet',
      ),
      h(
        'div',
        { class: 'scenario-actions' },
        hasSave &&
          h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'resume', 'aria-describedby': titleId }, on: { click: () => actions.start(header.id, true) } }, 'Resume call'),
        h(
          'button',
          { class: hasSave ? 'secondary' : 'primary', attrs: { type: 'button', 'data-action': 'start', 'aria-describedby': titleId }, on: { click: () => actions.start(header.id, false) } },
          hasSave ? 'Start over' : 'Take the call',
        ),
      ),
    );
  });
  const list = h('ul', { class: 'scenario-list', attrs: { 'aria-labelledby': 'scenarios-heading' } }, ...items);
  list.addEventListener('keydown', (event) => moveBetweenButtons(list, event));
  return h(
    'section',
    { class: 'screen menu', attrs: { 'aria-labelledby': 'menu-heading' } },
    h('h1', { attrs: { id: 'menu-heading', tabindex: -1 } }, 'Customer-service training'),
    h(
      'div',
      { class: 'modes' },
      h('div', { class: 'mode-card current' }, h('h2', {}, 'Practice'), h('p', {}, 'A coaching note after every line you say, a debrief after every call, and as many retries as you like.')),
      h(
        'div',
        { class: 'mode-card' },
        h('h2', {}, 'Certification'),
        h('p', {}, 'A fixed set of calls judged against pass marks: no coaching, no retry, results at the end, and a certificate when you pass.'),
        h('button', { class: 'secondary', attrs: { type: 'button', 'data-nav': 'certification' }, on: { click: actions.certification } }, 'Go to certification'),
      ),
      h(
        'nav',
        { class: 'mode-card', attrs: { 'aria-label': 'Records' } },
        h('h2', {}, 'Records'),
        h('p', {}, 'Your past calls and attempts, with exports; and, for trainers, a cohort’s results and the studio where scenarios are written.'),
        h(
          'div',
          { class: 'scenario-actions' },
          h('button', { class: 'secondary', attrs: { type: 'button', 'data-nav': 'history' }, on: { click: actions.history } }, 'Your history'),
          h('button', { class: 'secondary', attrs: { type: 'button', 'data-nav': 'results' }, on: { click: actions.results } }, 'Trainer’s results'),
          h('button', { class: 'secondary', attrs: { type: 'button', 'data-nav': 'lrs' }, on: { click: actions.lrs } }, 'LRS settings'),
          h('button', { class: 'secondary', attrs: { type: 'button', 'data-nav': 'studio' }, on: { click: actions.studio } }, 'Scenario studio'),
        ),
      ),
      h(
        'nav',
        { class: 'mode-card', attrs: { 'aria-label': 'Skills' } },
        h('h2', {}, 'Skills'),
        h('p', {}, 'How often you pick the best line per technique, and what to practise next; the team’s phrasebook of model answers.'),
        h(
          'div',
          { class: 'scenario-actions' },
          h('button', { class: 'secondary', attrs: { type: 'button', 'data-nav': 'profile' }, on: { click: actions.profile } }, 'Your skills'),
          h('button', { class: 'secondary', attrs: { type: 'button', 'data-nav': 'phrasebook' }, on: { click: actions.phrasebook } }, 'Phrasebook'),
        ),
      ),
    ),
    h('h2', { attrs: { id: 'scenarios-heading' } }, 'Choose a caller'),
    list,
  );
}

/** Up and down arrows move between the scenarios' buttons, as in a list box. */
function moveBetweenButtons(list: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('.scenario-actions button:first-child')];
  const current = buttons.findIndex((b) => b.closest('li')?.contains(document.activeElement));
  const next = buttons[Math.max(0, Math.min(buttons.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}
