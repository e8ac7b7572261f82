import type Phaser from 'phaser';
import type { Channel } from '../engine/schema/tags.ts';
import type { LineStatus } from '../ui/call-stage.ts';
import { SCREEN, TITLE_BAR } from './layout.ts';
import { PALETTE } from './palette.ts';

/** The moving parts of a channel frame that the scene updates. */
export interface ChannelFrame {
  portrait: { x: number; y: number; size: number };
  timer: Phaser.GameObjects.Text;
  setStatus(status: LineStatus): void;
  /** Redraw the channel's "the customer is talking/typing" sign. */
  update(time: number, talking: boolean): void;
}

const FONT = 'system-ui, "Segoe UI", Roboto, sans-serif';
const STATUS_TEXT: Record<Channel, Record<LineStatus, string>> = {
  phone: { ringing: 'Incoming call', live: 'On call', hold: 'On hold', ended: 'Call ended' },
  chat: { ringing: 'New chat', live: 'Chat open', hold: 'Waiting', ended: 'Chat closed' },
  email: { ringing: 'New message', live: 'Replying', hold: 'Waiting', ended: 'Thread closed' },
  social: { ringing: 'New mention', live: 'Replying in public', hold: 'Waiting', ended: 'Thread closed' },
};
const TITLES: Record<Channel, string> = { phone: 'VOICE CALL', chat: 'LIVE CHAT', email: 'EMAIL THREAD', social: 'PUBLIC POST' };

