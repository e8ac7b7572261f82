import type { CallReview } from '../engine/certification/attempt-review.ts';
import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import { attemptScores, SCORE_KEYS } from './attempt-scores.ts';
import { h } from './dom.ts';
import { NOT_ASSESSED, OUTCOME_LABELS, RUBRIC_LABELS, scoreText } from './labels.ts';
import { tableScroll } from './table-scroll.ts';
import { ratingList } from './line-review.ts';

/** What the results screen's buttons do. */
export interface ResultsActions {
  certificate(): void;
  history(): void;
  menu(): void;
}

/** What the results screen shows besides the attempt: each call reviewed by the engine, and when the candidate may try again. */
export interface ResultsExtras {
  review: readonly CallReview[];
  /** a sentence saying when the next attempt can start (in local time), or that none is left; none after a pass */
  next: string | undefined;
}

/** One call's lines, each with its ratings, the trigger it used and the better line. */
function renderCallReview(call: CallReview): HTMLElement {
  const lines = call.lines.map((line) =>
    h(
      'li',
      { class: 'review', attrs: { 'data-line': line.number } },
      h('blockquote', {}, line.text ?? `Line ${line.number}`),
      ratingList(line.ratings, true),
      line.triggers.length > 0 && h('p', { class: 'trigger-used' }, h('strong', {}, 'Trigger: '), line.triggers.map((t) => t.family).join('; ')),
      line.better && h('p', { class: 'better' }, h('strong', {}, 'Better: '), `“${line.better}”`),
    ),
  );
  return h(
    'section',
    { class: 'call-review', attrs: { 'data-review': call.scenarioId, 'aria-labelledby': `review-${call.scenarioId}` } },
    h('h3', { attrs: { id: `review-${call.scenarioId}` } }, `${call.title}: ${call.passed ? 'passed' : 'not passed'}`),
    !call.played ? h('p', {}, 'You did not play this call.') : !call.textsKnown && h('p', { class: 'feedback' }, 'This scenario has changed since your call, so your lines are shown by number with their ratings.'),
    lines.length > 0 && h('ol', { class: 'reviews' }, ...lines),
  );
}

/** A finished attempt's results: pass or fail, each call's verdict with its reasons in words, per-rubric scores, when to try again, and for a failed attempt each call line by line. */
export function renderCertificationResults(attempt: AttemptRecord, extras: ResultsExtras, actions: ResultsActions): HTMLElement {
  const passed = attempt.status === 'passed';
  const marks = attempt.rules.track.pass;
  const head = h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Call'), h('th', { attrs: { scope: 'col' } }, 'Outcome'), ...SCORE_KEYS.map((key) => h('th', { attrs: { scope: 'col' } }, RUBRIC_LABELS[key])), h('th', { attrs: { scope: 'col' } }, 'Verdict'));
  const rows = attempt.scenarioIds.map((id, i) => {
    const call = attempt.calls[i];
    const verdict = attempt.verdicts[i];
    const reviewed = extras.review[i];
    if (!call || !verdict) return h('tr', { attrs: { 'data-call': id, 'data-passed': 'false' } }, h('th', { attrs: { scope: 'row' } }, reviewed?.title ?? id), h('td', { attrs: { colspan: SCORE_KEYS.length + 2 } }, 'Not played'));
    const reasons = reviewed?.reasons ?? verdict.reasons;
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
      h('td', { class: 'verdict' }, h('strong', {}, verdict.passed ? 'Pass' : 'Fail'), reasons.length > 0 && h('ul', { class: 'reasons' }, ...reasons.map((reason) => h('li', {}, reason)))),
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
    extras.next && h('p', { class: 'next-attempt', attrs: { 'data-next-attempt': '' } }, extras.next),
    h(
      'div',
      { class: 'debrief-actions' },
      passed && h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'certificate' }, on: { click: actions.certificate } }, 'View your certificate'),
      h('button', { class: passed ? 'secondary' : 'primary', attrs: { type: 'button', 'data-action': 'history' }, on: { click: actions.history } }, 'Your history'),
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'menu' }, on: { click: actions.menu } }, 'Back to the menu'),
    ),
    !passed &&
      extras.review.some((call) => call.played) &&
      h(
        'section',
        { class: 'attempt-review', attrs: { 'aria-labelledby': 'attempt-review-heading' } },
        h('h2', { attrs: { id: 'attempt-review-heading' } }, 'Your calls, line by line'),
        h('p', { class: 'lead' }, 'Each line you chose, how it was rated, the trigger phrase it used, and a better line to practise.'),
        ...extras.review.filter((call) => call.played).map(renderCallReview),
      ),
  );
}
