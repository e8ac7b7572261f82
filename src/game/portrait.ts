import type Phaser from 'phaser';
import type { Expression } from '../engine/schema/tags.ts';
import { FACES, type FaceShape } from './expression-faces.ts';
import { PALETTE } from './palette.ts';

const BLINK_MS = 140;

function quadPoints(x0: number, y0: number, cx: number, cy: number, x1: number, y1: number, steps = 12): { x: number; y: number }[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return { x: u * u * x0 + 2 * u * t * cx + t * t * x1, y: u * u * y0 + 2 * u * t * cy + t * t * y1 };
  });
}

/** The caller's drawn face: seven expressions, blinking, and a moving mouth while a line appears. */
export class Portrait {
  private readonly g: Phaser.GameObjects.Graphics;
  private face: FaceShape = FACES.calm;
  private talking = false;
  private nextBlink = 0;
  private blinkUntil = 0;

  constructor(scene: Phaser.Scene) {
    this.g = scene.add.graphics();
  }

  /** Place and size the portrait; `size` is the head's diameter. */
  place(x: number, y: number, size: number): void {
    this.g.setPosition(x, y).setScale(size / 100);
  }

  /** Show one of the seven expressions. */
  setExpression(expression: Expression): void {
    this.face = FACES[expression];
  }

  /** Animate the mouth while the caller's line is being revealed. */
  setTalking(talking: boolean): void {
    this.talking = talking;
  }

  /** Redraw for the current time (ms). */
  update(time: number, animate: boolean): void {
    if (animate && time >= this.nextBlink) {
      this.blinkUntil = time + BLINK_MS;
      this.nextBlink = time + 2200 + ((time * 7919) % 2600);
    }
    const blink = animate && time < this.blinkUntil ? 0.08 : 1;
    const talk = this.talking && animate ? 0.18 + 0.3 * Math.abs(Math.sin(time / 70)) * Math.abs(Math.sin(time / 190 + 1)) : 0;
    this.draw(blink, talk);
  }

  private draw(blink: number, talk: number): void {
    const g = this.g.clear();
    const f = this.face;
    // Shoulders and neck.
    g.fillStyle(PALETTE.shirt).fillEllipse(0, 92, 150, 70);
    g.fillStyle(PALETTE.skinShade).fillRect(-13, 38, 26, 24);
    // Hair behind, head, hair on top.
    g.fillStyle(PALETTE.hair).fillEllipse(0, -4, 108, 116);
    g.fillStyle(PALETTE.skin).fillEllipse(0, 4, 88, 100);
    g.fillStyle(PALETTE.skin).fillEllipse(-45, 8, 14, 22).fillEllipse(45, 8, 14, 22);
    g.fillStyle(PALETTE.hair).fillEllipse(0, -38, 96, 38).fillEllipse(-30, -26, 40, 30);
    if (f.flush > 0) {
      g.fillStyle(PALETTE.blush, 0.25 + 0.35 * f.flush).fillEllipse(-25, 22, 20, 11).fillEllipse(25, 22, 20, 11);
      if (f.flush >= 1) g.fillStyle(PALETTE.blush, 0.2).fillEllipse(0, -8, 60, 14);
    }
    // Eyes.
    const eyeH = Math.max(1.2, 11 * f.eyeOpen * blink);
    g.fillStyle(0xffffff).fillEllipse(-18, 2, 17, eyeH + 2).fillEllipse(18, 2, 17, eyeH + 2);
    if (blink > 0.5) g.fillStyle(PALETTE.eye).fillCircle(-18, 2, Math.min(4, eyeH / 2)).fillCircle(18, 2, Math.min(4, eyeH / 2));
    // Brows: the inner ends move with tilt.
    const by = -12 - 7 * f.browLift;
    const tilt = 7 * f.browTilt;
    g.lineStyle(4, PALETTE.hair);
    g.lineBetween(-30, by - tilt * 0.3, -9, by + tilt).lineBetween(30, by - tilt * 0.3, 9, by + tilt);
    // Nose.
    g.lineStyle(2, PALETTE.skinShade).lineBetween(0, 6, -3, 18).lineBetween(-3, 18, 2, 19);
    // Mouth: an upper and lower curve, opened by expression and talking.
    const open = Math.min(1, f.mouthOpen + talk) * 14;
    const width = 15 + 3 * Math.abs(f.mouthCurve);
    // A smile lifts the corners and drops the middle; a frown does the opposite.
    const corner = 33 - 5 * f.mouthCurve;
    const middle = 33 + 10 * f.mouthCurve;
    const upper = quadPoints(-width, corner, 0, middle - open * 0.3, width, corner);
    const lower = quadPoints(width, corner, 0, middle + open, -width, corner);
    if (open > 1) {
      g.fillStyle(0x5a1f1f).fillPoints([...upper, ...lower].map((p) => ({ x: p.x, y: p.y }) as Phaser.Math.Vector2), true);
    }
    g.lineStyle(3, 0x7a3b32).strokePoints(upper.map((p) => p as Phaser.Math.Vector2), false);
    if (open > 1) g.strokePoints(lower.map((p) => p as Phaser.Math.Vector2), false);
    if (f.sweat) g.fillStyle(PALETTE.sweat).fillTriangle(38, -22, 34, -12, 42, -12).fillCircle(38, -11, 4);
  }
}