/** Draw the frame that fits the channel (a phone line, a chat window, an email thread or a public post with its replies): static shapes into `g`, texts and moving parts into the scene. */
export function drawChannelFrame(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, call: { channel: Channel; customer: string; title: string }): ChannelFrame {
  const { channel, customer, title } = call;
  const { x, y, width, height } = SCREEN;
  g.fillStyle(PALETTE.bar).fillRect(x, y, width, TITLE_BAR);
  drawChannelIcon(g, channel, x + 20, y + TITLE_BAR / 2);
  scene.add.text(x + 38, y + TITLE_BAR / 2, `${TITLES[channel]} · ${customer}`, { fontFamily: FONT, fontSize: '15px', color: PALETTE.barText, fontStyle: 'bold' }).setOrigin(0, 0.5);
  const timer = scene.add.text(x + width - 12, y + TITLE_BAR / 2, '00:00', { fontFamily: 'ui-monospace, monospace', fontSize: '16px', color: PALETTE.barText }).setOrigin(1, 0.5);
  const top = y + TITLE_BAR;
  const bodyH = height - TITLE_BAR;
  const status = scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: '14px', color: PALETTE.ink });
  const dot = scene.add.graphics();
  const sign = scene.add.graphics();
  let portrait: ChannelFrame['portrait'];
  let statusAt: { x: number; y: number };
  let signAt: { x: number; y: number };

  if (channel === 'phone') {
    g.fillStyle(0xdce8f2).fillCircle(x + 150, top + bodyH / 2, 104);
    portrait = { x: x + 150, y: top + bodyH / 2 - 14, size: 118 };
    g.fillStyle(0xffffff).fillRoundedRect(x + 282, top + 28, 196, 196, 10);
    g.lineStyle(1, PALETTE.line).strokeRoundedRect(x + 282, top + 28, 196, 196, 10);
    scene.add.text(x + 298, top + 42, customer, { fontFamily: FONT, fontSize: '18px', color: PALETTE.ink, fontStyle: 'bold', wordWrap: { width: 170 } });
    scene.add.text(x + 298, top + 96, 'Line 1 · Customer care', { fontFamily: FONT, fontSize: '13px', color: PALETTE.muted });
    statusAt = { x: x + 314, y: top + 120 };
    signAt = { x: x + 300, y: top + 180 };
  } else if (channel === 'chat') {
    g.fillStyle(0xe4eaf0).fillRect(x, top, 118, bodyH);
    for (let i = 0; i < 4; i++) g.fillStyle(i === 0 ? 0xc6d9ea : 0xf5f8fa).fillRoundedRect(x + 8, top + 10 + i * 44, 102, 36, 6);
    scene.add.text(x + 16, top + 20, customer, { fontFamily: FONT, fontSize: '12px', color: PALETTE.ink, fontStyle: 'bold', fixedWidth: 88 });
    portrait = { x: x + 170, y: top + 52, size: 60 };
    scene.add.text(x + 222, top + 26, customer, { fontFamily: FONT, fontSize: '17px', color: PALETTE.ink, fontStyle: 'bold' });
    g.fillStyle(0xeef1f4).fillRoundedRect(x + 140, top + 140, 250, 30, 12);
    g.fillStyle(0xcfe3f5).fillRoundedRect(x + 230, top + 178, 250, 30, 12);
    g.fillStyle(0xffffff).fillRoundedRect(x + 130, top + bodyH - 46, width - 142, 36, 8);
    g.lineStyle(1, PALETTE.line).strokeRoundedRect(x + 130, top + bodyH - 46, width - 142, 36, 8);
    statusAt = { x: x + 238, y: top + 52 };
    signAt = { x: x + 150, y: top + bodyH - 28 };
  } else if (channel === 'social') {
    // A public post, then the replies under it: everyone can read what the agent writes here.
    g.fillStyle(0xeef2f6).fillRect(x, top, width, bodyH);
    g.fillStyle(0xffffff).fillRoundedRect(x + 14, top + 12, width - 28, 122, 10);
    g.lineStyle(1, PALETTE.line).strokeRoundedRect(x + 14, top + 12, width - 28, 122, 10);
    portrait = { x: x + 48, y: top + 48, size: 44 };
    const handle = `@${customer.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
    scene.add.text(x + 80, top + 24, customer, { fontFamily: FONT, fontSize: '15px', color: PALETTE.ink, fontStyle: 'bold' });
    scene.add.text(x + 80, top + 44, `${handle} · Public post`, { fontFamily: FONT, fontSize: '12px', color: PALETTE.muted });
    for (let i = 0; i < 3; i++) g.fillStyle(0xdde3e9).fillRoundedRect(x + 80, top + 70 + i * 14, (i === 2 ? 180 : width - 120) - i * 30, 8, 4);
    scene.add.text(x + 80, top + 112, '♥ 214 · ↻ 57 · 33 replies', { fontFamily: FONT, fontSize: '12px', color: PALETTE.muted });
    for (let i = 0; i < 2; i++) {
      const rowY = top + 146 + i * 40;
      g.lineStyle(2, 0xc3ccd6).lineBetween(x + 30, rowY - 8, x + 30, rowY + 30);
      g.fillStyle(0xffffff).fillRoundedRect(x + 44, rowY, width - 72, 32, 8);
      g.fillStyle(0xb8c4d0).fillCircle(x + 60, rowY + 16, 9);
      g.fillStyle(0xdde3e9).fillRoundedRect(x + 78, rowY + 12, width - 160 - i * 60, 8, 4);
    }
    g.fillStyle(0xffffff).fillRoundedRect(x + 14, top + bodyH - 44, width - 28, 34, 8);
    g.lineStyle(1, PALETTE.line).strokeRoundedRect(x + 14, top + bodyH - 44, width - 28, 34, 8);
    scene.add.text(x + 28, top + bodyH - 36, 'Reply publicly as Customer Care', { fontFamily: FONT, fontSize: '13px', color: PALETTE.muted });
    statusAt = { x: x + width - 170, y: top + 24 };
    signAt = { x: x + width - 80, y: top + bodyH - 27 };
  } else {
    g.fillStyle(0xe9edf1).fillRect(x, top, width, 30);
    for (let i = 0; i < 4; i++) g.fillStyle(0x9fb0c0).fillRoundedRect(x + 12 + i * 30, top + 8, 20, 14, 3);
    portrait = { x: x + 58, y: top + 74, size: 54 };
    scene.add.text(x + 104, top + 44, `From: ${customer}`, { fontFamily: FONT, fontSize: '15px', color: PALETTE.ink, fontStyle: 'bold' });
    scene.add.text(x + 104, top + 66, `Subject: ${title}`, { fontFamily: FONT, fontSize: '13px', color: PALETTE.muted, fixedWidth: width - 120 });
    g.lineStyle(1, PALETTE.line).lineBetween(x + 12, top + 150, x + width - 12, top + 150);
    for (let i = 0; i < 5; i++) g.fillStyle(0xdde3e9).fillRoundedRect(x + 24, top + 166 + i * 18, (i === 4 ? 200 : width - 60) - (i % 2) * 40, 8, 4);
    statusAt = { x: x + 120, y: top + 100 };
    signAt = { x: x + 380, y: top + 104 };
  }
  status.setPosition(statusAt.x, statusAt.y);
  let signShown = false;

  return {
    portrait,
    timer,
    setStatus(next) {
      const color = { ringing: PALETTE.ringing, live: PALETTE.live, hold: PALETTE.hold, ended: PALETTE.ended }[next];
      dot.clear().fillStyle(color).fillCircle(statusAt.x - 10, statusAt.y + 9, 5);
      status.setText(STATUS_TEXT[channel][next]);
    },
    update(time, talking) {
      // An idle sign is cleared once, not every frame.
      if (!talking && !signShown) return;
      sign.clear();
      signShown = talking;
      if (!talking) return;
      if (channel === 'phone') {
        for (let i = 0; i < 16; i++) {
          const h = 6 + 22 * Math.abs(Math.sin(time / 90 + i * 0.7)) * Math.abs(Math.sin(time / 230 + i));
          sign.fillStyle(PALETTE.live).fillRoundedRect(signAt.x + i * 10, signAt.y - h / 2, 6, h, 3);
        }
      } else {
        for (let i = 0; i < 3; i++) {
          const lift = Math.max(0, Math.sin(time / 160 - i * 0.8)) * 5;
          sign.fillStyle(0x7b8a99).fillCircle(signAt.x + i * 14, signAt.y - lift, 4.5);
        }
      }
    },
  };
}

function drawChannelIcon(g: Phaser.GameObjects.Graphics, channel: Channel, cx: number, cy: number): void {
  g.fillStyle(0xffffff);
  if (channel === 'phone') {
    g.fillRoundedRect(cx - 9, cy - 3, 18, 7, 3).fillRoundedRect(cx - 11, cy - 7, 7, 9, 2).fillRoundedRect(cx + 4, cy - 7, 7, 9, 2);
  } else if (channel === 'chat') {
    g.fillRoundedRect(cx - 10, cy - 8, 20, 13, 4).fillTriangle(cx - 6, cy + 4, cx - 1, cy + 4, cx - 7, cy + 9);
  } else if (channel === 'social') {
    g.fillCircle(cx - 5, cy, 4).fillCircle(cx + 6, cy - 6, 4).fillCircle(cx + 6, cy + 6, 4);
    g.lineStyle(2, 0xffffff).lineBetween(cx - 5, cy, cx + 6, cy - 6).lineBetween(cx - 5, cy, cx + 6, cy + 6);
  } else {
    g.fillRect(cx - 10, cy - 7, 20, 14);
    g.lineStyle(2, PALETTE.bar).lineBetween(cx - 10, cy - 7, cx, cy + 1).lineBetween(cx, cy + 1, cx + 10, cy - 7);
  }
}
