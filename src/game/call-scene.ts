import Phaser from 'phaser';
import type { Expression } from '../engine/schema/tags.ts';
import type { LineStatus, StageCall } from '../ui/call-stage.ts';
import { bake } from './bake.ts';
import { drawChannelFrame, type ChannelFrame } from './channel-frame.ts';
import { METER } from './layout.ts';
import { drawMoodScale, MoodMeter } from './mood-meter.ts';
import { Portrait } from './portrait.ts';
import { SCENE_KEYS } from './scene-keys.ts';
import { talkStepTime } from './talk-clock.ts';
import { drawWorkstation } from './workstation.ts';

/** What the DOM side asks the scene to show; the scene reads it when it draws. */
export interface StageState {
  call: StageCall | undefined;
  expression: Expression;
  mood: number;
  talking: boolean;
  status: LineStatus;
  animate: boolean;
  /** no call on screen: the scene must not wake itself */
  paused: boolean;
}

function clockText(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** The call workstation: channel frame, caller portrait, mood meter and timer. */
export class CallScene extends Phaser.Scene {
  private state!: StageState;
  private portrait!: Portrait;
  private meter!: MoodMeter;
  private frame!: ChannelFrame;
  private shownMood = 0;
  private shownStatus: LineStatus | undefined;
  private wakeTimer: number | undefined;

  constructor() {
    super(SCENE_KEYS.call);
  }

  init(state: StageState): void {
    this.state = state;
    this.shownStatus = undefined;
  }

  create(): void {
    const call = this.state.call;
    if (!call) return;
    // Everything that never moves is drawn once into one texture: software WebGL pays per layer.
    const art = this.make.graphics({}, false);
    drawWorkstation(art, call.channel);
    this.frame = drawChannelFrame(this, art, call);
    drawMoodScale(art, METER.x, METER.y, METER.height);
    bake(this, `desk-${call.channel}`, art, -1);
    this.portrait = new Portrait(this);
    this.portrait.place(this.frame.portrait.x, this.frame.portrait.y, this.frame.portrait.size);
    this.meter = new MoodMeter(this, METER.x, METER.y, METER.height);
    this.shownMood = this.state.mood;
    this.meter.set(this.state.mood, this.time.now, false);
  }

  override update(time: number): void {
    const state = this.state;
    if (!state.call) return;
    if (state.mood !== this.shownMood) {
      this.shownMood = state.mood;
      this.meter.set(state.mood, time, state.animate);
    }
    if (state.status !== this.shownStatus) {
      this.shownStatus = state.status;
      this.frame.setStatus(state.status);
    }
    this.portrait.setExpression(state.expression);
    this.portrait.setTalking(state.talking);
    this.portrait.update(time, state.animate);
    this.meter.update(time);
    this.frame.update(talkStepTime(time), state.talking && state.animate);
    const elapsed = state.call.elapsed();
    this.frame.timer.setText(clockText(elapsed));
    if (!this.meter.moving(time)) this.rest(time, elapsed);
  }

  /**
   * Nothing moves smoothly: let the game loop sleep after this frame is drawn, and wake it for
   * the next thing that changes by itself (the clock's next second, a blink, the next talking
   * step). The DOM side wakes it for everything else (a new line, a mood, an expression).
   */
  private rest(time: number, elapsed: number): void {
    const nextSecond = 1000 - (elapsed % 1000);
    const face = this.portrait.nextChange(time, this.state.animate);
    const delay = Math.max(16, Math.min(nextSecond, face === undefined ? Infinity : face - time));
    const loop = this.game.loop;
    const canvas = this.game.canvas;
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      loop.sleep();
      // Visible to tests and to anyone profiling: the scene costs nothing while asleep.
      canvas.dataset.loop = 'asleep';
    });
    window.clearTimeout(this.wakeTimer);
    this.wakeTimer = window.setTimeout(() => {
      if (this.state.paused) return;
      canvas.dataset.loop = 'awake';
      loop.wake();
    }, delay);
  }
}
