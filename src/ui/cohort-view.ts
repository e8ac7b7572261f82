import { summarizeCohort, type TraineeSummary } from '../engine/records/cohort-summary.ts';
import type { ExportDocument } from '../engine/records/export-document.ts';
import { exportSizeProblem, type FileImport, type ImportProgress } from '../engine/records/import-export-file.ts';
import { NO_IMPORTS, withImport, type ImportState } from '../engine/records/loaded-exports.ts';
import { SCORE_KEYS } from './attempt-scores.ts';
import { h } from './dom.ts';
import { importInWorker } from './import-in-worker.ts';
import { RUBRIC_LABELS, scoreText } from './labels.ts';
import { tableScroll } from './table-scroll.ts';
import { renderTriggerChart } from './trigger-chart.ts';
import { shortTraineeId } from '../engine/trainee/trainee.ts';

const LOWEST_SHOWN = 5;
const TRIGGERS_SHOWN = 10;
/** A trainee's name, the short form of their trainee id (two trainees of one name stay apart), and the other names they used. */
function traineeCell(t: TraineeSummary): (string | HTMLElement)[] {
  const cell: (string | HTMLElement)[] = [t.candidate];
  if (t.traineeId) cell.push(' ', h('span', { class: 'trainee-id', attrs: { 'data-trainee-id': t.traineeId } }, `id ${shortTraineeId(t.traineeId)}`));
  if (t.otherNames.length > 0) cell.push(h('span', { class: 'other-names' }, ` also recorded as ${t.otherNames.join(', ')}`));
  return cell;
}

const col = (text: string) => h('th', { attrs: { scope: 'col' } }, text);

/** What other modules add below the cohort's summary, made from the loaded exports. */
export interface CohortExtras {
  /** the trainees' and the cohort's skills profiles */
  skills?(exports: readonly ExportDocument[]): HTMLElement;
}

/** The trainer's results view: import trainees' JSON exports (picked or dropped) and see the cohort. */
export function renderCohortView(extras: CohortExtras = {}): HTMLElement {
  let state: ImportState = NO_IMPORTS;
  // Files wait here and go through the importer one at a time; clearing starts a new generation so a late result is dropped.
  const queue: File[] = [];
  let importing = false;
  let generation = 0;
  const input = h('input', { attrs: { id: 'export-files', type: 'file', multiple: true, accept: '.json,application/json', 'data-action': 'import' } });
  const zone = h(
    'div',
    { class: 'drop-zone', attrs: { 'data-drop': '' } },
    h('label', { attrs: { for: 'export-files' } }, h('strong', {}, 'Choose trainees’ JSON exports'), h('span', {}, ' or drop them here. Each file is checked; a bad one is reported and the rest still load.')),
    input,
  );
  const progress = h('div', { class: 'import-progress', attrs: { hidden: true, 'data-importing': '' } });
  const output = h('div', { class: 'cohort-output', attrs: { 'aria-live': 'polite' } });
  const clear = h(
    'button',
    { class: 'secondary small', attrs: { type: 'button', 'data-action': 'clear', hidden: true }, on: { click: () => ((state = NO_IMPORTS), (queue.length = 0), (generation += 1), show()) } },
    'Clear the imported files',
  );

  function add(list: FileList | null): void {
    queue.push(...(list ? [...list] : []));
    void pump();
  }

  async function pump(): Promise<void> {
    if (importing) return;
    importing = true;
    try {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const mine = generation;
        const waiting = queue.length;
        showProgress(file.name, { step: 'reading', done: 0, total: 0 }, waiting);
        // The size is checked before anything reads the file.
        const tooBig = exportSizeProblem(file.size);
        const result: FileImport = tooBig ? { ok: false, message: tooBig } : await importInWorker(file, (p) => showProgress(file!.name, p, waiting));
        if (mine === generation) state = withImport(state, file.name, result);
        show();
      }
    } finally {
      // Whatever happened, the next files dropped must be imported.
      importing = false;
      progress.hidden = true;
    }
  }

  function showProgress(name: string, p: ImportProgress, waiting: number): void {
    progress.hidden = false;
    const bar = h('progress', { attrs: { 'aria-label': `Importing ${name}` } });
    if (p.total > 0) {
      bar.max = p.total;
      bar.value = p.done;
    }
    const counted = p.total > 0 ? `: ${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')}` : '…';
    const more = waiting === 0 ? '' : ` (${waiting} more ${waiting === 1 ? 'file' : 'files'} waiting)`;
    progress.replaceChildren(h('p', { attrs: { 'data-step': p.step } }, `${name}: ${STEP_WORDS[p.step]}${counted}${more}`), bar);
  }

  function show(): void {
    clear.hidden = state.loaded.length === 0 && state.problems.length === 0 && state.duplicates.length === 0;
    if (clear.hidden) return output.replaceChildren();
    try {
      output.replaceChildren(...renderImport(state));
      if (state.loaded.length > 0 && extras.skills) output.append(extras.skills(state.loaded.map((file) => file.document)));
    } catch (error) {
      // The loaded files stay loaded: the next import, or clearing them, renders again.
      output.replaceChildren(h('p', { class: 'notice', attrs: { role: 'alert' } }, `The loaded files could not be summarised: ${error instanceof Error ? error.message : String(error)}. Clear the imported files and load them again, fewer at a time.`));
    }
  }

  input.addEventListener('change', () => {
    add(input.files);
    input.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    add(event.dataTransfer?.files ?? null);
  });
  return h(
    'section',
    { class: 'screen cohort', attrs: { 'aria-labelledby': 'cohort-heading' } },
    h('h1', { attrs: { id: 'cohort-heading', tabindex: -1 } }, 'Trainer’s results'),
    h('p', { class: 'lead' }, 'Ask each trainee for the JSON file from “Your history → Download JSON”, then load them all here. Nothing leaves this browser.'),
    zone,
    progress,
    clear,
    output,
  );
}

