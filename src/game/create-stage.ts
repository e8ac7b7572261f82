import Phaser from 'phaser';
import type { CallStage } from '../ui/call-stage.ts';
import { CallScene, type StageState } from './call-scene.ts';
import { stageConfig } from './game-config.ts';
import { SCENE_KEYS } from './scene-keys.ts';

/** Start Phaser in `host` (which must be in the document, so it has a size) and resolve once it can draw a call. */
export function createStage(host: HTMLElement, options: { animate: boolean }): Promise<CallStage> {
  const state: StageState = { call: undefined, expression: 'calm', mood: 0, talking: false, status: 'live', animate: options.animate, paused: true };
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      ...stageConfig(host),
      callbacks: {
        postBoot: () => {
          game.canvas.setAttribute('aria-hidden', 'true');
          game.loop.sleep();
          game.canvas.dataset.loop = 'asleep';
          resolve(stage);
        },
      },
    });
    game.scene.add(SCENE_KEYS.call, CallScene, false);
    // The scene lets the loop sleep when nothing moves; any change on the DOM side wakes it.
    const wake = () => {
      if (state.paused) return;
      game.canvas.dataset.loop = 'awake';
      game.loop.wake();
    };
    const stage: CallStage = {
      element: host,
      showCall(call) {
        Object.assign(state, { call, expression: call.expression, mood: call.mood, status: call.status, talking: false, paused: false });
        game.canvas.dataset.loop = 'awake';
        game.loop.wake();
        const scene = game.scene.getScene(SCENE_KEYS.call);
        if (scene && game.scene.isActive(SCENE_KEYS.call)) scene.scene.restart(state);
        else game.scene.start(SCENE_KEYS.call, state);
        game.scale.getParentBounds();
        game.scale.refresh();
      },
      setExpression(expression) {
        state.expression = expression;
        wake();
      },
      setMood(mood) {
        state.mood = mood;
        wake();
      },
      setTalking(talking) {
        state.talking = talking;
        wake();
      },
      setStatus(status) {
        state.status = status;
        wake();
      },
      pause() {
        state.talking = false;
        state.paused = true;
        game.loop.sleep();
        game.canvas.dataset.loop = 'asleep';
      },
    };
  });
}
