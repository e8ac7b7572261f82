import { h } from './dom.ts';

/** A screen that explains why something cannot go on, with a way back. */
export function renderMessage(title: string, message: string, back: () => void): HTMLElement {
  return h(
    'section',
    { class: 'screen message', attrs: { 'aria-labelledby': 'message-heading' } },
    h('h1', { attrs: { id: 'message-heading', tabindex: -1 } }, title),
    h('p', { attrs: { 'data-message': '' } }, message),
    h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'menu' }, on: { click: back } }, 'Back to the menu'),
  );
}
