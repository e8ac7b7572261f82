import type { ScenarioReport } from '../engine/check/check-scenario.ts';
import type { LibraryCoverage } from '../engine/check/coverage.ts';

/** A check report as a trainer reads it: one line per problem, then the statistics. */
export function formatReport(report: ScenarioReport): string {
  const lines: string[] = [];
  for (const e of report.errors) lines.push(`${report.file}:${e.line}: error [${e.code}] ${e.message}`);
  for (const w of report.warnings) lines.push(`${report.file}:${w.line}: warning [${w.code}] ${w.message}`);
  const verdict = report.errors.length > 0 ? 'FAILED' : 'ok';
  const stats = report.stats;
  if (!stats) {
    lines.push(`${report.file}: ${verdict}`);
    return lines.join('\n');
  }
  const outcomes = Object.entries(stats.outcomes)
    .filter(([, n]) => n > 0)
    .map(([o, n]) => `${o} ${n}`)
    .join(', ');
  const rubrics = Object.entries(stats.rubrics)
    .map(([r, { min, max }]) => `${r} ${min}…${max}`)
    .join(', ');
  lines.push(
    `${report.file}: ${verdict} (${report.id}): ${stats.knots} knots, ${stats.choicePoints} choice points (${stats.longestPath} on the longest path), ${stats.choices} choices, ` +
      `${stats.states} states, ${stats.endings} endings (${outcomes || 'no outcomes'})`,
    `  raw rubric totals over complete paths: ${rubrics}; triggers: ${stats.triggers.join(', ') || 'none'}${stats.complete ? '' : '; INCOMPLETE'}`,
    `  practises: ${stats.coverage.techniques.join(', ') || 'no tagged technique'}; traps: ${stats.coverage.traps.join(', ') || 'none'}`,
  );
  return lines.join('\n');
}

/** The library's coverage: for each technique and each trigger, how many scenarios and which. */
export function formatCoverage(coverage: LibraryCoverage): string {
  const row = (name: string, scenarios: string[]) => `  ${name}: ${scenarios.length} (${scenarios.join(', ') || 'none'})`;
  return [
    'coverage: techniques practised at a choice point that matters',
    ...coverage.techniques.map((t) => row(`${t.label} [${t.id}]`, t.scenarios)),
    'coverage: triggers planted as traps',
    ...coverage.traps.map((t) => row(`${t.id} (${t.family})`, t.scenarios)),
  ].join('\n');
}
