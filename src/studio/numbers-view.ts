import type { StudioNumbers } from '../engine/studio/studio-numbers.ts';
import { h } from '../ui/dom.ts';
import './studio-panels.css';

const RUBRIC_WORDS = { empathy: 'Empathy', ownership: 'Ownership', expectations: 'Expectations' } as const;

/** The scenario's numbers from its check: endings by outcome, each rubric's range, what naive strategies score, what it practises. */
export class NumbersView {
  readonly element: HTMLElement;
  private readonly body = h('div', { class: 'numbers-body' });
  private readonly status = h('p', { class: 'map-status', attrs: { role: 'status' } });

  constructor() {
    this.element = h('div', { class: 'studio-numbers-panel' }, this.status, this.body);
  }

  /** Say why the numbers are not up to date; the last numbers stay. */
  setStatus(words: string): void {
    this.status.textContent = words;
  }

  show(numbers: StudioNumbers): void {
    this.status.textContent = numbers.complete ? '' : 'The check did not see every path: these numbers cover the paths it saw.';
    const table = (caption: string, head: string[], rows: (string | HTMLElement)[][], numeric: number[] = []) =>
      h(
        'table',
        {},
        h('caption', { class: 'sr-only' }, caption),
        h('thead', {}, h('tr', {}, ...head.map((cell) => h('th', { attrs: { scope: 'col' } }, cell)))),
        h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell, i) => h('td', { class: numeric.includes(i) ? 'number' : undefined }, cell))))),
      );
    const strategyRows = numbers.strategies.map((s) => [
      s.name,
      String(s.overall),
      s.outcome ?? '—',
      s.tooClose ? h('span', { class: 'too-close' }, '! too close to the best') : 'well below the best',
    ]);
    const list = (items: string[], none: string) => (items.length === 0 ? h('p', {}, none) : h('ul', {}, ...items.map((item) => h('li', {}, item))));
    this.body.replaceChildren(
      h('h3', {}, 'Endings by outcome'),
      numbers.endings.length === 0 ? h('p', {}, 'No path reaches an ending with an outcome.') : table('Endings by outcome', ['Outcome', 'Endings'], numbers.endings.map((e) => [e.outcome, String(e.count)]), [1]),
      h('h3', {}, 'Raw rubric totals over the complete paths'),
      table('Lowest and highest raw total of each rubric over the complete paths', ['Rubric', 'Lowest', 'Highest'], numbers.rubrics.map((r) => [RUBRIC_WORDS[r.rubric], String(r.min), String(r.max)]), [1, 2]),
      h('h3', {}, `Naive strategies${numbers.bestOverall === undefined ? '' : ` (best path: ${Math.round(numbers.bestOverall * 10) / 10} overall)`}`),
      strategyRows.length === 0 ? h('p', {}, 'Not played: the check found errors, or no path reaches an ending.') : table('What naive strategies score', ['Strategy', 'Overall', 'Outcome', 'Against the best path'], strategyRows, [1]),
      h('h3', {}, 'Techniques practised'),
      list(numbers.techniques.map((t) => t.label), 'None: no choice point where the lines differ on a technique.'),
      h('h3', {}, 'Trigger families planted as traps'),
      list(numbers.triggerFamilies.map((f) => `${f.family} (${f.ids.join(', ')})`), 'None: no trigger phrase is offered beside a line without it.'),
    );
  }
}
