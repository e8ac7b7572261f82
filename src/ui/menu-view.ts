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
    h('h1', { attrs: { id: 'menu-heading', tabindex: -1 } }, 'Practice calls'),
    h(
      'fieldset',
      { class: 'mode' },
      h('legend', {}, 'Mode'),
      h('label', {}, h('input', { attrs: { type: 'radio', name: 'mode', value: 'practice', checked: true } }), ' Practice: a coaching note after every line you say'),
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
