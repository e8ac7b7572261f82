import type { Beat } from '../engine/schema/session.ts';
import type { Clock } from '../platform/clock.ts';
import type { SpokenLine } from './caller-voice-player.ts';
import { h } from './dom.ts';

/** The call transcript: a log whose new lines screen readers announce, revealed progressively on screen. */
export class TranscriptView {
  readonly element: HTMLElement;
  private skipRequested = false;

  constructor(
    private readonly names: { customer: string; agent: string },
    private readonly clock: Clock,
    /** how fast customer lines are typed out; 0 shows them whole */
    private readonly charsPerSecond: number,
  ) {
    this.element = h('div', { class: 'transcript', attrs: { role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Conversation' } });
    this.element.addEventListener('click', () => this.skip());
    // Follow the newest line when the log grows (a new line, or a typed line wrapping), after
    // layout: scrolling on every typed character would force a layout every frame.
    new ResizeObserver(() => this.scrollToEnd()).observe(this.element);
  }

  /** Finish the line being revealed at once. */
  skip(): void {
    this.skipRequested = true;
  }

  /**
   * Add a line; with `reveal`, type it out (resolving when done or skipped), else show it whole.
   * While `speech` speaks it, the text follows the speech (see SpokenLine.spoken), and the line ends with the speech.
   */
  async add(beat: Beat, reveal: boolean, onProgress?: (revealing: boolean) => void, speech?: SpokenLine): Promise<void> {
    const who = beat.speaker === 'agent' ? this.names.agent : beat.speaker === 'customer' ? this.names.customer : '';
    const text = h('span', { class: 'line-text' });
    const item = h('p', { class: `line ${beat.speaker}`, attrs: { 'data-speaker': beat.speaker } }, who && h('span', { class: 'who' }, `${who}: `), text);
    if (!reveal || this.charsPerSecond <= 0) {
      text.textContent = beat.text;
      this.element.append(item);
      this.scrollToEnd();
      return;
    }
    // Screen readers get the whole line once; the typed-out copy is for the eyes only.
    const whole = h('span', { class: 'sr-only' }, beat.text);
    text.setAttribute('aria-hidden', 'true');
    item.insertBefore(whole, text);
    this.element.append(item);
    this.skipRequested = false;
    onProgress?.(true);
    const started = this.clock.now();
    let spokenOut = false;
    void speech?.finished.then(() => (spokenOut = true));
    let shown = 0;
    await new Promise<void>((resolve) => {
      const step = () => {
        const seconds = (this.clock.now() - started) / 1000;
        const reached = speech ? (spokenOut ? beat.text.length : speech.spoken()) : Math.floor(seconds * this.charsPerSecond);
        // Never take back text already shown (boundary events may come after the speaking pace has run ahead).
        shown = this.skipRequested ? beat.text.length : Math.min(beat.text.length, Math.max(shown, reached));
        if (text.textContent.length !== shown) text.textContent = beat.text.slice(0, shown);
        if (shown >= beat.text.length && (!speech || spokenOut || this.skipRequested)) resolve();
        else requestAnimationFrame(step);
      };
      step();
    });
    // Skipping a line skips its speech too.
    if (this.skipRequested) speech?.stop();
    whole.remove();
    text.removeAttribute('aria-hidden');
    onProgress?.(false);
  }

  /** Remove every line (a fresh call). */
  clear(): void {
    this.element.replaceChildren();
  }

  private scrollToEnd(): void {
    const box = this.element.parentElement;
    if (box) box.scrollTop = box.scrollHeight;
  }
}
