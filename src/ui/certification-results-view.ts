import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import { attemptScores, SCORE_KEYS } from './attempt-scores.ts';
import { h } from './dom.ts';
import { NOT_ASSESSED, OUTCOME_LABELS, RUBRIC_LABELS, scoreText } from './labels.ts';
import { tableScroll } from './table-scroll.ts';

/** What the results screen's buttons do. */
export interface ResultsActions {
  certificate(): void;
  history(): void;
  menu(): void;
}

/** A finished attempt's results: pass or fail, each call's verdict with its reasons, and per-rubric scores. */
export function renderCertificationResults(attempt: AttemptRecord, actions: ResultsActions): HTMLElement {
  const passed = attempt.status === 'passed';
  const marks = attempt.rules.track.pass;
  const head = h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Call'), h('th', { attrs: { scope: 'col' } }, 'Outcome'), ...SCORE_KEYS.map((key) => h('th', { attrs: { scope: 'col' } }, RUBRIC_LABELS[key])), h('th', { attrs: { scope: 'col' } }, 'Verdict'));
  const rows = attempt.scenarioIds.map((id, i) => {
    const call = attempt.calls[i];
    const verdict = attempt.verdicts[i];
    if (!call || !verdict) return h('tr', { attrs: { 'data-call': id, 'data-passed': 'false' } }, h('th', { attrs: { scope: 'row' } }, id), h('td', { attrs: { colspan: SCORE_KEYS.length + 2 } }, 'Not played'));
    const mark = (key: (typeof SCORE_KEYS)[number]) => (key === 'overall' ? marks.overall : marks.rubrics[key]);
    return h(
      'tr',
      { attrs: { 'data-call': id, 'data-passed': String(verdict.passed) } },
      h('th', { attrs: { scope: 'row' } }, call.scenarioTitle),
      h('td', {}, call.outcome ? OUTCOME_LABELS[call.outcome].title : 'No outcome'),
      ...SCORE_KEYS.map((key) => {
        const value = call.scores[key];
        const below = value !== null && value < mark(key);
        return h('td', { class: below ? 'below' : undefined, attrs: { 'data-score': key, title: value === null ? NOT_ASSESSED : undefined } }, scoreText(value));
      }),
      h('td', { class: 'verdict' }, h('strong', {}, verdict.passed ? 'Pass' : 'Fail'), verdict.reasons.length > 0 && h('ul', { class: 'reasons' }, ...verdict.reasons.map((reason) => h('li', {}, reason)))),
    );
  });
  const scores = attemptScores(attempt);
  return h(
    'section',
    { class: 'screen cert-results', attrs: { 'aria-labelledby': 'results-heading' } },
    h('h1', { attrs: { id: 'results-heading', tabindex: -1 } }, `Results: ${attempt.trackName}, attempt ${attempt.attemptNumber}`),
    h(
      'div',
      { class: `attempt-verdict ${passed ? 'passed' : 'failed'}`, attrs: { 'data-status': attempt.status } },
      h('strong', {}, passed ? 'Passed' : 'Not passed'),
      h('span', {}, passed ? ` Well done, ${attempt.candidate}: every call met every pass mark.` : ` ${attempt.candidate}, ${attempt.verdicts.filter((v) => !v.passed).length} of ${attempt.scenarioIds.length} calls did not meet the pass marks.`),
    ),
    tableScroll({ label: 'Each call, judged by the rules frozen when the attempt started' }, h('table', { class: 'results-table' }, h('caption', {}, 'Each call, judged by the rules frozen when the attempt started'), h('thead', {}, head), h('tbody', {}, ...rows))),
    scores &&
      h(
        'p',
        { class: 'attempt-averages', attrs: { 'data-averages': '' } },
        'Averages over the calls: ',
        SCORE_KEYS.map((key) => `${RUBRIC_LABELS[key]} ${scoreText(scores[key])}`).join(' · '),
      ),
    h(
      'div',
      { class: 'debrief-actions' },
      passed && h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'certificate' }, on: { click: actions.certificate } }, 'View your certificate'),
      h('button', { class: passed ? 'secondary' : 'primary', attrs: { type: 'button', 'data-action': 'history' }, on: { click: actions.history } }, 'Your history'),
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'menu' }, on: { click: actions.menu } }, 'Back to the menu'),
    ),
  );
}
