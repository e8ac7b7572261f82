import type { Beat, ChoiceOption, SessionSnapshot } from '../engine/schema/session.ts';
import type { Expression, ScenarioHeader } from '../engine/schema/tags.ts';
import { reportCall, type CallReport } from '../engine/scoring/call-report.ts';
import { StorySession } from '../engine/story/session.ts';
import { openSession, plainReason, storyFailed } from './call-open.ts';
import { CallTimer } from '../engine/call-timer.ts';
import type { Clock } from '../platform/clock.ts';
import type { Rubrics } from '../platform/rubric-data-source.ts';
import { SAVED_DATA_VERSION, type CallMode, type CallSave } from '../platform/saved-data.ts';
import type { SavedDataStore } from '../platform/saved-data-store.ts';
import type { CallKit } from './call-kit.ts';
import type { LineStatus } from './call-stage.ts';
import { matchReply } from '../engine/matcher/match-reply.ts';
import { prefersReducedMotion } from '../platform/reduced-motion.ts';
import { CallerVoice, systemSpeech } from './caller-voice-player.ts';
import { renderCallOptions, type CallOptionsState } from './call-options-view.ts';
import { CallView } from './call-view.ts';
import { CHARS_PER_SECOND } from './typing-control.ts';
import { lineFacts } from './line-facts.ts';
import type { CallStep } from '../engine/learn/learn-steps.ts';
import { followHint } from '../engine/learn/follow-hint.ts';
import type { LineFacts } from './line-review.ts';

/** A scenario as bundled: id, header and compiled story JSON. */
export interface Scenario {
  id: string;
  header: ScenarioHeader;
  json: string;
}

/** How a call begins: fresh, from a save, or replaying the first choices of an earlier call (0-based). */
export type CallStart = { kind: 'new' } | { kind: 'resume'; save: CallSave } | { kind: 'replay'; path: number[]; shuffle?: number | undefined };

/** What a call is scored with: the live rubric data in practice, an attempt's frozen data in certification. */
export type CallScoring = Pick<Rubrics, 'analyzer' | 'rules' | 'hash' | 'labels'>;

/** Why a call did not start or could not go on. */
export type CallFailure =
  /** the save could not be resumed; it was set aside, and the set-aside notice says why (`reason`, in words) */
  | { kind: 'save_refused'; reason: string }
  /** the story failed while playing; the save made before the failing line is set aside for the trainer */
  | { kind: 'story_failed'; message: string };

/** What a call needs from the app. */
export interface CallOptions {
  root: HTMLElement;
  scenario: Scenario;
  kit: CallKit;
  saves: SavedDataStore;
  clock: Clock;
  animate: boolean;
  mode: CallMode;
  /** the learning step a practice call is played in: Follow shows a hint before each choice point and coaching after it; Solo shows neither until the debrief */
  step?: CallStep | undefined;
  scoring: CallScoring;
  /** the trainee may type replies in their own words (always in practice; in certification only when the track allows it) */
  freeText: boolean;
  /** after every choice, with the session as it now stands */
  onProgress?(snapshot: SessionSnapshot): void;
  /** once, as soon as the story reaches its ending (before the closing lines have played): its report and the time spent on it */
  onEnded(report: CallReport, durationMs: number): void;
  /** what the end-of-call button offers: the debrief in practice, the next call in certification */
  next: { label: string; go(): void };
  /** the trainee left the call (it is saved) */
  onMenu(): void;
  /** the call could not start or go on; nothing is on screen any more */
  onFailure(failure: CallFailure): void;
}

const STATUS_FOR_CUE: Partial<Record<Beat['sfx'][number], LineStatus>> = { ring: 'ringing', pickup: 'live', hold: 'hold', hangup: 'ended' };

/** A call on screen; `stop` saves it and releases its listeners (safe to call twice). */
export interface RunningCall {
  stop(): void;
}

