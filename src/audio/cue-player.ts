import { Howl, Howler } from 'howler';
import type { SoundCue } from '../engine/schema/tags.ts';
import { SOUND_CUES } from '../engine/schema/tags.ts';
import { CUE_RECIPES, CUE_SAMPLE_RATE } from './cue-recipes.ts';
import { encodeWav, wavDataUrl } from './wav-encode.ts';

/** Plays the synthesized sound cues through Howler. */
export interface CuePlayer {
  play(cue: SoundCue): void;
  setMuted(muted: boolean): void;
  setVolume(volume: number): void;
}

/** Let the page handle input and draw between two pieces of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Synthesize every cue and load it into Howler; `onLoaded` reports each cue as it becomes
 * ready. Each cue is synthesized in its own task, so a menu shown meanwhile stays responsive.
 */
export async function createCuePlayer(onLoaded: (cue: SoundCue) => void): Promise<CuePlayer> {
  const howls = new Map<SoundCue, Howl>();
  const loading: Promise<void>[] = [];
  for (const cue of SOUND_CUES) {
    await nextTask();
    loading.push(
      new Promise<void>((resolve) => {
        const howl = new Howl({
          src: [wavDataUrl(encodeWav(CUE_RECIPES[cue](), CUE_SAMPLE_RATE))],
          format: ['wav'],
          preload: true,
          onload: () => resolve(),
          // A cue that cannot be decoded stays silent; its caption still shows.
          onloaderror: () => resolve(),
        });
        howls.set(cue, howl);
      }).then(() => onLoaded(cue)),
    );
  }
  await Promise.all(loading);
  return {
    play(cue) {
      const howl = howls.get(cue);
      if (howl?.state() === 'loaded') howl.play();
    },
    setMuted(muted) {
      Howler.mute(muted);
    },
    setVolume(volume) {
      Howler.volume(volume);
    },
  };
}
