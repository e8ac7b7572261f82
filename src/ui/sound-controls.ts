import { h } from './dom.ts';

/** The sound settings the controls change. */
export interface SoundSettings {
  muted: boolean;
  volume: number;
}

/** A mute toggle and a volume slider; `onChange` persists and applies each change. */
export function renderSoundControls(initial: SoundSettings, onChange: (settings: SoundSettings) => void): HTMLElement {
  const settings = { ...initial };
  const mute = h('button', { class: 'mute', attrs: { type: 'button', 'aria-pressed': String(settings.muted) } }, settings.muted ? 'Sound off' : 'Sound on');
  const volume = h('input', { attrs: { type: 'range', min: 0, max: 100, step: 5, value: Math.round(settings.volume * 100), id: 'volume', 'aria-valuetext': `${Math.round(settings.volume * 100)}%` } });
  mute.addEventListener('click', () => {
    settings.muted = !settings.muted;
    mute.setAttribute('aria-pressed', String(settings.muted));
    mute.textContent = settings.muted ? 'Sound off' : 'Sound on';
    onChange({ ...settings });
  });
  volume.addEventListener('input', () => {
    settings.volume = Number(volume.value) / 100;
    volume.setAttribute('aria-valuetext', `${volume.value}%`);
    onChange({ ...settings });
  });
  return h('div', { class: 'sound-controls', attrs: { role: 'group', 'aria-label': 'Sound' } }, mute, h('label', { attrs: { for: 'volume' } }, 'Volume'), volume);
}
