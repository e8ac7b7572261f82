import type { AnswerEntry, FamilyEntry, Phrasebook } from '../engine/phrasebook/phrasebook.ts';
import { searchPhrasebook, type PhrasebookQuery } from '../engine/phrasebook/search.ts';
import type { Channel } from '../engine/schema/tags.ts';
import { copyText } from './copy-text.ts';
import { h } from './dom.ts';
import { CHANNEL_LABELS } from './labels.ts';

export interface PhrasebookActions {
  practise(scenarioId: string): void;
  menu(): void;
}

/** A "Copy" button that says, next to itself and in the page's status line, whether the copy worked. */
function copyButton(text: string, what: string, status: HTMLElement): HTMLElement {
  const button = h('button', { class: 'secondary small copy', attrs: { type: 'button', 'data-action': 'copy', 'aria-label': `Copy ${what}` } }, 'Copy');
  button.addEventListener('click', () => {
    void copyText(text).then((copied) => {
      button.textContent = copied ? 'Copied ✓' : 'Copy failed';
      status.textContent = copied ? `Copied ${what}: “${text}”` : `This browser would not copy ${what}. Select the text and press Ctrl+C (⌘C on a Mac).`;
      status.dataset.copied = String(copied);
    });
  });
  return button;
}

function renderAnswer(entry: AnswerEntry, status: HTMLElement, actions: PhrasebookActions): HTMLElement {
  return h(
    'li',
    { class: 'answer', attrs: { 'data-scenario': entry.scenarioId } },
    h('p', { class: 'customer-says' }, h('span', { class: 'who' }, 'Customer: '), `“${entry.customer}”`),
    h('p', { class: 'model-answer' }, h('span', { class: 'who' }, 'Say: '), h('q', {}, entry.answer)),
    h(
      'p',
      { class: 'answer-facts' },
      entry.techniques.length > 0 ? `Technique: ${entry.techniques.map((t) => (t.source ? `${t.label} (from “${t.source}”)` : t.label)).join('; ')}. ` : '',
      copyButton(entry.answer, 'the answer', status),
      ' ',
      h('button', { class: 'link practise', attrs: { type: 'button', 'data-action': 'practise', 'data-scenario': entry.scenarioId }, on: { click: () => actions.practise(entry.scenarioId) } }, `Practise it in “${entry.scenarioTitle}”`),
    ),
  );
}

function renderFamily(family: FamilyEntry, status: HTMLElement): HTMLElement {
  return h(
    'li',
    { class: 'family', attrs: { 'data-family': family.family } },
    h('h3', {}, family.family),
    ...family.triggers.map((t) =>
      h(
        'div',
        { class: 'trigger', attrs: { 'data-trigger': t.id } },
        h('p', { class: 'avoid' }, h('span', { class: 'who' }, 'Avoid: '), ...t.phrases.map((p, i) => h('span', { class: 'phrase' }, `${i > 0 ? ', ' : ''}“${p}”`))),
        h('p', { class: 'why' }, t.explanation),
        t.better !== undefined && h('p', { class: 'say-instead' }, h('span', { class: 'who' }, 'Say instead: '), h('q', {}, t.better), ' ', copyButton(t.better, 'what to say instead', status)),
      ),
    ),
  );
}

/** Answers grouped by scenario: each group is one kind of complaint, headed by its situation. */
function renderAnswers(answers: readonly AnswerEntry[], status: HTMLElement, actions: PhrasebookActions): HTMLElement[] {
  const groups = new Map<string, AnswerEntry[]>();
  for (const a of answers) groups.set(a.scenarioId, [...(groups.get(a.scenarioId) ?? []), a]);
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    return h(
      'section',
      { class: 'complaint', attrs: { 'data-scenario': first.scenarioId } },
      h('h3', {}, first.scenarioTitle, h('span', { class: 'channel' }, ` · ${CHANNEL_LABELS[first.channel]}`)),
      h('p', { class: 'situation' }, first.situation),
      h('ul', { class: 'answers' }, ...group.map((a) => renderAnswer(a, status, actions))),
    );
  });
}

