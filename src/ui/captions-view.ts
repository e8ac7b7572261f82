import type { SoundCue } from '../engine/schema/tags.ts';
import { h } from './dom.ts';
import { CUE_CAPTIONS } from './labels.ts';

const CAPTION_MS = 3500;

/** Captions for sound cues ("[phone rings]"), announced politely and faded after a while. */
export class CaptionsView {
  // A log may be named (a plain div may not), and it announces new captions politely, not their fading.
  readonly element = h('div', { class: 'captions', attrs: { role: 'log', 'aria-label': 'Sound captions' } });

  /** Show the caption for a cue. */
  show(cue: SoundCue): void {
    const caption = h('p', { class: 'caption', attrs: { 'data-cue': cue } }, CUE_CAPTIONS[cue]);
    this.element.append(caption);
    setTimeout(() => caption.remove(), CAPTION_MS);
  }
}
