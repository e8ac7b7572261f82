import { h } from './dom.ts';

/** The page shown when an LMS launch cannot go on: what is wrong, and what to tell the LMS administrator. */
export function renderLaunchError(reason: string, problems: readonly string[]): HTMLElement {
  return h(
    'section',
    { class: 'screen message launch-error', attrs: { 'aria-labelledby': 'launch-error-heading' } },
    h('h1', { attrs: { id: 'launch-error-heading', tabindex: -1 } }, 'This course could not start'),
    h('p', { attrs: { 'data-message': '' } }, reason),
    problems.length > 0 && h('ul', { attrs: { 'data-problems': '' } }, ...problems.map((problem) => h('li', {}, problem))),
    h('p', {}, 'Close this window and launch the course again from your learning platform. If it happens again, show this page to your LMS administrator.'),
  );
}
