import { createCuePlayer } from '../audio/cue-player.ts';
import { loadRubrics } from '../platform/rubric-data-source.ts';
import type { CallKit } from '../ui/call-kit.ts';
import { triggerIndex } from '../ui/line-review.ts';
import type { SoundSettings } from '../ui/sound-controls.ts';
import { createStage } from './create-stage.ts';

export { runCall } from '../ui/call-controller.ts';

/** Steps of building the kit after its code has loaded, for the progress bar. */
export const KIT_STEPS = 8;

/** Build what every call shares: rubric data, the Phaser stage and the synthesized sounds. */
export async function buildCallKit(host: HTMLElement, options: { animate: boolean; sound: SoundSettings }, onStep: (label: string) => void): Promise<CallKit> {
  const rubrics = loadRubrics();
  onStep('Rubrics ready');
  // The kit is usually built while the menu shows: give the page a turn after the longest step.
  await new Promise((resolve) => setTimeout(resolve, 0));
  // Phaser's boot and the sound synthesis do not depend on each other.
  const [stage, cues] = await Promise.all([
    createStage(host, { animate: options.animate }).then((ready) => {
      onStep('Workstation drawn');
      return ready;
    }),
    createCuePlayer((cue) => onStep(`Sound “${cue}” ready`)),
  ]);
  cues.setMuted(options.sound.muted);
  cues.setVolume(options.sound.volume);
  return { rubrics, triggers: triggerIndex(rubrics.data.triggers), stage, cues };
}