const STEP_WORDS: Record<ImportProgress['step'], string> = {
  reading: 'reading the file',
  fingerprinting: 'fingerprinting its content',
  parsing: 'reading the JSON and checking its format',
  'checking records': 'checking each record against its id',
};

function renderImport(state: ImportState): HTMLElement[] {
  const { loaded, problems, duplicates } = state;
  const exports = loaded.map((file) => file.document);
  const out: HTMLElement[] = [];
  if (problems.length > 0) {
    out.push(h('div', { class: 'notice import-problems', attrs: { role: 'alert' } }, h('p', {}, h('strong', {}, `${problems.length} ${problems.length === 1 ? 'file was' : 'files were'} not loaded:`)), h('ul', {}, ...problems.map((p) => h('li', { attrs: { 'data-problem': p.file } }, h('strong', {}, p.file), `: ${p.message}`)))));
  }
  if (duplicates.length > 0) {
    out.push(h('div', { class: 'notice import-duplicates', attrs: { 'data-duplicates': duplicates.length } }, h('ul', {}, ...duplicates.map((text) => h('li', {}, text)))));
  }
  out.push(h('p', { class: 'loaded-files', attrs: { 'data-loaded': loaded.length } }, loaded.length === 0 ? 'No file loaded yet.' : `Loaded ${loaded.length} ${loaded.length === 1 ? 'export' : 'exports'}: ${loaded.map((file) => file.label).join(', ')}.`));
  if (exports.length === 0) return out;
  const summary = summarizeCohort(exports);
  const avg = (value: number | null | undefined) => (value === undefined ? '—' : scoreText(value));
  const trainees = summary.trainees.map((t) =>
    h(
      'tr',
      { attrs: { 'data-trainee': t.key, 'data-name': t.candidate } },
      h('th', { attrs: { scope: 'row' } }, ...traineeCell(t)),
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
    tableScroll(
      { labelledBy: 'cohort-table-heading' },
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
