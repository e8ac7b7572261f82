import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import type { CallRecord } from '../engine/records/call-record.ts';
import type { QuarantineEntry } from '../platform/records-store.ts';
import { attemptScores, SCORE_KEYS } from './attempt-scores.ts';
import { h } from './dom.ts';
import { NOT_ASSESSED, OUTCOME_LABELS, RUBRIC_LABELS, scoreText } from './labels.ts';
import { detailFor } from './notices-view.ts';
import { tableScroll } from './table-scroll.ts';

/** Everything the history screen lists. */
export interface HistoryData {
  name: string;
  attempts: readonly AttemptRecord[];
  practice: readonly CallRecord[];
  /** every record ever set aside as unusable */
  quarantined: readonly QuarantineEntry[];
}

/** What the history screen's controls do. */
export interface HistoryActions {
  rename(name: string): void;
  exportJson(): void;
  exportCsv(): void;
  /** open a practice call's debrief */
  debrief(callId: string): void;
  results(attemptId: string): void;
  certificate(attemptId: string): void;
  resume(): void;
}

const STATUS_LABELS: Record<AttemptRecord['status'], string> = { in_progress: 'In progress', passed: 'Passed', failed: 'Not passed' };
const when = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
const col = (text: string) => h('th', { attrs: { scope: 'col' } }, text);

/** Past certification attempts and practice calls with their scores, the export buttons, and what was set aside. */
export function renderHistory(data: HistoryData, actions: HistoryActions): HTMLElement {
  const name = h('input', { attrs: { id: 'history-name', type: 'text', autocomplete: 'name', maxlength: 80, value: data.name } });
  const nameForm = h('form', { class: 'name-form' }, h('label', { attrs: { for: 'history-name' } }, 'Your name on new records and exports'), name, h('button', { class: 'secondary small', attrs: { type: 'submit' } }, 'Save name'));
  nameForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (name.value.trim() !== '') actions.rename(name.value);
  });
  const attempts = [...data.attempts].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const attemptRows = attempts.map((attempt) => {
    const overall = attemptScores(attempt)?.overall;
    const action =
      attempt.status === 'in_progress'
        ? h('button', { class: 'primary small', attrs: { type: 'button', 'data-action': 'resume' }, on: { click: actions.resume } }, 'Resume')
        : h('button', { class: 'secondary small', attrs: { type: 'button', 'data-action': 'results' }, on: { click: () => actions.results(attempt.id) } }, 'Results');
    return h(
      'tr',
      { attrs: { 'data-attempt': attempt.id, 'data-status': attempt.status } },
      h('td', {}, when(attempt.startedAt)),
      h('td', {}, attempt.candidate),
      h('th', { attrs: { scope: 'row' } }, `${attempt.trackName}, attempt ${attempt.attemptNumber}`),
      h('td', {}, `${attempt.calls.length} of ${attempt.scenarioIds.length}`),
      h('td', {}, overall === undefined ? '—' : `${overall}%`),
      h('td', { class: `status ${attempt.status}` }, STATUS_LABELS[attempt.status]),
      h('td', {}, attempt.contentId ? h('code', {}, attempt.contentId) : '—'),
      h('td', { class: 'row-actions' }, action, attempt.status === 'passed' && h('button', { class: 'secondary small', attrs: { type: 'button', 'data-action': 'certificate' }, on: { click: () => actions.certificate(attempt.id) } }, 'Certificate')),
    );
  });
  const practice = [...data.practice].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const practiceRows = practice.map((call) =>
    h(
      'tr',
      { attrs: { 'data-call': call.id } },
      h('td', {}, when(call.startedAt)),
      h('th', { attrs: { scope: 'row' } }, call.scenarioTitle),
      h('td', {}, call.outcome ? OUTCOME_LABELS[call.outcome].title : 'No outcome'),
      ...SCORE_KEYS.map((key) => h('td', { attrs: { 'data-score': key, title: call.scores[key] === null ? NOT_ASSESSED : undefined } }, scoreText(call.scores[key]))),
      h('td', { class: 'row-actions' }, h('button', { class: 'secondary small', attrs: { type: 'button', 'data-action': 'debrief', 'aria-label': `Debrief of ${call.scenarioTitle}, ${when(call.startedAt)}` }, on: { click: () => actions.debrief(call.id) } }, 'Debrief')),
    ),
  );
  const empty = data.attempts.length === 0 && data.practice.length === 0;
  return h(
    'section',
    { class: 'screen history', attrs: { 'aria-labelledby': 'history-heading' } },
    h('h1', { attrs: { id: 'history-heading', tabindex: -1 } }, 'Your history'),
    data.quarantined.length > 0 &&
      h(
        'div',
        { class: 'notice', attrs: { 'data-notice': 'quarantine' } },
        h('p', {}, h('strong', {}, `${data.quarantined.length} stored ${data.quarantined.length === 1 ? 'record was' : 'records were'} damaged and set aside. `), 'They are kept apart, not deleted, and every other record is listed here.'),
        h('ul', {}, ...data.quarantined.map((entry) => h('li', {}, `A ${entry.store === 'calls' ? 'practice call' : entry.store === 'steps' ? 'Watch or Teach' : 'certification attempt'} record, set aside ${when(entry.at)}: ${entry.reason}.`, detailFor(entry.detail)))),
      ),
    nameForm,
    h('h2', { attrs: { id: 'attempts-heading' } }, 'Certification attempts'),
    attempts.length === 0
      ? h('p', {}, 'No certification attempts yet.')
      : tableScroll({ labelledBy: 'attempts-heading' }, h('table', { class: 'history-table', attrs: { 'aria-labelledby': 'attempts-heading' } }, h('thead', {}, h('tr', {}, col('Started'), col('Name'), col('Track'), col('Calls'), col('Overall'), col('Outcome'), col('Record id'), h('td', {}))), h('tbody', {}, ...attemptRows))),
    h('h2', { attrs: { id: 'practice-heading' } }, 'Practice calls'),
    practice.length === 0
      ? h('p', {}, 'No practice calls finished yet.')
      : tableScroll({ labelledBy: 'practice-heading' }, h('table', { class: 'history-table', attrs: { 'aria-labelledby': 'practice-heading' } }, h('thead', {}, h('tr', {}, col('Date'), col('Caller'), col('Outcome'), ...SCORE_KEYS.map((key) => col(RUBRIC_LABELS[key])), h('td', {}))), h('tbody', {}, ...practiceRows))),
    h('h2', { attrs: { id: 'export-heading' } }, 'Export'),
    h('p', {}, 'Download every record, practice and certification, to give to your trainer: JSON for Frontline’s results view, CSV (one row per call) for a spreadsheet.'),
    h(
      'div',
      { class: 'debrief-actions' },
      h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'export-json', disabled: empty }, on: { click: actions.exportJson } }, 'Download JSON'),
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'export-csv', disabled: empty }, on: { click: actions.exportCsv } }, 'Download CSV'),
    ),
  );
}
