import { h } from './dom.ts';
import { MAX_RATED_LINE_CHARS } from '../engine/analyzer/line-limit.ts';
import './reply.css';

/** "Say it in your own words": a text box under the lines on offer; Enter sends, Shift+Enter starts a new line. */
export class ReplyView {
  readonly element: HTMLElement;
  private readonly text: HTMLTextAreaElement;
  private readonly refusal: HTMLElement;
  private readonly heading: HTMLElement;
  private send: ((reply: string) => void) | undefined;

  constructor() {
    this.text = h('textarea', { attrs: { id: 'reply-text', rows: 2, maxlength: MAX_RATED_LINE_CHARS, 'aria-describedby': 'reply-refused', autocomplete: 'off', spellcheck: 'true' } });
    this.heading = h('label', { attrs: { for: 'reply-text', id: 'reply-heading' } }, 'Say it in your own words');
    this.refusal = h('p', { class: 'reply-refused', attrs: { id: 'reply-refused', role: 'alert', hidden: true } });
    const form = h(
      'form',
      { class: 'reply-form', on: { submit: (event) => (event.preventDefault(), this.submit()) } },
      this.heading,
      h('div', { class: 'reply-row' }, this.text, h('button', { class: 'primary', attrs: { type: 'submit', 'data-action': 'send-reply' } }, 'Say it')),
    );
    this.text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      }
    });
    this.element = h('section', { class: 'reply-box', attrs: { 'aria-labelledby': 'reply-heading', hidden: true } }, form, this.refusal);
  }

  /** Offer the box; `onSend` gets each reply typed until the box is hidden. With `only`, it is the one way to answer (the lines are hidden), and it takes the focus. */
  show(onSend: (reply: string) => void, only: boolean): void {
    this.send = onSend;
    this.setOnly(only);
    this.refusal.hidden = true;
    this.element.hidden = false;
    if (only) this.text.focus();
  }

  /** Make the box the one way to answer (the lines are hidden), or one beside the lines. */
  setOnly(only: boolean): void {
    this.heading.textContent = only ? 'What do you say? Type your reply' : 'Or say it in your own words';
  }

  /** The reply fits no line on offer: say so and keep it, to rephrase. */
  refuse(reason: string): void {
    this.refusal.textContent = reason;
    this.refusal.hidden = false;
    this.text.focus();
  }

  /** Take the box away and empty it. */
  hide(): void {
    this.send = undefined;
    this.element.hidden = true;
    this.text.value = '';
    this.refusal.hidden = true;
  }

  private submit(): void {
    const reply = this.text.value.trim();
    if (!this.send || reply === '') return;
    this.send(reply);
  }
}
