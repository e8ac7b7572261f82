import { createCuePlayer } from '../audio/cue-player.ts';
import { loadRubrics } from '../platform/rubric-data-source.ts';
import type { CallKit } from '../ui/call-kit.ts';
import { h } from '../ui/dom.ts';
import { triggerIndex, type TriggerInfo } from '../ui/line-review.ts';
import type { SoundSettings } from '../ui/sound-controls.ts';
import { deferredStage } from './deferred-stage.ts';

export { runCall } from '../ui/call-controller.ts';

/** Steps of building the kit after its code has loaded, for the progress bar. */
export const KIT_STEPS = 1;

const whenIdle = (work: () => void): void => void ('requestIdleCallback' in globalThis ? requestIdleCallback(() => work()) : setTimeout(work, 50));

/** Run each step in its own idle period, in order, so that no one task keeps a click waiting long. */
function inIdleSteps(steps: readonly (() => unknown)[]): void {
  const [first, ...rest] = steps;
  if (first) whenIdle(() => (first(), inIdleSteps(rest)));
}

/** Say in the stage's box that the drawing could not start; the call goes on in text. */
function showStageFailure(host: HTMLElement, reason: string): void {
  host.replaceChildren(h('p', { class: 'stage-failure', attrs: { role: 'status' } }, `The drawing of the call could not start (${reason}). The call goes on in text: every line, choice and mood is shown beside it.`));
}

/**
 * Build what every call shares, so that a call can start at once: the drawn stage boots in the
 * background (the call's text and choices never wait for Phaser), and the rubric data and the
 * synthesized sounds are made through `prepare`, when the trainee reads (the menu, or a call's
 * first choices), since nothing needs them before a line is picked or a cue plays, and either is
 * made on the spot if asked for first. Not while the customer talks: long tasks drop frames.
 */
export async function buildCallKit(host: HTMLElement, options: { animate: boolean; sound: SoundSettings }, onStep: (label: string) => void): Promise<CallKit> {
  const rubrics = loadRubrics();
  const stage = deferredStage(
    host,
    () =>
      import('./create-stage.ts').then(({ createStage }) => {
        host.querySelector('.stage-failure')?.remove();
        return createStage(host, { animate: options.animate });
      }),
    (reason) => showStageFailure(host, reason),
  );
  const cues = createCuePlayer();
  cues.setMuted(options.sound.muted);
  cues.setVolume(options.sound.volume);
  onStep('Call ready');
  let prepared = false;
  let triggers: ReadonlyMap<string, TriggerInfo> | undefined;
  return {
    rubrics,
    get triggers() {
      return (triggers ??= triggerIndex(rubrics.data.triggers));
    },
    stage,
    cues,
    prepare() {
      if (prepared) return;
      prepared = true;
      stage.prepare();
      inIdleSteps([() => rubrics.data, () => rubrics.analyzer, () => rubrics.rules, () => cues.prepare()]);
    },
  };
}
