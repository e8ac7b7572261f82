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

/**
 * Run when the page is next idle, and within a second at most: a cue asked for before
 * it was made waits for the call's first lines and choices to be drawn rather than delay them.
 */
const afterFirstPaint = (work: () => void): void => void ('requestIdleCallback' in globalThis ? requestIdleCallback(() => work(), { timeout: 1000 }) : setTimeout(work, 0));

/** Let the page handle input and draw between two pieces of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The cue player, ready at once; the cues are synthesized and loaded into Howler by `prepare`,
 * one task each, while the page is idle. A cue asked for before it is made is made once the page
 * is idle, so the lines it goes with are on screen first; Howler plays it once decoded
 * (a cue that cannot be decoded stays silent, and its caption still shows).
 */
export function createCuePlayer(): CuePlayer & { prepare(): Promise<void> } {
  const howls = new Map<SoundCue, Howl>();
  // Howler makes its AudioContext on first use, a long task: the settings wait for the first cue.
  let settings = { muted: false, volume: 1 };
  const made = (cue: SoundCue): Howl => {
    let howl = howls.get(cue);
    if (!howl) {
      if (howls.size === 0) Howler.mute(settings.muted).volume(settings.volume);
      howl = new Howl({ src: [wavDataUrl(encodeWav(CUE_RECIPES[cue](), CUE_SAMPLE_RATE))], format: ['wav'], preload: true });
      howls.set(cue, howl);
    }
    return howl;
  };
  let preparing: Promise<void> | undefined;
  return {
    prepare() {
      preparing ??= (async () => {
        for (const cue of SOUND_CUES) {
          await nextTask();
          made(cue);
        }
      })();
      return preparing;
    },
    play(cue) {
      const howl = howls.get(cue);
      if (howl) howl.play();
      else afterFirstPaint(() => made(cue).play());
    },
    setMuted(muted) {
      settings = { ...settings, muted };
      if (howls.size > 0) Howler.mute(muted);
    },
    setVolume(volume) {
      settings = { ...settings, volume };
      if (howls.size > 0) Howler.volume(volume);
    },
  };
}
