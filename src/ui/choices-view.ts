import { h } from './dom.ts';

/** The lines the trainee may say: real buttons, also picked with number keys 1–9. */
export class ChoicesView {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private pick: ((index: number) => void) | undefined;
  private concealed = false;

  constructor() {
    this.list = h('ol', { class: 'choices' });
    this.element = h('section', { class: 'choices-box', attrs: { 'aria-labelledby': 'choices-heading', hidden: true } }, h('h2', { attrs: { id: 'choices-heading' } }, 'What do you say?', h('span', { class: 'hint' }, ' Press 1–9 or choose a line.')), this.list);
    document.addEventListener('keydown', this.onKey);
  }

  /** Offer lines; `onPick` gets the 0-based index once, then the choices hide. */
  show(lines: readonly string[], onPick: (index: number) => void): void {
    this.pick = onPick;
    const buttons = lines.map((line, i) =>
      h('li', {}, h('button', { class: 'choice', attrs: { type: 'button', 'data-choice': i + 1 }, on: { click: () => this.choose(i) } }, h('span', { class: 'key', attrs: { 'aria-hidden': 'true' } }, String(i + 1)), h('span', { class: 'choice-text' }, line))),
    );
    this.list.replaceChildren(...buttons);
    this.element.hidden = this.concealed;
    if (!this.concealed) this.list.querySelector('button')?.focus();
  }

  /** Hide the lines on offer (and their number keys) for the harder setting, or show them again. */
  conceal(concealed: boolean): void {
    this.concealed = concealed;
    if (this.pick) this.element.hidden = concealed;
  }

  /** Take the choices away. */
  hide(): void {
    this.pick = undefined;
    this.element.hidden = true;
    this.list.replaceChildren();
  }

  /** Stop listening for number keys. */
  dispose(): void {
    document.removeEventListener('keydown', this.onKey);
  }

  private choose(index: number): void {
    const pick = this.pick;
    if (!pick) return;
    this.hide();
    pick(index);
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (!this.pick || this.concealed || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    const n = Number(event.key);
    if (!Number.isInteger(n) || n < 1 || n > this.list.children.length) return;
    event.preventDefault();
    this.choose(n - 1);
  };
}
