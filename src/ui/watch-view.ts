import type { Technique } from '../engine/schema/rubric-data.ts';
import type { ScriptLine, WatchPoint, WatchScript } from '../engine/learn/watch-script.ts';
import { h } from './dom.ts';
import { OUTCOME_LABELS } from './labels.ts';
import { FOUR_STEPS_SOURCE } from './learn-steps-view.ts';
import './learn.css';

/** What the Watch screen asks of the app. */
export interface WatchActions {
  /** the model call has ended: how many techniques the trainee noticed, of how many asked */
  finished(noticed: number, asked: number): void;
  follow(): void;
  steps(): void;
}

/** A line of the model call in the transcript. */
function scriptLine(line: ScriptLine, customer: string): HTMLElement {
  const who = line.speaker === 'agent' ? 'Model agent' : line.speaker === 'customer' ? customer : '';
  return h('li', { class: `line ${line.speaker}` }, who && h('span', { class: 'who' }, `${who}:`), line.text);
}

/** Why the model line works: the technique, what doing it well looks like, the training text quoted by its title, and the author's note. */
function explanation(point: WatchPoint): HTMLElement {
  const technique: Technique | undefined = point.technique;
  return h(
    'div',
    { class: 'explanation', attrs: { 'data-explanation': '' } },
    technique && h('h3', { attrs: { 'data-technique': technique.id } }, `The technique: ${technique.label}`),
    technique && h('p', {}, technique.description),
    technique?.quote && h('blockquote', {}, h('p', {}, `“${technique.quote}”`), h('cite', {}, `Source: ${technique.source ?? 'the training texts'}`)),
    point.note && h('p', {}, h('strong', {}, 'Why this line: '), point.note),
    h('p', { class: 'verdict' }, point.verdict),
  );
}

/**
 * The Watch step: the model call plays along the best path, pausing at each choice point to show
 * the lines on offer and the one the model agent says, asking which technique the trainee noticed
 * before explaining it; then the call goes on, to its end.
 */
export function renderWatch(title: string, customer: string, script: WatchScript, vocabulary: ReadonlyMap<string, Technique>, actions: WatchActions): HTMLElement {
  const lines = h('ol', { class: 'script', attrs: { 'aria-label': 'The model call' } });
  const slot = h('div', { class: 'pause-slot' });
  let noticed = 0;
  let asked = 0;
  const add = (said: readonly ScriptLine[]) => lines.append(...said.map((line) => scriptLine(line, customer)));

  const showPoint = (index: number): void => {
    const point = script.points[index];
    if (!point) return showEnd();
    add(point.before);
    const headingId = `pause-${index}`;
    const heading = h('h2', { attrs: { id: headingId, tabindex: -1 } }, `Pause ${index + 1} of ${script.points.length}: the lines on offer`);
    const offer = h(
      'ol',
      { class: 'on-offer' },
      ...point.options.map((text, i) => h('li', { attrs: { 'data-picked': String(i === point.picked) } }, text, i === point.picked && h('span', { class: 'picked-badge' }, 'The model agent says this'))),
    );
    const after = h('div', { attrs: { 'aria-live': 'polite' } });
    const next = h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'continue' }, on: { click: () => go() } }, index + 1 < script.points.length ? 'Continue the call' : 'Hear how the call ends');
    const go = () => {
      add([{ speaker: 'agent', text: point.options[point.picked]! }]);
      showPoint(index + 1);
    };
    const reveal = (result: HTMLElement | undefined) => {
      after.replaceChildren(...(result ? [result] : []), explanation(point), h('div', { class: 'learn-actions' }, next));
      next.focus();
    };
    const panel = h('section', { class: 'pause', attrs: { 'aria-labelledby': headingId, 'data-pause': index } }, heading, offer);
    const { question } = point;
    if (question) {
      const name = `noticed-${index}`;
      const prompt = h('p', { class: 'form-problem', attrs: { role: 'alert' } });
      const form = h(
        'form',
        { attrs: { 'data-question': '' } },
        h(
          'fieldset',
          {},
          h('legend', {}, 'What did you notice the model agent do? Pick the technique before you see why.'),
          ...question.choices.map((id) =>
            h('label', {}, h('input', { attrs: { type: 'radio', name, value: id, 'data-technique': id } }), ` ${vocabulary.get(id)?.label ?? id}`),
          ),
        ),
        prompt,
        h('button', { class: 'primary', attrs: { type: 'submit', 'data-action': 'check' } }, 'Check'),
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const picked = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
        if (picked === undefined) {
          prompt.textContent = 'Pick one technique first.';
          return;
        }
        asked++;
        const right = picked === question.answer;
        if (right) noticed++;
        for (const input of form.querySelectorAll<HTMLInputElement>('input, button')) input.disabled = true;
        const label = vocabulary.get(question.answer)?.label ?? question.answer;
        reveal(h('p', { class: 'answer-check', attrs: { 'data-right': String(right) } }, right ? `Yes: that is what the model agent did (${label}).` : `Not quite: the model agent used ${label.toLowerCase()}.`));
      });
      panel.append(form, after);
      slot.replaceChildren(panel);
      heading.focus();
    } else {
      panel.append(after);
      slot.replaceChildren(panel);
      reveal(undefined);
    }
  };

  const showEnd = (): void => {
    add(script.closing);
    const outcome = script.outcome ? OUTCOME_LABELS[script.outcome].title : 'no outcome';
    const heading = h('h2', { attrs: { id: 'watch-end', tabindex: -1 } }, 'The model call has ended');
    slot.replaceChildren(
      h(
        'section',
        { class: 'pause watch-end', attrs: { 'aria-labelledby': 'watch-end' } },
        heading,
        h('p', {}, `Outcome: ${outcome}. The model call scores ${script.scores.overall}% overall: the best any path through this call can do.`),
        h('p', { class: 'learn-score', attrs: { 'data-noticed': noticed, 'data-asked': asked } }, `You noticed ${noticed} of ${asked} techniques.`),
        h(
          'div',
          { class: 'learn-actions' },
          h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'follow' }, on: { click: actions.follow } }, 'Next step: follow with hints'),
          h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'steps' }, on: { click: actions.steps } }, 'Back to the four steps'),
        ),
      ),
    );
    heading.focus();
    actions.finished(noticed, asked);
  };

  const screen = h(
    'section',
    { class: 'screen learn watch', attrs: { 'aria-labelledby': 'watch-heading' } },
    h('h1', { attrs: { id: 'watch-heading', tabindex: -1 } }, `Watch: ${title}`),
    h('p', { class: 'lede' }, `Step 1 of ${FOUR_STEPS_SOURCE}: “Show them how to do it… Ask them questions like ‘What did you notice me do?’ and ‘Why do you think I did that?’” A model agent takes this call; at each choice point, say what you noticed before you see why.`),
    lines,
    slot,
  );
  showPoint(0);
  return screen;
}