/** Run one call on screen: lines, sounds, the face and meter, choices, coaching, saves, then the end-of-call button. Undefined when it could not start (`onFailure` was told why). */
export function runCall(options: CallOptions, start: CallStart): RunningCall | undefined {
  const opened = openSession(options, start);
  if (!(opened instanceof StorySession)) {
    options.onFailure(opened);
    return undefined;
  }
  const session: StorySession = opened;
  const { root, scenario, kit, saves, clock, scoring } = options;
  const view = new CallView(scenario.header, clock, { leave: () => options.onMenu() }, CHARS_PER_SECOND[saves.settings().typing]);
  let finished = false;
  let expression: Expression = 'calm';
  const timer = new CallTimer(() => clock.now(), start.kind === 'resume' ? start.save.elapsedMs : 0);
  const elapsed = () => timer.elapsed();
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('button, input, textarea, select, a')) return;
    if (event.key === ' ' || event.key === 'Escape') {
      view.transcript.skip();
      if (event.key === ' ') event.preventDefault();
    }
  };

  function finish(): void {
    if (finished) return;
    finished = true;
    document.removeEventListener('keydown', onKey);
    voice?.dispose();
    view.dispose();
    kit.stage.pause();
  }

  function saveNow(): void {
    if (session.ended) return;
    saves.saveCall({
      format: 'frontline.call-save',
      version: SAVED_DATA_VERSION,
      scenarioId: scenario.id,
      mode: options.mode,
      ...(options.step === undefined ? {} : { step: options.step }),
      elapsedMs: Math.round(elapsed()),
      savedAt: new Date().toISOString(),
      snapshot: session.snapshot(),
    });
  }

  const facts = (offered: readonly ChoiceOption[], chosen: number, said: string | undefined): LineFacts =>
    lineFacts(said === undefined ? { offered: [...offered], chosen } : { offered: [...offered], chosen, said }, scoring.analyzer, scoring.rules, kit.triggers, scoring.labels);

  // The harder setting hides the lines on offer for the whole call: only the text box is left.
  let hideLines = options.freeText && saves.settings().typeReplies;
  // The caller speaks on phone calls only, with the system's voices; off under reduced motion unless the trainee turned it on.
  const synth = scenario.header.channel === 'phone' ? systemSpeech() : undefined;
  const voiceSetting = saves.settings().voice;
  let voiceOn = voiceSetting === 'on' || (voiceSetting === 'auto' && !prefersReducedMotion());
  const voice = synth ? new CallerVoice(synth, `${scenario.id}/${scenario.header.customer}`, () => saves.settings().volume, () => showOptions()) : undefined;
  const voiceAvailable = () => (synth?.getVoices().length ?? 0) > 0;
  const speaks = () => voice !== undefined && voiceOn && voiceAvailable() && !saves.settings().muted;

  function showOptions(): void {
    const state: CallOptionsState = {
      freeText: options.freeText,
      hideLines,
      onHideLines: (hide) => {
        hideLines = hide;
        saves.saveSettings({ typeReplies: hide });
        view.choices.conceal(hide);
        view.reply.setOnly(hide);
      },
    };
    if (synth) {
      state.voice = {
        on: voiceOn,
        available: voiceAvailable(),
        onChange: (on) => {
          voiceOn = on;
          saves.saveSettings({ voice: on ? 'on' : 'off' });
          if (!on) synth.cancel();
        },
      };
    }
    view.placeOptions(renderCallOptions(state));
  }

  async function play(beats: readonly Beat[], live: boolean): Promise<void> {
    for (const beat of beats) {
      // A call left mid-line must not drive the stage that the next call uses.
      if (finished) return;
      if (live) {
        for (const cue of beat.sfx) {
          kit.cues.play(cue);
          view.captions.show(cue);
        }
      }
      const status = beat.sfx.map((cue) => STATUS_FOR_CUE[cue]).filter(Boolean).at(-1);
      if (status) kit.stage.setStatus(status);
      if (beat.expression) {
        expression = beat.expression;
        kit.stage.setExpression(expression);
      }
      kit.stage.setMood(beat.mood);
      if (beat.text === '') continue;
      const reveal = live && options.animate && beat.speaker === 'customer';
      const speech = live && beat.speaker === 'customer' && speaks() ? voice!.speak(beat.text, beat.mood) : undefined;
      await view.transcript.add(
        beat,
        reveal,
        (revealing) => {
          view.setRevealing(revealing);
          kit.stage.setTalking(revealing);
        },
        speech,
      );
    }
    if (finished) return;
    kit.stage.setMood(session.mood);
    view.describeCaller(expression, session.mood);
  }

  /** The ending is reached: the call is kept at once, even if the trainee leaves while the closing lines play. */
  function end(): void {
    const durationMs = Math.round(timer.stop());
    saves.dropCall(scenario.id);
    options.onEnded(reportCall(session, scoring.analyzer, scoring.rules, scoring.labels), durationMs);
  }

  /** The story broke: stop, set the last save aside for the trainer, and let the app say so. */
  function fail(error: unknown): void {
    finish();
    const reason = plainReason(error, `${scenario.id}.ink`);
    saves.refuseCall(scenario.id, `its story failed while playing (${reason})`);
    options.onFailure(storyFailed(options, reason));
  }

  function turn(): void {
    if (finished) return;
    if (session.ended) {
      const { label, go } = options.next;
      view.showEnded('The call has ended.', () => (finish(), go()), label);
      return;
    }
    performance.mark('frontline:choices-shown');
    // The trainee reads the lines now: a good moment to finish the kit (rubrics, sounds).
    kit.prepare();
    // Lines are shown in the call's shuffled order; the number keys follow what is shown.
    const order = session.order;
    if (options.step === 'follow') view.hint.show(followHint(session.choices, session.beats, scenario.header.customer, scoring.analyzer, scoring.rules).text);
    view.choices.conceal(hideLines);
    view.choices.show(
      order.map((index) => session.choices[index]!.text),
      (position) => {
        view.reply.hide();
        say(order[position]!, undefined);
      },
    );
    if (!options.freeText) return;
    view.reply.show((reply) => {
      const match = matchReply(reply, session.choices, { analyzer: scoring.analyzer, labels: scoring.labels });
      if (match.kind === 'refused') return view.reply.refuse(match.reason);
      view.reply.hide();
      view.choices.hide();
      say(match.option, reply);
    }, hideLines);
  }

  /** Say line `index` (authored, 0-based), or a typed reply taken as it: the story goes on along that line. */
  function say(index: number, said: string | undefined): void {
    const offered = session.choices;
    let beats: Beat[];
    try {
      beats = session.choose(index, said);
    } catch (error) {
      return fail(error);
    }
    saveNow();
    options.onProgress?.(session.snapshot());
    if (session.ended) end();
    view.focusTranscript();
    view.hint.clear();
    if (options.mode === 'practice' && options.step !== 'solo') view.coaching.show(facts(offered, index, said));
    void play(beats, true).then(turn);
  }

  root.replaceChildren(view.element);
  showOptions();
  view.placeStage(kit.stage.element);
  const fresh = start.kind === 'new';
  kit.stage.showCall({
    channel: scenario.header.channel,
    customer: scenario.header.customer,
    title: scenario.header.title,
    expression: 'calm',
    mood: session.beats[0]?.mood ?? session.mood,
    status: 'live',
    elapsed,
  });
  document.addEventListener('keydown', onKey);
  view.element.querySelector<HTMLElement>('h1')?.focus();
  if (session.ended) end();
  else if (start.kind !== 'resume') saveNow();
  // A fresh call plays its opening with sound and typing; a resumed or replayed one shows its transcript at once.
  void play(session.beats, fresh).then(turn);
  return {
    stop() {
      if (finished) return;
      saveNow();
      finish();
    },
  };
}
