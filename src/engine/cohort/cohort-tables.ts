import Papa from 'papaparse';
import { RUBRIC_NAMES } from '../schema/rubric-names.ts';
import type { CohortSummary, TraineeSummary } from './cohort-tally.ts';

/** One of the cohort's tables, as the page shows it, the CSV export writes it and `frontline report` prints it. */
export interface CohortTable {
  id: 'trainees' | 'scenarios' | 'choice-points' | 'triggers' | 'techniques' | 'weeks';
  title: string;
  /** what the table answers, in a sentence */
  about: string;
  columns: string[];
  /** a short key per column, for the page's cells (data-col) */
  keys: string[];
  rows: (string | number)[][];
  /** what each row is about: a trainee key, a scenario id… */
  rowKeys: string[];
}

export const TABLE_IDS: readonly CohortTable['id'][] = ['trainees', 'scenarios', 'choice-points', 'triggers', 'techniques', 'weeks'];

/** Names for the ids the summary holds: trigger families and techniques from the rubric data. */
export interface CohortLabels {
  trigger(id: string): string;
  technique(id: string): string;
}

const SCORE_KEYS = ['empathy', 'ownership', 'expectations', 'triggers', 'overall'] as const;
const cell = (value: number | null | undefined) => (value === null || value === undefined ? '' : value);

/** A trainee's certification in words: certified, not passed (how many times), in progress, or no attempt. */
export function certificationWords(t: Pick<TraineeSummary, 'attempts' | 'passed' | 'failed' | 'inProgress'>): string {
  if (t.passed > 0) return 'certified';
  if (t.inProgress > 0) return 'in progress';
  if (t.failed > 0) return `not passed (${t.failed} ${t.failed === 1 ? 'attempt' : 'attempts'})`;
  return 'no attempt';
}

/** Every table of the cohort summary, in the page's order. */
export function cohortTables(summary: CohortSummary, labels: CohortLabels): CohortTable[] {
  const weakPoints = summary.choicePoints.filter((p) => p.weak > 0);
  return [
    {
      id: 'trainees',
      title: 'Trainees',
      about: 'Each trainee’s calls, mean score per rubric, and certification.',
      columns: ['Trainee', 'Trainee id', 'Also recorded as', 'Group', 'Calls', ...SCORE_KEYS.map((k) => `${RUBRIC_NAMES[k]} (mean %)`), 'Certification', 'Attempts', 'Passed', 'Not passed', 'In progress'],
      keys: ['trainee', 'trainee-id', 'other-names', 'group', 'calls', ...SCORE_KEYS, 'certification', 'attempts', 'passed', 'failed', 'in-progress'],
      rows: summary.trainees.map((t) => [t.candidate, t.traineeId ?? '', t.otherNames.join(', '), t.homePage ?? '', t.calls, ...SCORE_KEYS.map((k) => cell(t.averages?.[k])), certificationWords(t), t.attempts, t.passed, t.failed, t.inProgress]),
      rowKeys: summary.trainees.map((t) => t.key),
    },
    {
      id: 'scenarios',
      title: 'Scenarios',
      about: 'How each scenario went, hardest first: its mean score and the share of the cohort that completed it.',
      columns: ['Scenario', 'Calls', 'Trainees', 'Completed by (% of trainees)', 'Overall (mean %)', 'Resolved or follow-up (% of calls)'],
      keys: ['scenario', 'calls', 'trainees', 'completion', 'overall', 'resolved'],
      rows: summary.scenarios.map((s) => [s.title, s.calls, s.trainees, s.completion, s.averageOverall, Math.round((((s.outcomes.resolved ?? 0) + (s.outcomes.follow_up ?? 0)) / s.calls) * 1000) / 10]),
      rowKeys: summary.scenarios.map((s) => s.scenarioId),
    },
    {
      id: 'choice-points',
      title: 'Choice points where trainees pick a weak line',
      about: 'The places in a scenario where the largest share of trainees chose a line with a trigger phrase or a negative rating at least once.',
      columns: ['Scenario', 'Line', 'After choosing', 'Trainees who reached it', 'Picked a weak line', 'Weak (% of trainees)', 'Weak line picked most'],
      keys: ['scenario', 'line', 'after', 'reached', 'weak', 'weak-share', 'weak-line'],
      rowKeys: weakPoints.map((p) => `${p.scenarioId} ${p.after.join('.')}`),
      rows: weakPoints.map((p) => [p.title, p.step, p.after.length ? p.after.join(' › ') : 'the start', p.reached, p.weak, p.weakShare, p.weakLines[0] ? (p.weakLines[0].line ? `“${p.weakLines[0].line}”` : `choice ${p.weakLines[0].choice}`) : '']),
    },
    {
      id: 'triggers',
      title: 'Trigger phrases',
      about: 'Each trigger family, how often the cohort’s chosen lines used it, and who used it most.',
      columns: ['Trigger family', 'Id', 'Times used', 'Trainees', 'Used most by'],
      keys: ['family', 'id', 'count', 'trainees', 'by'],
      rows: summary.triggers.map((t) => [labels.trigger(t.id), t.id, t.count, t.trainees, t.by.map((b) => `${b.name} (${b.count})`).join(', ')]),
      rowKeys: summary.triggers.map((t) => t.id),
    },
    {
      id: 'techniques',
      title: 'Techniques, weakest first',
      about: 'For each technique, the choice points that practise it, and how often a weak line was picked there.',
      columns: ['Technique', 'Id', 'Choice points reached', 'Weak picks', 'Weak (% of picks)', 'Trainees'],
      keys: ['technique', 'id', 'visits', 'weak', 'weak-share', 'trainees'],
      rows: summary.techniques.map((t) => [labels.technique(t.id), t.id, t.visits, t.weakVisits, t.weakShare, t.trainees]),
      rowKeys: summary.techniques.map((t) => t.id),
    },
    {
      id: 'weeks',
      title: 'Week by week',
      about: 'Calls, active trainees, mean overall score and certification calls passed, per week (Monday to Sunday, UTC).',
      columns: ['Week of', 'Calls', 'Trainees', 'Overall (mean %)', 'Certification calls', 'Passed'],
      keys: ['week', 'calls', 'trainees', 'overall', 'certification', 'passed'],
      rows: summary.weeks.map((w) => [w.week, w.calls, w.trainees, w.averageOverall, w.certificationCalls, w.passedCalls]),
      rowKeys: summary.weeks.map((w) => w.week),
    },
  ];
}

/** A table as CSV text; cells a spreadsheet would run as a formula are escaped. */
export function tableCsv(table: CohortTable): string {
  return `${Papa.unparse({ fields: table.columns, data: table.rows.map((row) => row.map(String)) }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
