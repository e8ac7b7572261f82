import { filterCohort, type CohortFilter } from '../engine/cohort/cohort-filter.ts';
import { cohortSections } from '../engine/cohort/cohort-sections.ts';
import type { CohortLabels } from '../engine/cohort/cohort-tables.ts';
import { summarize } from '../engine/cohort/cohort-tally.ts';
import { callsPerAttempt, combineCohort } from '../engine/cohort/combine-sources.ts';
import { techniqueIndex } from '../engine/cohort/technique-index.ts';
import { cohortOfExports } from '../engine/records/cohort-summary.ts';
import type { ExportDocument } from '../engine/records/export-document.ts';
import { exportSizeProblem, type FileImport, type ImportProgress } from '../engine/records/import-export-file.ts';
import { NO_IMPORTS, withImport, type ImportState } from '../engine/records/loaded-exports.ts';
import type { Track } from '../engine/schema/track.ts';
import type { KeyValueStore } from '../platform/storage.ts';
import { renderCohortFilters } from './cohort-filter-view.ts';
import { renderCohortSections } from './cohort-sections-view.ts';
import { h } from './dom.ts';
import { importInWorker } from './import-in-worker.ts';
import { renderLrsSource, type LrsCohort } from './lrs-source-view.ts';

/** What the results view needs from the app: where to keep the LRS settings, the tracks, names for ids, and the scenarios' stories. */
export interface CohortContext {
  store: KeyValueStore;
  tracks: readonly Track[];
  labels: CohortLabels;
  /** a scenario's compiled story, to find the techniques its choice points practise; undefined when this build does not have it */
  storyJson(scenarioId: string): Promise<string | undefined>;
  /** the trainees' and the cohort's skills profiles, made from the loaded exports, shown below the cohort's sections */
  skills?(exports: readonly ExportDocument[]): HTMLElement;
}

/** The trainer's results view: trainees' JSON exports (picked or dropped) and an LRS, combined into one cohort, with filters. */
export function renderCohortView(context: CohortContext): HTMLElement {
  let state: ImportState = NO_IMPORTS;
  let lrs: LrsCohort | undefined;
  let filter: CohortFilter = {};
  const sizes = new Map(context.tracks.map((track) => [track.id, callsPerAttempt(track)]));
  const stories = new Map<string, string | undefined>();
  // Renders are asynchronous (stories load); a later one makes an earlier one's result stale.
  let renders = 0;
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
    { class: 'secondary small', attrs: { type: 'button', 'data-action': 'clear', hidden: true }, on: { click: () => ((state = NO_IMPORTS), (queue.length = 0), (generation += 1), void show()) } },
    'Clear the imported files',
  );
  const lrsSource = renderLrsSource({
    store: context.store,
    read: (cohort) => ((lrs = cohort), void show()),
    forget: () => ((lrs = undefined), void show()),
  });

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
        await show();
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

  async function show(): Promise<void> {
    const mine = ++renders;
    clear.hidden = state.loaded.length === 0 && state.problems.length === 0 && state.duplicates.length === 0;
    if (clear.hidden && !lrs) return output.replaceChildren();
    try {
      const all = combineCohort(cohortOfExports(state.loaded.map((file) => file.document)), lrs?.calls ?? [], sizes);
      const kept = filterCohort(all.calls, all.attempts, filter);
      const missing = [...new Set(kept.calls.map((call) => call.scenarioId))].filter((id) => !stories.has(id));
      // A story that cannot be fetched only leaves its choice points without techniques.
      await Promise.all(missing.map((id) => context.storyJson(id).then((json) => stories.set(id, json), () => stories.set(id, undefined))));
      if (mine !== renders) return;
      const summary = summarize(kept.calls, kept.attempts, techniqueIndex((id) => stories.get(id)));
      const homePages = [...new Set(all.calls.map((call) => call.trainee.homePage).filter((p): p is string => p !== null))].sort();
      const filters = all.calls.length === 0 ? [] : [renderCohortFilters(filter, { tracks: context.tracks, homePages }, (next) => ((filter = next), void show()))];
      const counted = h('p', { class: 'cohort-count', attrs: { 'data-cohort-calls': summary.calls, 'data-cohort-trainees': summary.trainees.length } }, `The cohort${Object.keys(filter).length ? ' (filtered)' : ''}: ${summary.calls.toLocaleString('en')} calls by ${summary.trainees.length.toLocaleString('en')} trainees.`);
      output.replaceChildren(...renderImport(state), ...filters, ...(summary.calls + summary.trainees.length > 0 ? [counted, ...renderCohortSections(cohortSections(summary, context.labels))] : []));
      if (state.loaded.length > 0 && context.skills) output.append(context.skills(state.loaded.map((file) => file.document)));
    } catch (error) {
      // What was loaded stays loaded: the next import, or clearing, renders again.
      output.replaceChildren(h('p', { class: 'notice', attrs: { role: 'alert' } }, `The cohort could not be summarised: ${error instanceof Error ? error.message : String(error)}. Clear the imported files and load them again, fewer at a time.`));
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
    h('p', { class: 'lead' }, 'Load the trainees’ JSON files, read your LRS, or both: a call found in both counts once. Nothing leaves this browser.'),
    h(
      'div',
      { class: 'cohort-grid' },
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'files-source-heading' } }, h('h2', { attrs: { id: 'files-source-heading' } }, 'From files'), h('p', {}, 'Ask each trainee for the JSON file from “Your history → Download JSON”.'), zone, progress, clear),
      lrsSource,
    ),
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
  const out: HTMLElement[] = [];
  if (problems.length > 0) {
    out.push(h('div', { class: 'notice import-problems', attrs: { role: 'alert' } }, h('p', {}, h('strong', {}, `${problems.length} ${problems.length === 1 ? 'file was' : 'files were'} not loaded:`)), h('ul', {}, ...problems.map((p) => h('li', { attrs: { 'data-problem': p.file } }, h('strong', {}, p.file), `: ${p.message}`)))));
  }
  if (duplicates.length > 0) {
    out.push(h('div', { class: 'notice import-duplicates', attrs: { 'data-duplicates': duplicates.length } }, h('ul', {}, ...duplicates.map((text) => h('li', {}, text)))));
  }
  out.push(h('p', { class: 'loaded-files', attrs: { 'data-loaded': loaded.length } }, loaded.length === 0 ? 'No file loaded.' : `Loaded ${loaded.length} ${loaded.length === 1 ? 'export' : 'exports'}: ${loaded.map((file) => file.label).join(', ')}.`));
  return out;
}
