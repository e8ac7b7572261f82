import type Phaser from 'phaser';
import type { Expression } from '../engine/schema/tags.ts';
import { FACES, type FaceShape } from './expression-faces.ts';
import { PALETTE } from './palette.ts';
import { nextTalkStep, talkStepTime } from './talk-clock.ts';

const BLINK_MS = 140;
/** The head's drawing box in its own units (the head is 100 across): shoulders to hair. */
const BOX = { left: 76, top: 64, width: 152, height: 192 } as const;
/** Baked faces are drawn this many times finer than one unit, so they stay sharp when scaled. */
const RESOLUTION = 2;

function quadPoints(x0: number, y0: number, cx: number, cy: number, x1: number, y1: number, steps = 12): Phaser.Math.Vector2[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return { x: u * u * x0 + 2 * u * t * cx + t * t * x1, y: u * u * y0 + 2 * u * t * cy + t * t * y1 } as Phaser.Math.Vector2;
  });
}

/** Everything but the mouth: it changes only with the expression and a blink. */
function drawFace(g: Phaser.GameObjects.Graphics, f: FaceShape, blink: number): void {
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
  if (f.sweat) g.fillStyle(PALETTE.sweat).fillTriangle(38, -22, 34, -12, 42, -12).fillCircle(38, -11, 4);
}

/** The mouth: an upper and lower curve, opened by expression and talking. */
function drawMouth(g: Phaser.GameObjects.Graphics, f: FaceShape, talk: number): void {
  const open = Math.min(1, f.mouthOpen + talk) * 14;
  const width = 15 + 3 * Math.abs(f.mouthCurve);
  // A smile lifts the corners and drops the middle; a frown does the opposite.
  const corner = 33 - 5 * f.mouthCurve;
  const middle = 33 + 10 * f.mouthCurve;
  const upper = quadPoints(-width, corner, 0, middle - open * 0.3, width, corner);
  const lower = quadPoints(width, corner, 0, middle + open, -width, corner);
  if (open > 1) g.fillStyle(0x5a1f1f).fillPoints([...upper, ...lower], true);
  g.lineStyle(3, 0x7a3b32).strokePoints(upper, false);
  if (open > 1) g.strokePoints(lower, false);
}

/**
 * The caller's drawn face: seven expressions, blinking, and a moving mouth while a line
 * appears. Each expression is baked once into a texture (open and blinking eyes); only the
 * mouth is drawn live, and only when it changes, so an idle face costs nothing per frame.
 */
export class Portrait {
  private readonly face: Phaser.GameObjects.Image;
  private readonly mouth: Phaser.GameObjects.Graphics;
  private expression: Expression = 'calm';
  private talking = false;
  private nextBlink = 0;
  private blinkUntil = 0;
  private shown = '';

  constructor(private readonly scene: Phaser.Scene) {
    this.face = scene.add.image(0, 0, this.faceTexture('calm', false)).setOrigin(BOX.left / BOX.width, BOX.top / BOX.height);
    this.mouth = scene.add.graphics();
  }

  /** Place and size the portrait; `size` is the head's diameter. */
  place(x: number, y: number, size: number): void {
    this.face.setPosition(x, y).setScale(size / 100 / RESOLUTION);
    this.mouth.setPosition(x, y).setScale(size / 100);
  }

  /** Show one of the seven expressions. */
  setExpression(expression: Expression): void {
    this.expression = expression;
  }

  /** Animate the mouth while the caller's line is being revealed. */
  setTalking(talking: boolean): void {
    this.talking = talking;
  }

  /** When the face next needs a frame by itself (a blink, the mouth's next talking step), in scene time; undefined when it does not. */
  nextChange(time: number, animate: boolean): number | undefined {
    if (!animate) return undefined;
    const blink = time < this.blinkUntil ? this.blinkUntil : this.nextBlink;
    return this.talking ? Math.min(blink, nextTalkStep(time)) : blink;
  }

  /** Bring the drawing up to date for the current time (ms); draws only what changed. */
  update(time: number, animate: boolean): void {
    if (animate && time >= this.nextBlink) {
      this.blinkUntil = time + BLINK_MS;
      this.nextBlink = time + 2200 + ((time * 7919) % 2600);
    }
    const blinking = animate && time < this.blinkUntil;
    const step = talkStepTime(time);
    const talk = this.talking && animate ? 0.18 + 0.3 * Math.abs(Math.sin(step / 70)) * Math.abs(Math.sin(step / 190 + 1)) : 0;
    const key = `${this.expression}|${blinking}|${talk.toFixed(3)}`;
    if (key === this.shown) return;
    this.shown = key;
    this.face.setTexture(this.faceTexture(this.expression, blinking));
    drawMouth(this.mouth.clear(), FACES[this.expression], talk);
  }

  /** The baked texture of an expression, made on first use. */
  private faceTexture(expression: Expression, blinking: boolean): string {
    const key = `face-${expression}${blinking ? '-blink' : ''}`;
    if (!this.scene.textures.exists(key)) {
      const g = this.scene.make.graphics({}, false);
      g.translateCanvas(BOX.left * RESOLUTION, BOX.top * RESOLUTION).scaleCanvas(RESOLUTION, RESOLUTION);
      drawFace(g, FACES[expression], blinking ? 0.08 : 1);
      g.generateTexture(key, BOX.width * RESOLUTION, BOX.height * RESOLUTION);
      g.destroy();
    }
    return key;
  }
}
