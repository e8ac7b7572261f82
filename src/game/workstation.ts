import type Phaser from 'phaser';
import type { Channel } from '../engine/schema/tags.ts';
import { METER, SCREEN, WORLD } from './layout.ts';
import { PALETTE } from './palette.ts';

/** Draw the wall, desk, monitor, keyboard and desk things; the headset only for phone calls. */
export function drawWorkstation(g: Phaser.GameObjects.Graphics, channel: Channel): void {
  g.fillStyle(PALETTE.wall).fillRect(0, 0, WORLD.width, WORLD.height);
  g.fillStyle(PALETTE.wallLight).fillRect(0, 0, WORLD.width, 18);
  for (let x = 0; x < WORLD.width; x += 80) g.fillStyle(0xffffff, 0.025).fillRect(x, 18, 40, 362);
  g.fillStyle(0x0e141b, 0.35).fillRoundedRect(METER.x - 30, METER.y - 44, 110, METER.height + 92, 14);
  // Desk.
  g.fillStyle(PALETTE.deskEdge).fillRect(0, 372, WORLD.width, 12);
  g.fillStyle(PALETTE.desk).fillRect(0, 384, WORLD.width, WORLD.height - 384);
  g.fillStyle(0x000000, 0.12).fillRect(0, 384, WORLD.width, 10);
  // Monitor.
  g.fillStyle(0x2a2f38).fillRect(SCREEN.x + SCREEN.width / 2 - 24, SCREEN.y + SCREEN.height + 12, 48, 30);
  g.fillStyle(0x2a2f38).fillRoundedRect(SCREEN.x + SCREEN.width / 2 - 80, SCREEN.y + SCREEN.height + 36, 160, 12, 5);
  g.fillStyle(PALETTE.bezel).fillRoundedRect(SCREEN.x - 14, SCREEN.y - 14, SCREEN.width + 28, SCREEN.height + 30, 12);
  g.fillStyle(PALETTE.screen).fillRect(SCREEN.x, SCREEN.y, SCREEN.width, SCREEN.height);
  g.fillStyle(0x3ddc84).fillCircle(SCREEN.x + SCREEN.width / 2, SCREEN.y + SCREEN.height + 8, 2.5);
  // Keyboard.
  g.fillStyle(0x2d333d).fillRoundedRect(190, 412, 290, 62, 8);
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 14; col++) g.fillStyle(0x454d59).fillRoundedRect(199 + col * 19.6, 419 + row * 13.5, 16, 10, 2);
  }
  // Mug and a note.
  g.fillStyle(0xe9eef2).fillRoundedRect(560, 410, 42, 52, 6);
  g.lineStyle(6, 0xe9eef2).strokeCircle(606, 432, 11);
  g.fillStyle(0x1f5d8c).fillRect(560, 424, 42, 8);
  g.fillStyle(0xf5d76e).fillRect(80, 420, 70, 60);
  g.lineStyle(2, 0xc9a94a);
  for (let i = 0; i < 4; i++) g.lineBetween(88, 436 + i * 11, 142 - (i % 2) * 14, 436 + i * 11);
  if (channel === 'phone') {
    // Headset resting on the desk.
    g.lineStyle(7, 0x1b1f27).beginPath().arc(690, 460, 40, Math.PI * 1.05, Math.PI * 1.95).strokePath();
    g.fillStyle(0x1b1f27).fillEllipse(652, 462, 22, 30).fillEllipse(728, 462, 22, 30);
    g.lineStyle(3, 0x1b1f27).lineBetween(652, 470, 672, 488);
  }
}
