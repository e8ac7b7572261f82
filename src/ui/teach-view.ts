import type { Technique } from '../engine/schema/rubric-data.ts';
import type { TeachCall, TeachLine } from '../engine/learn/teach-call.ts';
import { gradeCall, NONE, type MarkResult, type TeachGrade, type TeachMarks } from '../engine/learn/teach-grading.ts';
import type { TriggerFacts } from '../engine/learn/teach-call.ts';
import type { ScriptLine } from '../engine/learn/watch-script.ts';
import { h } from './dom.ts';
import { FOUR_STEPS_SOURCE } from './learn-steps-view.ts';
import './learn.css';

/** What the Teach screen asks of the app. */
export interface TeachActions {
  graded(grade: TeachGrade): void;
  again(): void;
  steps(): void;
}

const MARK_NAMES = { technique: 'Technique used', trigger: 'Trigger phrase', better: 'A better line' } as const;

function scriptLine(line: ScriptLine, customer: string): HTMLElement {
  const who = line.speaker === 'agent' ? 'Agent' : line.speaker === 'customer' ? customer : '';
  return h('li', { class: `line ${line.speaker}` }, who && h('span', { class: 'who' }, `${who}:`), line.text);
}

function select(id: string, label: string, mark: keyof typeof MARK_NAMES, options: readonly [string, string][]): HTMLElement {
  return h(
    'label',
    { attrs: { for: id } },
    label,
    h('select', { attrs: { id, 'data-mark': mark, 'aria-required': 'true' } }, h('option', { attrs: { value: '' } }, 'Choose…'), ...options.map(([value, text]) => h('option', { attrs: { value } }, text))),
  );
}

/** One agent line with its three marks to make. */
function lineBox(line: TeachLine, step: number, vocabulary: ReadonlyMap<string, Technique>, triggers: readonly TriggerFacts[]): HTMLElement {
  const techniques: [string, string][] = [[NONE, 'None of these'], ...line.techniqueChoices.map((id): [string, string] => [id, vocabulary.get(id)?.label ?? id])];
  const triggerOptions: [string, string][] = [[NONE, 'No trigger phrase'], ...triggers.map((t): [string, string] => [t.id, t.family])];
  const better: [string, string][] = [[NONE, 'None: this was the best line on offer'], ...line.options.flatMap((text, i): [string, string][] => (i === line.said ? [] : [[String(i), text]]))];
  return h(
    'li',
    { class: 'teach-line', attrs: { 'data-line': step } },
    h('p', { class: 'said', attrs: { id: `said-${step}` } }, `Agent, line ${step + 1}: “${line.options[line.said]}”`),
    h(
      'fieldset',
      { attrs: { 'aria-labelledby': `said-${step}` } },
      h('div', { class: 'marks' }, select(`technique-${step}`, MARK_NAMES.technique, 'technique', techniques), select(`trigger-${step}`, MARK_NAMES.trigger, 'trigger', triggerOptions), select(`better-${step}`, MARK_NAMES.better, 'better', better)),
    ),
  );
}

function reviewOf(results: Record<keyof typeof MARK_NAMES, MarkResult>): HTMLElement {
  return h(
    'ul',
    { class: 'mark-review' },
    ...(Object.keys(MARK_NAMES) as (keyof typeof MARK_NAMES)[]).map((mark) =>
      h(
        'li',
        { attrs: { 'data-agreed': String(results[mark].agreed), 'data-review': mark } },
        h('strong', {}, `${MARK_NAMES[mark]}: `),
        h('span', { class: 'verdict-word', attrs: { 'data-agreed': String(results[mark].agreed) } }, results[mark].agreed ? 'you agree with the engine. ' : 'the engine reads it differently. '),
        results[mark].why,
      ),
    ),
  );
}

/**
 * The Teach step: another agent's call, good and weak lines mixed; for each agent line the
 * trainee marks the technique used, any trigger phrase and a better line, and is scored
 * against the engine's own ratings, with where they disagreed and why.
 */
export function renderTeach(title: string, customer: string, call: TeachCall, vocabulary: ReadonlyMap<string, Technique>, triggers: readonly TriggerFacts[], actions: TeachActions): HTMLElement {
  const items: HTMLElement[] = [];
  const boxes: HTMLElement[] = [];
  call.lines.forEach((line, step) => {
    items.push(...line.before.map((l) => scriptLine(l, customer)));
    const box = lineBox(line, step, vocabulary, triggers);
    boxes.push(box);
    items.push(box);
  });
  items.push(...call.closing.map((l) => scriptLine(l, customer)));
  const problem = h('p', { class: 'form-problem', attrs: { role: 'alert' } });
  const result = h('div', { attrs: { 'aria-live': 'polite' } });
  const submit = h('button', { class: 'primary', attrs: { type: 'submit', 'data-action': 'grade' } }, 'Grade the call');
  const form = h('form', { attrs: { 'aria-labelledby': 'teach-heading' } }, h('ol', { class: 'script' }, ...items), problem, submit, result);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const marks: TeachMarks[] = [];
    const missing: string[] = [];
    boxes.forEach((box, step) => {
      const value = (mark: string) => box.querySelector<HTMLSelectElement>(`select[data-mark="${mark}"]`)!.value;
      if (['technique', 'trigger', 'better'].some((m) => value(m) === '')) missing.push(String(step + 1));
      marks.push({ technique: value('technique'), trigger: value('trigger'), better: value('better') === NONE ? NONE : Number(value('better')) });
    });
    if (missing.length > 0) {
      problem.textContent = `Mark all three for every agent line first (still to mark: line ${missing.join(', ')}).`;
      firstSelect(missing[0]!)?.focus();
      return;
    }
    problem.textContent = '';
    const grade = gradeCall(call, marks);
    for (const select of form.querySelectorAll('select')) select.disabled = true;
    submit.hidden = true;
    grade.lines.forEach((review, step) => boxes[step]!.append(reviewOf(review)));
    const score = h('p', { class: 'learn-score', attrs: { tabindex: -1, 'data-agreed': grade.agreed, 'data-total': grade.total, 'data-percent': grade.percent } }, `You agreed with the engine on ${grade.agreed} of ${grade.total} marks (${grade.percent}%).`);
    result.replaceChildren(
      score,
      h('p', {}, 'Under each line: where you and the engine agreed, and why the engine rates it as it does.'),
      h(
        'div',
        { class: 'learn-actions' },
        h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'again' }, on: { click: actions.again } }, 'Grade another call'),
        h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'steps' }, on: { click: actions.steps } }, 'Back to the four steps'),
      ),
    );
    score.focus();
    actions.graded(grade);
  });
  const firstSelect = (line: string) => form.querySelector<HTMLSelectElement>(`#technique-${Number(line) - 1}`);
  return h(
    'section',
    { class: 'screen learn teach', attrs: { 'aria-labelledby': 'teach-heading', 'data-seed': call.seed } },
    h('h1', { attrs: { id: 'teach-heading', tabindex: -1 } }, `Teach: ${title}`),
    h('p', { class: 'lede' }, `Step 4 of ${FOUR_STEPS_SOURCE}: “Have them teach it to another person. Once they know it well enough to teach another person, they know it well enough.” Grade another agent’s call: for each of their lines, mark the technique used, any trigger phrase, and a better line from those on offer.`),
    form,
  );
}
