import { LEARN_STEPS, STEP_LABELS, type LearnStep } from '../engine/learn/learn-steps.ts';
import { h } from './dom.ts';
import './learn.css';

/** Where the four steps come from, as the trainee reads it: the training text by title, never by file. */
export const FOUR_STEPS_SOURCE = 'the four-step process for training new staff, in the articles on service and sales';

/** What each step asks of the trainee, and its button. */
const STEP_TEXT: Record<LearnStep, { what: string; action: string }> = {
  watch: { what: 'A model agent takes the call along the best path. At each choice point you say what you noticed; then it explains why.', action: 'Watch the model call' },
  follow: { what: 'You take the call, with a hint before each choice point and a coaching note after each line.', action: 'Follow with hints' },
  solo: { what: 'You take the call on your own: no hints and no notes until the debrief.', action: 'Take it solo' },
  teach: { what: 'You grade another agent’s call: for each of their lines, the technique, any trigger phrase and a better line.', action: 'Grade another agent’s call' },
};

/** The four steps as a compact list, each marked done or not yet (in words too). */
export function stepMarks(done: ReadonlySet<LearnStep>): HTMLElement {
  return h(
    'ul',
    { attrs: { 'aria-label': 'Learning steps done' } },
    ...LEARN_STEPS.map((step) =>
      h('li', { attrs: { 'data-step': step, 'data-done': String(done.has(step)) } }, `${STEP_LABELS[step]} ${done.has(step) ? '✓' : '–'}`, h('span', { class: 'sr-only' }, done.has(step) ? ' done' : ' not yet')),
    ),
  );
}

/** What the overview of one scenario's steps asks of the app. */
export interface LearnOverviewActions {
  open(step: LearnStep, resume: boolean): void;
  menu(): void;
}

/** `#/learn/ID`: the four steps for one scenario, each with what it asks, whether it is done and its button. */
export function renderLearnOverview(title: string, done: ReadonlySet<LearnStep> | undefined, resumable: LearnStep | undefined, actions: LearnOverviewActions): HTMLElement {
  const cards = LEARN_STEPS.map((step, i) => {
    const id = `step-${step}-heading`;
    const state = done === undefined ? 'Your records could not be read' : done.has(step) ? 'Done' : 'Not yet';
    return h(
      'li',
      { class: 'learn-step', attrs: { 'data-step': step, 'aria-labelledby': id } },
      h('h2', { attrs: { id } }, `${i + 1}. ${STEP_LABELS[step]}`),
      h('p', { class: 'step-state', attrs: { 'data-done': String(done?.has(step) ?? false) } }, state),
      h('p', {}, STEP_TEXT[step].what),
      resumable === step && h('button', { class: 'primary', attrs: { type: 'button', 'data-action': `resume-${step}`, 'aria-describedby': id }, on: { click: () => actions.open(step, true) } }, 'Resume call'),
      h('button', { class: resumable === step ? 'secondary' : 'primary', attrs: { type: 'button', 'data-action': step, 'aria-describedby': id }, on: { click: () => actions.open(step, false) } }, STEP_TEXT[step].action),
    );
  });
  return h(
    'section',
    { class: 'screen learn learn-overview', attrs: { 'aria-labelledby': 'learn-heading' } },
    h('h1', { attrs: { id: 'learn-heading', tabindex: -1 } }, `Learn it in four steps: ${title}`),
    h(
      'p',
      { class: 'lede' },
      `The steps follow ${FOUR_STEPS_SOURCE}: show them how it is done, let them follow, let them do it on their own, then have them teach it. “Once they know it well enough to teach another person, they know it well enough.” Take them in order or jump to any one.`,
    ),
    h('ol', { class: 'learn-steps' }, ...cards),
    h('div', { class: 'learn-actions' }, h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'menu' }, on: { click: actions.menu } }, 'Back to the menu')),
  );
}

/** The menu's line for one scenario: its steps done and the way in. */
export function renderMenuSteps(done: ReadonlySet<LearnStep> | undefined, titleId: string, open: () => void): HTMLElement {
  return h(
    'div',
    { class: 'steps-done', attrs: { 'data-steps': '' } },
    done === undefined ? h('span', {}, 'Learning steps') : stepMarks(done),
    h('button', { class: 'secondary small', attrs: { type: 'button', 'data-action': 'learn', 'aria-describedby': titleId }, on: { click: open } }, 'Learn it in four steps'),
  );
}