/** `#/phrasebook`: model answers by kind of complaint and trigger phrases with what to say instead, searchable, filterable, printable. */
export function renderPhrasebook(book: Phrasebook, actions: PhrasebookActions): HTMLElement {
  const status = h('p', { class: 'copy-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const words = h('input', { attrs: { id: 'phrasebook-search', type: 'search', placeholder: 'e.g. refund, calm down', autocomplete: 'off', 'data-field': 'words' } });
  const technique = h(
    'select',
    { attrs: { id: 'phrasebook-technique', 'data-field': 'technique' } },
    h('option', { attrs: { value: '' } }, 'Every technique'),
    ...book.techniques.map((t) => h('option', { attrs: { value: t.id } }, t.label)),
  );
  const channel = h(
    'select',
    { attrs: { id: 'phrasebook-channel', 'data-field': 'channel' } },
    h('option', { attrs: { value: '' } }, 'Every channel'),
    ...book.channels.map((c: Channel) => h('option', { attrs: { value: c } }, CHANNEL_LABELS[c])),
  );
  const count = h('p', { class: 'result-count', attrs: { 'aria-live': 'polite', 'data-count': '' } });
  const answersList = h('div', { class: 'answer-groups' });
  const familiesList = h('ul', { class: 'families' });
  const update = () => {
    const query: PhrasebookQuery = { words: words.value, technique: technique.value || undefined, channel: channel.value || undefined };
    const found = searchPhrasebook(book, query);
    answersList.replaceChildren(...(found.answers.length > 0 ? renderAnswers(found.answers, status, actions) : [h('p', {}, 'No model answer matches.')]));
    familiesList.replaceChildren(...(found.families.length > 0 ? found.families.map((f) => renderFamily(f, status)) : [h('li', {}, 'No trigger family matches.')]));
    count.dataset.count = `${found.answers.length} ${found.families.length}`;
    count.textContent = `${found.answers.length} model ${found.answers.length === 1 ? 'answer' : 'answers'} and ${found.families.length} trigger ${found.families.length === 1 ? 'family' : 'families'} shown.`;
  };
  words.addEventListener('input', update);
  technique.addEventListener('change', update);
  channel.addEventListener('change', update);
  update();
  return h(
    'section',
    { class: 'screen phrasebook', attrs: { 'aria-labelledby': 'phrasebook-heading' } },
    h('h1', { attrs: { id: 'phrasebook-heading', tabindex: -1 } }, 'Phrasebook'),
    h('p', { class: 'lead' }, 'The team’s cheat sheet: for each kind of complaint, what the customer says and the model answer, with the technique it uses; and the phrases that trigger a customer, with what to say instead. It is built from the scenarios and the rubric data, so a scenario or a trigger phrase a trainer adds shows here. Printing prints what is shown.'),
    h(
      'form',
      { class: 'phrasebook-controls', attrs: { role: 'search', 'aria-label': 'Search the phrasebook' }, on: { submit: (e) => e.preventDefault() } },
      h('label', { attrs: { for: 'phrasebook-search' } }, 'Search'),
      words,
      h('label', { attrs: { for: 'phrasebook-technique' } }, 'Technique'),
      technique,
      h('label', { attrs: { for: 'phrasebook-channel' } }, 'Channel'),
      channel,
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'print' }, on: { click: () => window.print() } }, 'Print'),
    ),
    count,
    status,
    h('section', { class: 'phrasebook-answers', attrs: { 'aria-labelledby': 'answers-heading' } }, h('h2', { attrs: { id: 'answers-heading' } }, 'Model answers by kind of complaint'), answersList),
    h('section', { class: 'phrasebook-triggers', attrs: { 'aria-labelledby': 'triggers-heading' } }, h('h2', { attrs: { id: 'triggers-heading' } }, 'Trigger phrases and what to say instead'), h('p', { class: 'filter-note' }, 'The technique and channel filters narrow the model answers; trigger families are narrowed by the search words only.'), familiesList),
    h('div', { class: 'scenario-actions screen-only' }, h('button', { class: 'secondary', attrs: { type: 'button', 'data-nav': 'menu' }, on: { click: actions.menu } }, 'Back to the menu')),
  );
}
