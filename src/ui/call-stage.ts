import type { Channel, Expression } from '../engine/schema/tags.ts';

/** What the line is doing, as the channel frame shows it. */
export type LineStatus = 'ringing' | 'live' | 'hold' | 'ended';

/** Who the call is with, for the drawn frame. */
export interface StageCall {
  channel: Channel;
  customer: string;
  title: string;
  expression: Expression;
  mood: number;
  status: LineStatus;
  /** milliseconds on the call so far, read every frame */
  elapsed: () => number;
}

/** The drawn workstation the call screen drives; implemented with Phaser in src/game. */
export interface CallStage {
  /** The element holding the canvas; the call screen places it in its layout. */
  readonly element: HTMLElement;
  showCall(call: StageCall): void;
  setExpression(expression: Expression): void;
  setMood(mood: number): void;
  setTalking(talking: boolean): void;
  setStatus(status: LineStatus): void;
  /** Stop drawing while no call is on screen. */
  pause(): void;
}
