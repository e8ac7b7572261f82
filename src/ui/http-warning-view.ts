import { plainHttpWarning } from '../engine/xapi/endpoint-security.ts';
import { h } from './dom.ts';

/**
 * The warning shown while an LRS address is typed, and for saved settings, so that nobody sends
 * or reads statements over plain http:// without being told; `follow` listens to a form's typing.
 */
export function httpWarningView(endpoint: string): { element: HTMLElement; follow(event: Event): void } {
  const element = h('p', { class: 'notice warning', attrs: { 'data-lrs-http-warning': '', 'aria-live': 'polite' } });
  const update = (next: string) => {
    const warning = plainHttpWarning(next);
    element.textContent = warning ?? '';
    element.hidden = warning === undefined;
  };
  update(endpoint);
  // For a form's input events: follows its `endpoint` field as it is typed.
  const follow = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'endpoint') update(target.value);
  };
  return { element, follow };
}
