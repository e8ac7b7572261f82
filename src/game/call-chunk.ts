import { createCuePlayer } from '../audio/cue-player.ts';
import { loadRubrics } from '../platform/rubric-data-source.ts';
import type { CallKit } from '../ui/call-kit.ts';
import { triggerIndex, type TriggerInfo } from '../ui/line-review.ts';
import type { SoundSettings } from '../ui/sound-controls.ts';
import { createStage } from './create-stage.ts';

export { runCall } from '../ui/call-controller.ts';

/** Steps of building the kit after its code has loaded, for the progress bar. */
export const KIT_STEPS = 1;

const whenIdle = (work: () => void): void => void ('requestIdleCallback' in globalThis ? requestIdleCallback(() => work()) : setTimeout(work, 50));

/**
 * Build what every call shares: the Phaser stage now; the rubric data and the synthesized
 * sounds later, through `prepare`, when the trainee reads (the menu, or a call's first choices),
 * since nothing needs them before a line is picked or a cue plays, and either is made on the
 * spot if asked for first. Not while the customer talks: long tasks would drop frames.
 */
export async function buildCallKit(host: HTMLElement, options: { animate: boolean; sound: SoundSettings }, onStep: (label: string) => void): Promise<CallKit> {
  const rubrics = loadRubrics();
  const stage = await createStage(host, { animate: options.animate });
  onStep('Workstation drawn');
  const cues = createCuePlayer();
  cues.setMuted(options.sound.muted);
  cues.setVolume(options.sound.volume);
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
      whenIdle(() => {
        rubrics.prepare();
        whenIdle(() => void cues.prepare());
      });
    },
  };
}
