import type Phaser from 'phaser';
import { moodColor } from './palette.ts';

const MIN = -5;
const MAX = 5;
const ANIMATION_MS = 700;

/** A vertical meter for the caller's mood (−5 … 5) whose marker glides to each new value. */
export class MoodMeter {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly value: Phaser.GameObjects.Text;
  private shown = 0;
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
    scene.add.text(x + 20, y - 30, 'MOOD', { fontFamily: 'system-ui, sans-serif', fontSize: '15px', color: '#dfe7ee', fontStyle: 'bold' }).setOrigin(0.5, 0);
    scene.add.text(x + 48, y - 6, '+5', { fontFamily: 'system-ui, sans-serif', fontSize: '13px', color: '#b8c4cf' });
    scene.add.text(x + 48, y + height - 10, '−5', { fontFamily: 'system-ui, sans-serif', fontSize: '13px', color: '#b8c4cf' });
    this.value = scene.add.text(x + 20, y + height + 12, '0', { fontFamily: 'system-ui, sans-serif', fontSize: '22px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5, 0);
  }

  /** Move to a new mood; `animate` false jumps there. */
  set(mood: number, time: number, animate: boolean): void {
    this.from = animate ? this.shown : mood;
    this.target = mood;
    this.startedAt = time;
    if (!animate) this.shown = mood;
  }

  /** Redraw for the current time (ms). */
  update(time: number): void {
    const t = Math.min(1, (time - this.startedAt) / ANIMATION_MS);
    const eased = 1 - (1 - t) ** 3;
    this.shown = this.from + (this.target - this.from) * eased;
    const { x, y, height } = this;
    const g = this.g.clear();
    g.fillStyle(0x0e141b, 0.6).fillRoundedRect(x - 4, y - 4, 48, height + 8, 10);
    for (let m = MIN; m < MAX; m++) {
      const top = y + ((MAX - (m + 1)) / (MAX - MIN)) * height;
      g.fillStyle(moodColor(m + 0.5), 0.35).fillRect(x, top + 1, 40, height / (MAX - MIN) - 2);
    }
    const level = y + ((MAX - this.shown) / (MAX - MIN)) * height;
    const zero = y + height / 2;
    g.fillStyle(moodColor(this.shown)).fillRect(x, Math.min(level, zero), 40, Math.abs(zero - level));
    g.lineStyle(2, 0xffffff, 0.7).lineBetween(x - 4, zero, x + 44, zero);
    g.fillStyle(0xffffff).fillTriangle(x - 12, level - 8, x - 12, level + 8, x - 2, level);
    const rounded = Math.round(this.target);
    this.value.setText(rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0');
  }
}
