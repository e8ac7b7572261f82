import type { Expression } from '../engine/schema/tags.ts';
import type { CallStage, LineStatus, StageCall } from '../ui/call-stage.ts';

/**
 * A stage the call drives from its first line while the drawing engine loads and boots behind
 * it: the call's text and choices never wait for Phaser. It keeps what the call last asked to
 * show and hands it to the real stage once that is ready; until then the stage's box shows its
 * plain background. `boot` is started on first need (a call shown, or `prepare`), not before.
 */
export interface DeferredStage extends CallStage {
  /** Start loading and booting the real stage now, if not yet started. */
  prepare(): void;
}

export function deferredStage(element: HTMLElement, boot: () => Promise<CallStage>, onFailure: (reason: string) => void): DeferredStage {
  let real: CallStage | undefined;
  let booting = false;
  let call: StageCall | undefined;
  let talking = false;
  let paused = true;

  const prepare = (): void => {
    if (booting) return;
    booting = true;
    boot().then(
      (stage) => {
        real = stage;
        if (paused || !call) return stage.pause();
        stage.showCall(call);
        stage.setTalking(talking);
      },
      (error: unknown) => {
        booting = false; // the next call tries again
        onFailure(error instanceof Error ? error.message : String(error));
      },
    );
  };
  const update = (change: Partial<Pick<StageCall, 'expression' | 'mood' | 'status'>>): void => {
    if (call) call = { ...call, ...change };
  };

  return {
    element,
    prepare,
    showCall(next) {
      call = next;
      talking = false;
      paused = false;
      if (real) real.showCall(next);
      else prepare();
    },
    setExpression(expression: Expression) {
      update({ expression });
      real?.setExpression(expression);
    },
    setMood(mood: number) {
      update({ mood });
      real?.setMood(mood);
    },
    setTalking(next: boolean) {
      talking = next;
      real?.setTalking(next);
    },
    setStatus(status: LineStatus) {
      update({ status });
      real?.setStatus(status);
    },
    pause() {
      paused = true;
      talking = false;
      real?.pause();
    },
  };
}
