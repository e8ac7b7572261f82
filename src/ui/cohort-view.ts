import { summarizeCohort } from '../engine/records/cohort-summary.ts';
import type { ExportDocument } from '../engine/records/export-document.ts';
import { importExports, type ImportProblem } from '../engine/records/import-exports.ts';
import { SCORE_KEYS } from './attempt-scores.ts';
import { h } from './dom.ts';
import { RUBRIC_LABELS } from './labels.ts';
import { renderTriggerChart } from './trigger-chart.ts';

const LOWEST_SHOWN = 5;
const TRIGGERS_SHOWN = 10;
const col = (text: string) => h('th', { attrs: { scope: 'col' } }, text);

/** The trainer's results view: import trainees' JSON exports (picked or dropped) and see the cohort. */
export function renderCohortView(): HTMLElement {
  const files = new Map<string, string>();
  const input = h('input', { attrs: { id: 'export-files', type: 'file', multiple: true, accept: '.json,application/json', 'data-action': 'import' } });
  const zone = h(
    'div',
    { class: 'drop-zone', attrs: { 'data-drop': '' } },
    h('label', { attrs: { for: 'export-files' } }, h('strong', {}, 'Choose trainees’ JSON exports'), h('span', {}, ' or drop them here. Each file is checked; a bad one is reported and the rest still load.')),
    input,
  );
  const output = h('div', { class: 'cohort-output', attrs: { 'aria-live': 'polite' } });
  const clear = h('button', { class: 'secondary small', attrs: { type: 'button', 'data-action': 'clear', hidden: true }, on: { click: () => (files.clear(), show()) } }, 'Clear the imported files');

  async function add(list: FileList | null): Promise<void> {
    for (const file of list ? [...list] : []) files.set(file.name, await file.text());
    show();
  }

  function show(): void {
    clear.hidden = files.size === 0;
    if (files.size === 0) return output.replaceChildren();
    const { exports, problems } = importExports([...files].map(([name, text]) => ({ name, text })));
    output.replaceChildren(...renderImport(exports, problems, [...files.keys()]));
  }

  input.addEventListener('change', () => void add(input.files).then(() => (input.value = '')));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    void add(event.dataTransfer?.files ?? null);
  });
  return h(
    'section',
    { class: 'screen cohort', attrs: { 'aria-labelledby': 'cohort-heading' } },
    h('h1', { attrs: { id: 'cohort-heading', tabindex: -1 } }, 'Trainer’s results'),
    h('p', { class: 'lead' }, 'Ask each trainee for the JSON file from “Your history → Download JSON”, then load them all here. Nothing leaves this browser.'),
    zone,
    clear,
    output,
  );
}

function renderImport(exports: readonly ExportDocument[], problems: readonly ImportProblem[], names: readonly string[]): HTMLElement[] {
  const loaded = names.filter((name) => !problems.some((p) => p.file === name));
  const out: HTMLElement[] = [];
  if (problems.length > 0) {
    out.push(h('div', { class: 'notice import-problems', attrs: { role: 'alert' } }, h('p', {}, h('strong', {}, `${problems.length} ${problems.length === 1 ? 'file was' : 'files were'} not loaded:`)), h('ul', {}, ...problems.map((p) => h('li', { attrs: { 'data-problem': p.file } }, h('strong', {}, p.file), `: ${p.message}`)))));
  }
  out.push(h('p', { class: 'loaded-files', attrs: { 'data-loaded': loaded.length } }, loaded.length === 0 ? 'No file loaded yet.' : `Loaded ${loaded.length} ${loaded.length === 1 ? 'export' : 'exports'}: ${loaded.join(', ')}.`));
  if (exports.length === 0) return out;
  const summary = summarizeCohort(exports);
  const avg = (value: number | undefined) => (value === undefined ? '—' : `${value}%`);
  const trainees = summary.trainees.map((t) =>
    h(
      'tr',
      { attrs: { 'data-trainee': t.candidate } },
      h('th', { attrs: { scope: 'row' } }, t.candidate),
      h('td', { attrs: { 'data-col': 'attempts' } }, String(t.attempts)),
      h('td', { attrs: { 'data-col': 'passed' } }, String(t.passed)),
      h('td', { attrs: { 'data-col': 'failed' } }, String(t.failed)),
      h('td', { attrs: { 'data-col': 'in-progress' } }, String(t.inProgress)),
      h('td', { attrs: { 'data-col': 'calls' } }, String(t.calls)),
      ...SCORE_KEYS.map((key) => h('td', { attrs: { 'data-col': key } }, avg(t.averages?.[key]))),
    ),
  );
  const lowest = summary.scenarios.slice(0, LOWEST_SHOWN);
  const triggers = summary.triggers.slice(0, TRIGGERS_SHOWN);
  out.push(
    h('h2', { attrs: { id: 'cohort-table-heading' } }, 'Trainees'),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'cohort-table', attrs: { 'aria-labelledby': 'cohort-table-heading' } },
        h('thead', {}, h('tr', {}, col('Trainee'), col('Attempts'), col('Passed'), col('Not passed'), col('In progress'), col('Calls'), ...SCORE_KEYS.map((key) => col(`${RUBRIC_LABELS[key]} (avg)`)))),
        h('tbody', {}, ...trainees),
      ),
    ),
    h('div', { class: 'cohort-grid' },
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'lowest-heading' } },
        h('h2', { attrs: { id: 'lowest-heading' } }, 'Where the cohort scores lowest'),
        h('ol', { class: 'lowest-scenarios' }, ...lowest.map((s) => h('li', { attrs: { 'data-scenario': s.scenarioId, 'data-average': s.averageOverall } }, h('strong', {}, s.title), ` — ${s.averageOverall}% overall on average, ${s.calls} ${s.calls === 1 ? 'call' : 'calls'}`))),
      ),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'triggers-heading' } },
        h('h2', { attrs: { id: 'triggers-heading' } }, 'Trigger phrases used most often'),
        triggers.length === 0 ? h('p', {}, 'No trigger phrase was used.') : renderTriggerChart(triggers),
      ),
    ),
  );
  return out;
}
