import type { CallKit } from '../ui/call-kit.ts';
import type { SoundSettings } from '../ui/sound-controls.ts';

type CallChunk = typeof import('./call-chunk.ts');

/** Loading progress: a fraction from 0 to 1 and what just finished. */
export type ProgressListener = (fraction: number, step: string) => void;

// Shares of the bar: the call's code, then the kit's steps. (The drawing engine loads behind the
// call once it starts, so it is not waited for here.)
const CODE_SHARE = 0.8;

/** Loads the call's code in the background and builds the kit once, reporting real progress. */
export class CallLoader {
  private code: Promise<CallChunk> | undefined;
  private kit: Promise<{ kit: CallKit; chunk: CallChunk }> | undefined;
  private fraction = 0;
  private readonly listeners = new Set<ProgressListener>();

  /** Start downloading the code without building anything. */
  prefetch(): Promise<CallChunk> {
    if (!this.code) {
      this.code = import('./call-chunk.ts').then(
        (module) => {
          this.advance(CODE_SHARE, 'Call code loaded');
          return module;
        },
        (error: unknown) => {
          // Let the next attempt fetch again instead of repeating this failure.
          this.code = undefined;
          this.fraction = 0;
          throw error;
        },
      );
    }
    return this.code;
  }

  /** True once a call can start without waiting. */
  get ready(): boolean {
    return this.fraction >= 0.999;
  }

  /** Follow the progress; returns a function that stops following. */
  listen(listener: ProgressListener): () => void {
    this.listeners.add(listener);
    listener(this.fraction, 'Loading');
    return () => this.listeners.delete(listener);
  }

  /**
   * The kit, built on first use: call it while the menu shows so that a call starts at once.
   * The sound settings are applied again on every call, since they may have changed meanwhile.
   */
  load(host: HTMLElement, options: { animate: boolean; sound: SoundSettings }): Promise<{ kit: CallKit; chunk: CallChunk }> {
    if (!this.kit) {
      this.kit = this.prefetch().then(async (chunk) => {
        const share = (1 - CODE_SHARE) / chunk.KIT_STEPS;
        const kit = await chunk.buildCallKit(host, options, (step) => this.advance(share, step));
        this.fraction = 1;
        return { kit, chunk };
      });
      this.kit.catch(() => (this.kit = undefined));
      return this.kit;
    }
    return this.kit.then((loaded) => {
      loaded.kit.cues.setMuted(options.sound.muted);
      loaded.kit.cues.setVolume(options.sound.volume);
      return loaded;
    });
  }

  private advance(share: number, step: string): void {
    this.fraction = Math.min(1, this.fraction + share);
    for (const listener of this.listeners) listener(this.fraction, step);
  }
}
