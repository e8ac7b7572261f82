import type { Expression, ScenarioHeader } from '../engine/schema/tags.ts';
import type { Clock } from '../platform/clock.ts';
import { CaptionsView } from './captions-view.ts';
import { ChoicesView } from './choices-view.ts';
import { CoachingView } from './coaching-view.ts';
import { HintView } from './hint-view.ts';
import { h, signed } from './dom.ts';
import { CHANNEL_LABELS } from './labels.ts';
import { ReplyView } from './reply-view.ts';
import { TranscriptView } from './transcript-view.ts';

/** The call screen's DOM: stage slot, captions, transcript, coaching, choices and the end-of-call box. */
export class CallView {
  readonly element: HTMLElement;
  readonly transcript: TranscriptView;
  readonly choices = new ChoicesView();
  readonly coaching = new CoachingView();
  readonly hint = new HintView();
  readonly captions = new CaptionsView();
  readonly reply = new ReplyView();
  private readonly skip: HTMLButtonElement;
  private readonly ended: HTMLElement;
  private readonly stageSlot: HTMLElement;
  private readonly transcriptBox: HTMLElement;
  private readonly callerStatus = h('p', { class: 'sr-only', attrs: { role: 'status' } });
  private readonly customer: string;

  constructor(header: ScenarioHeader, clock: Clock, actions: { leave(): void }, charsPerSecond: number) {
    this.customer = header.customer;
    this.transcript = new TranscriptView({ customer: header.customer, agent: 'You' }, clock, charsPerSecond);
    this.skip = h('button', { class: 'secondary small skip', attrs: { type: 'button', hidden: true }, on: { click: () => this.transcript.skip() } }, 'Show whole line (Esc)');
    this.ended = h('div', { class: 'call-ended', attrs: { hidden: true } });
    this.stageSlot = h('div', { class: 'stage-slot' });
    // Focusable so keyboard users can scroll it, and where focus rests while the caller answers.
    this.transcriptBox = h('div', { class: 'transcript-box', attrs: { tabindex: 0, role: 'region', 'aria-label': 'Transcript' } }, this.transcript.element);
    this.element = h(
      'section',
      { class: `screen call call-${header.channel}`, attrs: { 'aria-labelledby': 'call-heading', 'data-channel': header.channel } },
      h(
        'header',
        { class: 'call-header' },
        h('div', {}, h('h1', { attrs: { id: 'call-heading', tabindex: -1 } }, header.title), h('p', { class: 'call-sub' }, `${CHANNEL_LABELS[header.channel]} · ${header.customer}`)),
        h('button', { class: 'secondary small', attrs: { type: 'button', 'data-action': 'leave' }, on: { click: actions.leave } }, 'Leave (progress is saved)'),
      ),
      h(
        'div',
        { class: 'call-body' },
        h('div', { class: 'stage-col' }, this.stageSlot, this.captions.element, this.callerStatus),
        h('div', { class: 'talk-col' }, this.transcriptBox, this.skip, this.coaching.element, this.hint.element, this.choices.element, this.reply.element, this.ended),
      ),
    );
  }

  /** Add the call's own settings under its heading. */
  placeOptions(options: HTMLElement): void {
    const heading = this.element.querySelector('.call-header > div');
    heading?.querySelector('.call-options')?.remove();
    heading?.append(options);
  }

  /** Put the drawn stage in its slot. */
  placeStage(stage: HTMLElement): void {
    stage.classList.remove('offstage');
    this.stageSlot.replaceChildren(stage);
  }

  /** Tell screen readers what the drawn face and meter show. */
  describeCaller(expression: Expression, mood: number): void {
    const text = `${this.customer} looks ${expression}; mood ${signed(mood)} on a scale from −5 to +5.`;
    if (this.callerStatus.textContent !== text) this.callerStatus.textContent = text;
  }

  /** Rest focus on the transcript while the caller answers. */
  focusTranscript(): void {
    this.transcriptBox.focus();
  }

  /** Show or hide the skip button while a line is typed out. */
  setRevealing(revealing: boolean): void {
    this.skip.hidden = !revealing;
  }

  /** The call is over: offer the next step (the debrief unless told otherwise) and move focus there. */
  showEnded(message: string, onNext: () => void, label = 'See your debrief'): void {
    const button = h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'debrief' }, on: { click: onNext } }, label);
    this.ended.replaceChildren(h('p', { attrs: { role: 'status' } }, message), button);
    this.ended.hidden = false;
    button.focus();
  }

  /** Release global listeners. */
  dispose(): void {
    this.choices.dispose();
  }
}
