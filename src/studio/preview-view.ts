import { GRADE_MARKS } from '../engine/studio/choice-grade.ts';
import { PreviewCall, type PreviewInput, type PreviewLine } from '../engine/studio/preview-call.ts';
import { SCORED_RUBRICS } from '../engine/schema/rubric-ids.ts';
import { h } from '../ui/dom.ts';
import './studio-panels.css';

const SPEAKERS: Record<PreviewLine['speaker'], string> = { customer: 'Customer', agent: 'You', narration: 'Narration' };
const RUBRIC_WORDS: Record<(typeof SCORED_RUBRICS)[number] | 'overall', string> = {
  empathy: 'Empathy',
  ownership: 'Ownership',
  expectations: 'Expectations',
  triggers: 'Trigger phrases',
  overall: 'Overall',
};

/** What the preview tells the studio. */
export interface PreviewViewOptions {
  /** a line of the preview was clicked: open its source line */
  onOpenLine(line: number): void;
  /** the call's path changed (0-based authored choices): the map highlights it */
  onPath(choices: readonly number[]): void;
}

/**
 * The call as a trainee plays it, in text: the customer's lines, the lines on offer, each line
 * said with its ratings and the coach's note, and the scores at the end. Every line is a button
 * that opens its source line; each line said can restart the call from that choice.
 */
export class PreviewView {
  readonly element: HTMLElement;
  private readonly log = h('ol', { class: 'preview-log', attrs: { 'aria-label': 'The call so far' } });
  private readonly next = h('div', { class: 'preview-next' });
  private readonly status = h('p', { class: 'map-status', attrs: { role: 'status' } });
  private call: PreviewCall | undefined;
  /** the customer's name, from the scenario's header */
  private customer = SPEAKERS.customer;

  constructor(private readonly options: PreviewViewOptions) {
    const restart = h('button', { class: 'secondary small', attrs: { type: 'button' }, on: { click: () => this.restartAt(0) } }, 'Restart');
    this.element = h('div', { class: 'studio-preview-panel' }, h('div', { class: 'panel-tools' }, restart), this.status, this.log, this.next);
  }

  /**
   * Play a newly compiled version of the scenario, making the choices made so far again as far
   * as the new version offers them, so an edit does not send the trainer back to the start.
   */
  load(input: PreviewInput, customer?: string): void {
    this.customer = customer ?? SPEAKERS.customer;
    const path = this.call?.path ?? [];
    this.call = new PreviewCall(input);
    for (const pick of path) {
      if (!this.call.options[pick]) break;
      this.call.choose(pick);
    }
    this.status.textContent = '';
    this.render();
  }

  /** Say why the preview is not up to date (the source does not compile, say); the last call stays. */
  setStatus(words: string): void {
    this.status.textContent = words;
  }

  private restartAt(step: number): void {
    if (!this.call) return;
    this.call.restartAt(step);
    this.render();
    this.next.querySelector('button')?.focus();
  }

  private choose(index: number): void {
    this.call!.choose(index);
    this.render();
    (this.next.querySelector('button, [tabindex]') as HTMLElement | null)?.focus();
  }

  private render(): void {
    const call = this.call!;
    this.log.replaceChildren(...call.lines.map((line) => this.line(line)));
    this.log.scrollTop = this.log.scrollHeight;
    this.options.onPath(call.path);
    if (call.problem !== undefined) {
      this.next.replaceChildren(h('div', { class: 'preview-end stopped', attrs: { tabindex: -1 } }, h('h3', {}, 'The call stops here without an ending'), h('p', {}, call.problem)));
      return;
    }
    if (call.ended) {
      this.next.replaceChildren(this.ending());
      return;
    }
    const options = call.options.map((option, i) =>
      h('li', {}, h('button', { class: 'secondary', attrs: { type: 'button', 'data-line': option.line }, on: { click: () => this.choose(i) } }, `${i + 1}. ${option.text}`)),
    );
    this.next.replaceChildren(h('h3', { class: 'sr-only' }, 'Lines on offer'), h('ol', { class: 'preview-options', attrs: { 'aria-label': 'Lines on offer' } }, ...options));
  }

  private line(line: PreviewLine): HTMLElement {
    const opener = line.line;
    const text = h(
      'button',
      {
        class: 'line-text',
        attrs: { type: 'button', 'data-line': opener, 'aria-label': `${line.speaker === 'customer' ? this.customer : SPEAKERS[line.speaker]}: ${line.text}${opener === undefined ? '' : ` (line ${opener})`}`, disabled: opener === undefined },
        on: { click: () => opener !== undefined && this.options.onOpenLine(opener) },
      },
      line.text,
    );
    const speaker = line.speaker === 'customer' ? this.customer : SPEAKERS[line.speaker];
    const item = h('li', { class: `preview-line ${line.speaker}` }, h('span', { class: 'preview-speaker', attrs: { 'aria-hidden': 'true' } }, speaker), text);
    const rated = line.rated;
    if (rated && line.step !== undefined) {
      const step = line.step;
      const mark = GRADE_MARKS[rated.grade];
      item.append(
        h(
          'div',
          { class: 'preview-rating' },
          h('span', { class: `grade grade-${rated.grade}` }, `${mark.symbol} ${mark.words}`),
          h('span', {}, rated.ratings),
          h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => this.restartAt(step) } }, `Restart from choice ${step + 1}`),
        ),
        h('p', { class: 'preview-coach' }, rated.coaching.verdict, rated.coaching.reason ? ` ${rated.coaching.reason}` : '', rated.coaching.better ? ` Better: “${rated.coaching.better}”` : ''),
      );
    }
    return item;
  }

  private ending(): HTMLElement {
    const report = this.call!.report()!;
    const scores = report.scores;
    const rows = ([...SCORED_RUBRICS, 'overall'] as const).flatMap((rubric) => {
      const value = scores[rubric];
      return [h('dt', {}, RUBRIC_WORDS[rubric]), h('dd', { attrs: { 'data-score': rubric } }, value === null ? 'not assessed' : `${value} %`)];
    });
    return h(
      'div',
      { class: 'preview-end', attrs: { tabindex: -1, 'aria-labelledby': 'preview-end-title' } },
      h('h3', { attrs: { id: 'preview-end-title' } }, `The call ends: ${report.outcome ?? 'no outcome'}`),
      h('dl', { class: 'preview-scores' }, ...rows),
      h('p', {}, `Path: ${report.path.join(',')} (frontline play --choose ${report.path.join(',')})`),
    );
  }
}
