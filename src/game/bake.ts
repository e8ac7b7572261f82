import type Phaser from 'phaser';
import { WORLD } from './layout.ts';

/** Turn drawn static art into an image (its texture kept under `key`), so frames do not re-tessellate it; `depth` orders the layers. */
export function bake(scene: Phaser.Scene, key: string, g: Phaser.GameObjects.Graphics, depth: number): Phaser.GameObjects.Image {
  if (!scene.textures.exists(key)) g.generateTexture(key, WORLD.width, WORLD.height);
  g.destroy();
  return scene.add.image(0, 0, key).setOrigin(0, 0).setDepth(depth);
}
