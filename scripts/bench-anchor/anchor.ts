// The bench's anchor: the same libraries as the call screen (Phaser 4, inkjs, Howler, Zod) and
// a static Phaser scene with the game's settings, so the call scene's figures can be given as
// ratios to what a bare page costs on the same machine in the same run.
import { Howler } from 'howler';
import { Story } from 'inkjs';
import Phaser from 'phaser';
import { z } from 'zod';
import { stageConfig } from '../../src/game/game-config.ts';
import { WORLD } from '../../src/game/layout.ts';

const libraries = z.object({ ink: z.string(), howler: z.boolean() }).parse({ ink: typeof Story, howler: typeof Howler.volume === 'function' });

class StaticScene extends Phaser.Scene {
  create(): void {
    const g = this.add.graphics();
    g.fillStyle(0x2d3e50).fillRect(40, 40, WORLD.width - 80, WORLD.height - 80);
    g.fillStyle(0xdce8f2).fillCircle(200, WORLD.height / 2, 104);
    this.add.text(340, 80, `anchor (${libraries.ink})`, { fontFamily: 'system-ui, sans-serif', fontSize: '18px', color: '#ffffff' });
    performance.mark('anchor:ready');
  }
}

new Phaser.Game({ ...stageConfig(document.getElementById('stage')!), scene: StaticScene });
