import type { TypingSpeed } from '../platform/saved-data.ts';
import { h } from './dom.ts';

/** Characters per second for each typing speed; 0 shows a line whole. */
export const CHARS_PER_SECOND: Record<TypingSpeed, number> = { slow: 35, normal: 70, fast: 140, instant: 0 };

const LABELS: Record<TypingSpeed, string> = { slow: 'Slow', normal: 'Normal', fast: 'Fast', instant: 'Instant (no typing)' };

/** A choice of how fast the customer's lines are typed out; `onChange` persists it, and the next line uses it. */
export function renderTypingControl(initial: TypingSpeed, onChange: (speed: TypingSpeed) => void): HTMLElement {
  const select = h(
    'select',
    { attrs: { id: 'typing-speed' } },
    ...(Object.keys(LABELS) as TypingSpeed[]).map((speed) => h('option', { attrs: { value: speed, selected: speed === initial || undefined } }, LABELS[speed])),
  );
  select.addEventListener('change', () => onChange(select.value as TypingSpeed));
  return h('div', { class: 'typing-control' }, h('label', { attrs: { for: 'typing-speed' } }, 'Typing'), select);
}
