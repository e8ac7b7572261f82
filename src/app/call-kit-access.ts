import { CallLoader } from '../game/call-loader.ts';
import { prefersReducedMotion } from '../platform/reduced-motion.ts';
import type { CallKit } from '../ui/call-kit.ts';
import { h } from '../ui/dom.ts';
import { renderLoading } from '../ui/loading-view.ts';
import type { SoundSettings } from '../ui/sound-controls.ts';

/** The loaded call kit and the code that runs calls. */
export type LoadedKit = Awaited<ReturnType<CallLoader['load']>>;

/** How long the menu shows before the rest of the call's kit is made in the background. */
const MENU_SETTLE_MS = 600;

/** Loads what calls need (Phaser, sounds, rubrics) once, with a progress bar when the trainee has to wait. */
export class CallKitAccess {
  private readonly loader = new CallLoader();
  private kit: CallKit | undefined;
  /** whether a call (or another screen) asked for the kit */
  private called = false;
  /** Phaser measures its parent at boot, so the stage waits in the document, out of sight, until a call shows it. */
  readonly stageHost = h('div', { class: 'stage-host offstage' });

  constructor(
    private sound: SoundSettings,
    private readonly show: (screen: HTMLElement) => void,
  ) {}

  /** Whether calls animate: not when the trainee asked for reduced motion. */
  get animate(): boolean {
    return !prefersReducedMotion();
  }

  /** Apply new sound settings to the kit, now or when it loads. */
  setSound(next: SoundSettings): void {
    this.sound = next;
    this.kit?.cues.setMuted(next.muted);
    this.kit?.cues.setVolume(next.volume);
  }

  /** Stop drawing the stage while no call is on screen. */
  pause(): void {
    this.kit?.stage.pause();
  }

  /** Build the kit in the background; a failure is retried, and reported, when a call starts. */
  warm(): void {
    void this.loader.load(this.stageHost, { animate: this.animate, sound: this.sound }).then(
      (loaded) => {
        this.keep(loaded);
        // Still on the menu once the trainee has settled on it: finish the kit (the drawing engine,
        // rubrics, sounds). A click that comes sooner should not wait behind that work; a call
        // started meanwhile finishes the kit once its first choices show.
        setTimeout(() => this.called || loaded.kit.prepare(), MENU_SETTLE_MS);
      },
      () => undefined,
    );
  }

  /** The kit; undefined if it failed to load (the screen says why). */
  async load(): Promise<LoadedKit | undefined> {
    this.called = true;
    const options = { animate: this.animate, sound: this.sound };
    if (this.loader.ready) return this.keep(await this.loader.load(this.stageHost, options));
    const loading = renderLoading();
    this.show(loading.element);
    const stop = this.loader.listen((fraction, step) => loading.update(fraction, step));
    try {
      return this.keep(await this.loader.load(this.stageHost, options));
    } catch (error) {
      loading.fail(`The call could not load: ${(error as Error).message}. Reload the page to try again.`);
      return undefined;
    } finally {
      stop();
    }
  }

  private keep(loaded: LoadedKit): LoadedKit {
    this.kit = loaded.kit;
    return loaded;
  }
}
