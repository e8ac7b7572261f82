import { h } from './dom.ts';
import './learn.css';

/** The Follow step's hint, shown above the lines on offer until one is picked. */
export class HintView {
  readonly element = h('aside', { class: 'follow-hint', attrs: { 'aria-live': 'polite', 'aria-label': 'Hint', hidden: true } });

  /** Show the hint for the choice point now on offer. */
  show(text: string): void {
    this.element.replaceChildren(h('h2', {}, 'Hint'), h('p', {}, text));
    this.element.hidden = false;
  }

  /** Hide the hint once a line is picked. */
  clear(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }
}
