import type { Technique } from '../engine/schema/rubric-data.ts';
import type { CallReport } from '../engine/scoring/call-report.ts';
import type { BestScore } from '../platform/saved-data.ts';
import { h } from './dom.ts';
import { NOT_ASSESSED, OUTCOME_LABELS, RUBRIC_LABELS, scoreText } from './labels.ts';
import { adviceNotes, evidenceNotes, ratingChips, takenAsNote, triggerNotes, type LineFacts } from './line-review.ts';
import { renderMoodPlot } from './mood-plot.ts';

/** Everything the debrief shows. */
export interface DebriefData {
  title: string;
  report: CallReport;
  lines: LineFacts[];
  /** per line, the techniques its choice point practised */
  techniques: Pick<Technique, 'id' | 'label' | 'description'>[][];
  moodCurve: { mood: number; agent: boolean }[];
  best: BestScore;
  improved: boolean;
}

/** What the debrief's buttons do. */
export interface DebriefActions {
  retry(): void;
  replayFrom(choiceIndex: number): void;
  menu(): void;
}

const SCORE_KEYS = ['empathy', 'ownership', 'expectations', 'triggers', 'overall'] as const;

/** The debrief: outcome, score bars, mood curve and a review of every line the trainee chose. */
export function renderDebrief(data: DebriefData, actions: DebriefActions): HTMLElement {
  const { report } = data;
  const outcome = report.outcome ? OUTCOME_LABELS[report.outcome] : { title: 'No outcome', detail: 'The call stopped before an ending.' };
  const bars = SCORE_KEYS.map((key) => {
    const value = report.scores[key];
    const assessed = value !== null;
    return h(
      'li',
      {
        class: `score ${key}${assessed ? '' : ' not-assessed'}`,
        attrs: { 'data-score': key, 'data-value': assessed ? value : 'not-assessed', title: assessed ? undefined : NOT_ASSESSED },
      },
      h('span', { class: 'score-name' }, RUBRIC_LABELS[key]),
      h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, h('span', { class: 'fill', attrs: { style: `width: ${value ?? 0}%` } })),
      h('span', { class: 'score-value' }, scoreText(value), assessed ? '' : h('span', { class: 'sr-only' }, ` ${NOT_ASSESSED}`)),
    );
  });
  const lines = report.choices.map((choice, i) => {
    const facts = data.lines[i]!;
    return h(
      'li',
      { class: 'review', attrs: { 'data-choice-review': i + 1, 'data-typed': facts.typed ? 'true' : undefined } },
      techniqueNote(data.techniques[i] ?? []) ?? '',
      facts.typed ? h('p', { class: 'typed-label' }, 'In your own words') : null,
      h('blockquote', {}, choice.text),
      ratingChips(facts, true),
      triggerNotes(facts) ?? '',
      ...evidenceNotes(facts),
      takenAsNote(facts) ?? '',
      ...adviceNotes(facts),
      h('button', { class: 'secondary small', attrs: { type: 'button', 'data-replay': i + 1 }, on: { click: () => actions.replayFrom(i) } }, `Replay from line ${i + 1}`),
    );
  });
  return h(
    'section',
    { class: 'screen debrief', attrs: { 'aria-labelledby': 'debrief-heading' } },
    h('h1', { attrs: { id: 'debrief-heading', tabindex: -1 } }, `Debrief: ${data.title}`),
    h('div', { class: `outcome outcome-${report.outcome ?? 'none'}`, attrs: { 'data-outcome': report.outcome ?? 'none' } }, h('strong', {}, outcome.title), h('span', {}, ` ${outcome.detail}`)),
    h('div', { class: 'debrief-grid' },
      h('section', { class: 'scores', attrs: { 'aria-labelledby': 'scores-heading' } },
        h('h2', { attrs: { id: 'scores-heading' } }, 'Scores'),
        h('ul', { class: 'score-bars' }, ...bars),
        SCORE_KEYS.some((key) => report.scores[key] === null) &&
          h('p', { class: 'not-assessed-note', attrs: { 'data-not-assessed': '' } }, `— ${NOT_ASSESSED}`),
        h('p', { class: 'best', attrs: { 'data-best': data.best.scores.overall } }, data.improved ? `New best for this caller: ${data.best.scores.overall}%` : `Your best for this caller: ${data.best.scores.overall}%`),
      ),
      h('section', { class: 'mood', attrs: { 'aria-labelledby': 'mood-heading' } }, h('h2', { attrs: { id: 'mood-heading' } }, 'Mood'), renderMoodPlot(data.moodCurve)),
    ),
    h('div', { class: 'debrief-actions' },
      h('button', { class: 'primary', attrs: { type: 'button', 'data-action': 'retry' }, on: { click: actions.retry } }, 'Retry the call'),
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'menu' }, on: { click: actions.menu } }, 'Back to callers'),
    ),
    h('section', { class: 'reviews', attrs: { 'aria-labelledby': 'lines-heading' } }, h('h2', { attrs: { id: 'lines-heading' } }, 'Your lines'), h('ol', {}, ...lines)),
  );
}

/** What the choice point practised, so the trainee sees what the moment was for. */
function techniqueNote(techniques: readonly Pick<Technique, 'id' | 'label' | 'description'>[]): HTMLElement | undefined {
  if (techniques.length === 0) return undefined;
  return h(
    'p',
    { class: 'technique', attrs: { 'data-techniques': techniques.map((t) => t.id).join(' ') } },
    h('strong', {}, `Technique: ${techniques.map((t) => t.label).join(' · ')}`),
    ...techniques.filter((t) => t.description !== '').map((t) => ` ${t.description}`),
  );
}
