import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import { attemptScores, SCORE_KEYS } from './attempt-scores.ts';
import { h } from './dom.ts';
import { RUBRIC_LABELS, scoreText } from './labels.ts';

/** What the certificate screen's buttons do. */
export interface CertificateActions {
  back(): void;
}

/** The certificate of a passed attempt, laid out to print on one page; its buttons do not print. */
export function renderCertificate(attempt: AttemptRecord, actions: CertificateActions): HTMLElement {
  const scores = attemptScores(attempt)!;
  const pass = attempt.rules.track.pass;
  const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date(attempt.endedAt!));
  const rows = SCORE_KEYS.map((key) =>
    h('tr', { attrs: { 'data-score': key } }, h('th', { attrs: { scope: 'row' } }, RUBRIC_LABELS[key]), h('td', {}, scoreText(scores[key])), h('td', {}, `${key === 'overall' ? pass.overall : pass.rubrics[key]}%`)),
  );
  return h(
    'section',
    { class: 'screen certificate-screen', attrs: { 'aria-label': 'Certificate' } },
    h(
      'div',
      { class: 'certificate-actions no-print' },
      h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'print' }, on: { click: () => window.print() } }, 'Print or save as PDF'),
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'back' }, on: { click: actions.back } }, 'Back'),
    ),
    h(
      'article',
      { class: 'certificate', attrs: { 'aria-labelledby': 'certificate-heading' } },
      h('p', { class: 'cert-brand' }, 'Frontline'),
      h('h1', { attrs: { id: 'certificate-heading', tabindex: -1 } }, 'Certificate of achievement'),
      h('p', { class: 'cert-line' }, 'This certifies that'),
      h('p', { class: 'cert-name', attrs: { 'data-field': 'name' } }, attempt.candidate),
      h('p', { class: 'cert-line' }, 'passed the customer-service certification track'),
      h('p', { class: 'cert-track', attrs: { 'data-field': 'track' } }, attempt.trackName),
      h('p', { class: 'cert-line' }, 'on ', h('time', { attrs: { datetime: attempt.endedAt!, 'data-field': 'date' } }, date), `, attempt ${attempt.attemptNumber}, over ${attempt.calls.length} simulated calls.`),
      h(
        'table',
        { class: 'cert-scores' },
        h('caption', {}, `Scores, averaged over the ${attempt.calls.length} calls; every call met every pass mark`),
        h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Rubric'), h('th', { attrs: { scope: 'col' } }, 'Score'), h('th', { attrs: { scope: 'col' } }, 'Pass mark'))),
        h('tbody', {}, ...rows),
      ),
      h('p', { class: 'cert-id' }, 'Record id ', h('code', { attrs: { 'data-field': 'record-id' } }, attempt.contentId!)),
      h('p', { class: 'cert-note' }, 'The record id is derived from the content of the attempt record. It identifies that record; it does not prove the record was not edited in the browser where it was kept.'),
    ),
  );
}
