import { h } from './dom.ts';

/** A table that scrolls sideways on a narrow screen: a named, focusable region, so keyboard users can scroll it too. */
export function tableScroll(label: { labelledBy: string } | { label: string }, table: HTMLElement): HTMLElement {
  const name = 'labelledBy' in label ? { 'aria-labelledby': label.labelledBy } : { 'aria-label': label.label };
  return h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', ...name } }, table);
}
