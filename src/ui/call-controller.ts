import type { Beat, ChoiceOption, SessionSnapshot } from '../engine/schema/session.ts';
import type { Expression, ScenarioHeader } from '../engine/schema/tags.ts';
import { reportCall, type CallReport } from '../engine/scoring/call-report.ts';
import { rateChoice } from '../engine/scoring/rate-choice.ts';
import { StorySession, StoryPlayError } from '../engine/story/session.ts';
import type { Clock } from '../platform/clock.ts';
import type { Rubrics } from '../platform/rubric-data-source.ts';
import { SAVED_DATA_VERSION, type CallMode, type CallSave } from '../platform/saved-data.ts';
import type { SavedDataStore } from '../platform/saved-data-store.ts';
import type { CallKit } from './call-kit.ts';
import type { LineStatus } from './call-stage.ts';
import { CallView } from './call-view.ts';
import { renderDebrief } from './debrief-view.ts';
import type { LineFacts } from './line-review.ts';

/** A scenario as bundled: id, header and compiled story JSON. */
export interface Scenario {
  id: string;
  header: ScenarioHeader;
  json: string;
}

/** How a call begins: fresh, from a save, or replaying the first choices of an earlier call (0-based). */
export type CallStart = { kind: 'new' } | { kind: 'resume'; save: CallSave } | { kind: 'replay'; path: number[] };

/** What a call is scored with: the live rubric data in practice, an attempt's frozen data in certification. */
export type CallScoring = Pick<Rubrics, 'analyzer' | 'rules' | 'hash'>;

/** What a call needs from the app. */
export interface CallOptions {
  root: HTMLElement;
  scenario: Scenario;
  kit: CallKit;
  saves: SavedDataStore;
  clock: Clock;
  animate: boolean;
  mode: CallMode;
  scoring: CallScoring;
  /** after every choice, with the session as it now stands */
  onProgress?(snapshot: SessionSnapshot): void;
  /** once, as soon as the call ends: its report and the time spent on it */
  onEnded(report: CallReport, durationMs: number): void;
  /** when set, the end-of-call button does this instead of opening the debrief (certification has no debrief) */
  next?: { label: string; go(): void };
  /** the screen changed: 'call' while talking, 'debrief' after */
  onScreen(screen: 'call' | 'debrief'): void;
  /** back to the scenario list */
  onMenu(): void;
  /** start another call of the same scenario */
  onRestart(start: CallStart): void;
}

const STATUS_FOR_CUE: Partial<Record<Beat['sfx'][number], LineStatus>> = { ring: 'ringing', pickup: 'live', hold: 'hold', hangup: 'ended' };

/** Start the session a call begins with; a save the engine refuses is set aside and reported. */
function openSession(options: CallOptions, start: CallStart): StorySession | undefined {
  const { scenario, saves } = options;
  const opts = { file: `${scenario.id}.ink`, rubricHash: options.scoring.hash };
  if (start.kind === 'resume') {
    try {
      return StorySession.restore(scenario.json, start.save.snapshot, opts);
    } catch (error) {
      if (!(error instanceof StoryPlayError)) throw error;
      saves.refuseCall(scenario.id, error.message.replace(`${opts.file}: `, ''));
      return undefined;
    }
  }
  const session = StorySession.start(scenario.json, opts);
  if (start.kind === 'replay') for (const pick of start.path) session.choose(pick);
  return session;
}

/** A call on screen; `stop` saves it and releases its listeners (safe to call twice). */
export interface RunningCall {
  stop(): void;
}

/** Run one call on screen: lines, sounds, the face and meter, choices, coaching, saves, then the debrief. Undefined when a save could not be resumed. */
export function runCall(options: CallOptions, start: CallStart): RunningCall | undefined {
  const opened = openSession(options, start);
  if (!opened) return undefined;
  const session: StorySession = opened;
  const { root, scenario, kit, saves, clock, scoring } = options;
  const view = new CallView(scenario.header, clock, { leave: () => options.onMenu() });
  let finished = false;
  let report: CallReport | undefined;
  let expression: Expression = 'calm';
  let elapsedBase = start.kind === 'resume' ? start.save.elapsedMs : 0;
  const startedAt = clock.now();
  let running = true;
  const elapsed = () => (running ? elapsedBase + clock.now() - startedAt : elapsedBase);
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest('button, input, a')) return;
    if (event.key === ' ' || event.key === 'Escape') {
      view.transcript.skip();
      if (event.key === ' ') event.preventDefault();
    }
  };

  function finish(): void {
    if (finished) return;
    finished = true;
    document.removeEventListener('keydown', onKey);
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
      elapsedMs: Math.round(elapsed()),
      savedAt: new Date().toISOString(),
      snapshot: session.snapshot(),
    });
  }

  function facts(option: ChoiceOption): LineFacts {
    return { rated: rateChoice(option, scoring.analyzer), analysis: scoring.analyzer.analyze(option.text), triggers: kit.triggers };
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
      await view.transcript.add(beat, reveal, (revealing) => {
        view.setRevealing(revealing);
        kit.stage.setTalking(revealing);
      });
    }
    if (finished) return;
    kit.stage.setMood(session.mood);
    view.describeCaller(expression, session.mood);
  }

  function turn(): void {
    if (finished) return;
    if (session.ended) {
      running = false;
      elapsedBase = elapsed();
      saves.dropCall(scenario.id);
      report = reportCall(session, scoring.analyzer, scoring.rules);
      options.onEnded(report, Math.round(elapsedBase));
      if (options.next) {
        const { label, go } = options.next;
        view.showEnded('The call has ended.', () => (finish(), go()), label);
      } else view.showEnded('The call has ended.', showDebrief);
      return;
    }
    performance.mark('frontline:choices-shown');
    view.choices.show(
      session.choices.map((c) => c.text),
      (index) => {
        const option = session.choices[index]!;
        const beats = session.choose(index);
        saveNow();
        options.onProgress?.(session.snapshot());
        view.focusTranscript();
        if (options.mode === 'practice') view.coaching.show(facts(option));
        void play(beats, true).then(turn);
      },
    );
  }

  function showDebrief(): void {
    finish();
    const done = report ?? reportCall(session, scoring.analyzer, scoring.rules);
    const { best, improved } = saves.offerBest({ scenarioId: scenario.id, scores: done.scores, outcome: done.outcome });
    const moodCurve = session.beats.filter((b) => b.text !== '').map((b) => ({ mood: b.mood, agent: b.speaker === 'agent' }));
    if (moodCurve.at(-1)?.mood !== session.mood) moodCurve.push({ mood: session.mood, agent: false });
    const debrief = renderDebrief(
      { title: scenario.header.title, report: done, lines: session.history.map((r) => facts(r.offered[r.chosen]!)), moodCurve, best, improved },
      {
        retry: () => options.onRestart({ kind: 'new' }),
        replayFrom: (i) => options.onRestart({ kind: 'replay', path: done.path.slice(0, i).map((n) => n - 1) }),
        menu: options.onMenu,
      },
    );
    root.replaceChildren(debrief);
    options.onScreen('debrief');
    debrief.querySelector<HTMLElement>('h1')?.focus();
  }

  root.replaceChildren(view.element);
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
  options.onScreen('call');
  document.addEventListener('keydown', onKey);
  view.element.querySelector<HTMLElement>('h1')?.focus();
  if (start.kind !== 'resume') saveNow();
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
