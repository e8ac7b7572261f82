import { h } from './dom.ts';

/**
 * Asked once, on the menu until answered or the first call is made: the name for the trainee's records. "Not now" is fine: records
 * then say "Trainee", and the browser's trainee id keeps them apart from everyone else's. The name can be changed under Your history.
 */
export function renderNamePrompt(done: (name: string | undefined) => void): HTMLElement {
  const name = h('input', { attrs: { id: 'trainee-name', name: 'trainee', type: 'text', autocomplete: 'name', maxlength: 80 } });
  const prompt = h('form', { class: 'name-prompt', attrs: { 'aria-labelledby': 'name-prompt-heading', 'data-name-prompt': '' } });
  const finish = (value: string | undefined) => {
    prompt.remove();
    done(value);
  };
  prompt.append(
    h('h2', { attrs: { id: 'name-prompt-heading' } }, 'Who is training?'),
    h('p', {}, 'Your name goes on your records and on the file you give your trainer; this browser keeps an id of its own too, so your records never mix with another trainee’s. You can change it later under Your history.'),
    h('div', { class: 'name-form' },
      h('label', { attrs: { for: 'trainee-name' } }, 'Your name'),
      name,
      h('button', { class: 'primary small', attrs: { type: 'submit', 'data-action': 'save-name' } }, 'Save name'),
      h('button', { class: 'secondary small', attrs: { type: 'button', 'data-action': 'skip-name' }, on: { click: () => finish(undefined) } }, 'Not now'),
    ),
  );
  prompt.addEventListener('submit', (event) => {
    event.preventDefault();
    if (name.value.trim() === '') return name.focus();
    finish(name.value);
  });
  return prompt;
}
