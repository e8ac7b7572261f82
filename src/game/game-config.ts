import Phaser from 'phaser';
import { WORLD } from './layout.ts';

/**
 * The Phaser settings of the call's stage, shared with the bench's bare Phaser page so that the
 * two are measured under the same settings.
 */
export function stageConfig(parent: HTMLElement): Phaser.Types.Core.GameConfig {
  return {
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#22313f',
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false },
    // No multisampling: the art is flat shapes, and software WebGL (SwiftShader) pays dearly for MSAA.
    render: { antialiasGL: false },
    scale: { expandParent: false, mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: WORLD.width, height: WORLD.height },
  };
}
