import { h } from './dom.ts';

/** What the call's own settings row offers, and where each change goes. */
export interface CallOptionsState {
  /** the trainee may type replies in this call: the "hide the lines" setting applies */
  freeText: boolean;
  hideLines: boolean;
  onHideLines(hide: boolean): void;
  /** undefined when the channel is not a phone call: chat, email and social stay silent */
  voice?: { on: boolean; available: boolean; onChange(on: boolean): void };
}

/** The settings a call has besides sound and typing speed: hide the lines (type every reply) and the caller's voice. */
export function renderCallOptions(state: CallOptionsState): HTMLElement {
  const row = h('div', { class: 'call-options', attrs: { role: 'group', 'aria-label': 'Call settings' } });
  if (state.freeText) {
    const hide = h('input', { attrs: { type: 'checkbox', id: 'hide-lines', checked: state.hideLines, 'data-setting': 'hide-lines' } });
    hide.addEventListener('change', () => state.onHideLines(hide.checked));
    row.append(h('label', { attrs: { for: 'hide-lines' } }, hide, 'Hide the lines: type every reply (harder)'));
  }
  if (state.voice) {
    const { voice } = state;
    const box = h('input', { attrs: { type: 'checkbox', id: 'caller-voice', checked: voice.on && voice.available, disabled: !voice.available, 'data-setting': 'voice' } });
    box.addEventListener('change', () => voice.onChange(box.checked));
    row.append(h('label', { attrs: { for: 'caller-voice' } }, box, 'Caller’s voice'));
    if (!voice.available) row.append(h('span', { class: 'voice-none', attrs: { 'data-voice': 'none' } }, 'No voice is available on this system: the caller’s lines are shown only.'));
  }
  return row;
}
