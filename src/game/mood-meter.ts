import type Phaser from 'phaser';
import { moodColor } from './palette.ts';

const MIN = -5;
const MAX = 5;
const ANIMATION_MS = 700;
const FONT = 'system-ui, sans-serif';

/**
 * The meter's scale, drawn into the scene's static art: baked with it into one texture, since
 * every full-size layer costs a pass over the whole canvas in software WebGL.
 */
export function drawMoodScale(g: Phaser.GameObjects.Graphics, x: number, y: number, height: number): void {
  g.fillStyle(0x0e141b, 0.6).fillRoundedRect(x - 4, y - 4, 48, height + 8, 10);
  for (let m = MIN; m < MAX; m++) {
    const top = y + ((MAX - (m + 1)) / (MAX - MIN)) * height;
    g.fillStyle(moodColor(m + 0.5), 0.35).fillRect(x, top + 1, 40, height / (MAX - MIN) - 2);
  }
}

/**
 * A vertical meter for the caller's mood (−5 … 5) whose marker glides to each new value.
 * Its scale is in the static art (`drawMoodScale`); the level is redrawn only while it moves.
 */
export class MoodMeter {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly value: Phaser.GameObjects.Text;
  private shown = Number.NaN;
  private from = 0;
  private target = 0;
  private startedAt = 0;

  constructor(
    scene: Phaser.Scene,
    private readonly x: number,
    private readonly y: number,
    private readonly height: number,
  ) {
    this.g = scene.add.graphics();
    scene.add.text(x + 20, y - 30, 'MOOD', { fontFamily: FONT, fontSize: '15px', color: '#dfe7ee', fontStyle: 'bold' }).setOrigin(0.5, 0);
    scene.add.text(x + 48, y - 6, '+5', { fontFamily: FONT, fontSize: '13px', color: '#b8c4cf' });
    scene.add.text(x + 48, y + height - 10, '−5', { fontFamily: FONT, fontSize: '13px', color: '#b8c4cf' });
    this.value = scene.add.text(x + 20, y + height + 12, '0', { fontFamily: FONT, fontSize: '22px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5, 0);
  }

  /** Move to a new mood; `animate` false jumps there. */
  set(mood: number, time: number, animate: boolean): void {
    this.from = animate ? this.shown : mood;
    this.target = mood;
    this.startedAt = time;
    const rounded = Math.round(mood);
    this.value.setText(rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0');
  }

  /** True while the marker is still gliding. */
  moving(time: number): boolean {
    return time - this.startedAt < ANIMATION_MS && this.from !== this.target;
  }

  /** Bring the level up to date for the current time (ms); draws only when it moved. */
  update(time: number): void {
    const t = Math.min(1, Math.max(0, (time - this.startedAt) / ANIMATION_MS));
    const eased = 1 - (1 - t) ** 3;
    const from = Number.isNaN(this.from) ? this.target : this.from;
    const shown = from + (this.target - from) * eased;
    if (shown === this.shown) return;
    this.shown = shown;
    const { x, y, height } = this;
    const level = y + ((MAX - shown) / (MAX - MIN)) * height;
    const zero = y + height / 2;
    const g = this.g.clear();
    g.fillStyle(moodColor(shown)).fillRect(x, Math.min(level, zero), 40, Math.abs(zero - level));
    g.lineStyle(2, 0xffffff, 0.7).lineBetween(x - 4, zero, x + 44, zero);
    g.fillStyle(0xffffff).fillTriangle(x - 12, level - 8, x - 12, level + 8, x - 2, level);
  }
}
