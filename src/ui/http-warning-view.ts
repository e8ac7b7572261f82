import { plainHttpWarning } from '../engine/xapi/endpoint-security.ts';
import { h } from './dom.ts';

/**
 * The warning shown while an LRS address is typed, and for saved settings, so that nobody sends
 * or reads statements over plain http:// without being told. `update` shows it for an address.
 */
export function httpWarningView(endpoint: string): { element: HTMLElement; update(endpoint: string): void } {
  const element = h('p', { class: 'notice warning', attrs: { 'data-lrs-http-warning': '', 'aria-live': 'polite' } });
  const update = (next: string) => {
    const warning = plainHttpWarning(next);
    element.textContent = warning ?? '';
    element.hidden = warning === undefined;
  };
  update(endpoint);
  return { element, update };
}
