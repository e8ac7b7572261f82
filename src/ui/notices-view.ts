import type { SetAsideNotice } from '../platform/saved-data-store.ts';
import { h } from './dom.ts';

/** Show what saved data was set aside and why, in a polite status region. */
export function showNotices(region: HTMLElement, notices: readonly SetAsideNotice[]): void {
  if (notices.length === 0) return;
  const close = h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => box.remove() } }, 'Dismiss');
  const box = h(
    'div',
    { class: 'notice', attrs: { 'data-notice': 'set-aside' } },
    h('p', {}, h('strong', {}, 'Some saved data could not be used. '), 'It was set aside (not deleted), and everything else is as you left it.'),
    h('ul', {}, ...notices.map((n) => h('li', {}, `${n.what}: ${n.reason}.`, detailFor(n.detail)))),
    close,
  );
  region.append(box);
}

/** The technical detail of a problem, folded away: the trainee reads the words, a trainer or a bug report may need this. */
export function detailFor(detail: string | undefined): HTMLElement | undefined {
  return detail === undefined ? undefined : h('details', { class: 'problem-detail' }, h('summary', {}, 'Details for your trainer'), h('code', {}, detail));
}

/** Report something that went wrong while storing or reading records, until dismissed. */
export function showProblem(region: HTMLElement, message: string): void {
  const close = h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => box.remove() } }, 'Dismiss');
  const box = h('div', { class: 'notice', attrs: { 'data-notice': 'problem' } }, h('p', {}, message), close);
  region.append(box);
}
