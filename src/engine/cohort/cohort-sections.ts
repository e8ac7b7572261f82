import { barChart, weekChart } from './cohort-charts.ts';
import { cohortTables, type CohortLabels, type CohortTable } from './cohort-tables.ts';
import type { CohortSummary } from './cohort-tally.ts';
import type { Markup } from './markup.ts';

/** One section of the cohort page: a table, and the chart that draws its main figure. */
export interface CohortSection {
  table: CohortTable;
  chart?: Markup;
}

const CHART_ROWS = 10;

/** The cohort page's sections in order; the page and `frontline report --format html` both draw these. */
export function cohortSections(summary: CohortSummary, labels: CohortLabels): CohortSection[] {
  const charts: Partial<Record<CohortTable['id'], Markup>> = {};
  if (summary.scenarios.length) {
    charts.scenarios = barChart({ id: 'scenarios', caption: 'Mean overall score per scenario, hardest first (out of 100).', max: 100, bars: summary.scenarios.slice(0, CHART_ROWS).map((s) => ({ label: s.title, value: s.averageOverall, text: `${s.averageOverall}%` })) });
  }
  const weak = summary.choicePoints.filter((p) => p.weak > 0).slice(0, CHART_ROWS);
  if (weak.length) {
    charts['choice-points'] = barChart({ id: 'choice-points', caption: 'Share of the trainees who reached a choice point and picked a weak line there (out of 100).', max: 100, bars: weak.map((p) => ({ label: `${p.title}, line ${p.step}`, value: p.weakShare, text: `${p.weakShare}% of ${p.reached}` })) });
  }
  if (summary.triggers.length) {
    charts.triggers = barChart({ id: 'triggers', caption: 'How many chosen lines used each trigger family, most used first.', bars: summary.triggers.slice(0, CHART_ROWS).map((t) => ({ label: labels.trigger(t.id), value: t.count, text: `${t.count} by ${t.trainees}` })) });
  }
  if (summary.techniques.length) {
    charts.techniques = barChart({ id: 'techniques', caption: 'Share of picks at each technique’s choice points that were weak lines, weakest first (out of 100).', max: 100, bars: summary.techniques.slice(0, CHART_ROWS).map((t) => ({ label: labels.technique(t.id), value: t.weakShare, text: `${t.weakShare}%` })) });
  }
  if (summary.weeks.length) charts.weeks = weekChart(summary.weeks);
  return cohortTables(summary, labels).map((table) => ({ table, ...(charts[table.id] ? { chart: charts[table.id]! } : {}) }));
}
