import { h } from './dom.ts';

/** A progress bar for the call's code and sounds, shown only when the trainee has to wait. */
export function renderLoading(): { element: HTMLElement; update(fraction: number, step: string): void; fail(message: string): void } {
  const bar = h('progress', { attrs: { max: 100, value: 0, 'aria-labelledby': 'loading-label' } });
  const step = h('p', { class: 'loading-step' }, 'Starting…');
  const element = h('section', { class: 'screen loading', attrs: { 'aria-busy': 'true' } }, h('h1', { attrs: { id: 'loading-label', tabindex: -1 } }, 'Getting your workstation ready'), bar, step);
  return {
    element,
    update(fraction, text) {
      bar.value = Math.round(fraction * 100);
      step.textContent = `${text} (${Math.round(fraction * 100)}%)`;
    },
    fail(message) {
      element.setAttribute('aria-busy', 'false');
      step.textContent = message;
      step.setAttribute('role', 'alert');
    },
  };
}
