import { describeReach, type ScenarioReport } from './check-scenario.ts';
import type { LibraryCoverage } from './coverage.ts';
import type { TrackReport } from './check-track.ts';
import type { GamingReport } from './gaming-check.ts';
import { NAIVE_STRATEGIES, STRATEGY_NAMES } from './naive-strategies.ts';
import type { TrackStrategies } from './track-strategies.ts';
import type { CallScores } from '../scoring/call-score.ts';
import { diagnosticLine } from './diagnostics.ts';

function scoreLine(scores: CallScores): string {
  return `overall ${scores.overall}: empathy ${scores.empathy}, ownership ${scores.ownership}, expectations ${scores.expectations}, triggers ${scores.triggers}`;
}

/** What naive strategies score on a scenario, and what the lines' look gives away. */
function formatStrategies(gaming: GamingReport): string[] {
  const lines = [`  naive strategies (best path overall ${gaming.bestOverall}):`];
  for (const result of gaming.naive) {
    lines.push(`    ${STRATEGY_NAMES[result.strategy]}: ${scoreLine(result.scores)}; ends ${result.outcome ?? 'without an ending'}, mood ${result.mood}`);
  }
  const { random } = gaming;
  const ends = Object.entries(random.outcomes)
    .filter(([, n]) => n > 0)
    .map(([o, n]) => `${o} ${n}`)
    .join(', ');
  lines.push(`    ${random.walks} random walks: mean ${scoreLine(random.mean)}; 90th percentile overall ${random.p90.overall}; ends ${ends}`);
  const key = gaming.answerKey;
  const position = key.samePosition === null ? 'moves' : `is always ${key.samePosition === 'last' ? 'last' : `number ${key.samePosition}`}`;
  lines.push(
    `  answer key: of ${key.points} choice points, the best line is the longest at ${key.bestLongest} and the shortest at ${key.bestShortest}; its place ${position}; ` +
      `median words: best lines ${key.medianWordsBest}, the others ${key.medianWordsOther}`,
  );
  return lines;
}

/** Whether each naive strategy would pass a track. */
function formatTrackStrategies(strategies: TrackStrategies): string[] {
  const lines = ['  naive strategies on this track:'];
  for (const strategy of NAIVE_STRATEGIES) {
    const verdict = strategies.naive[strategy];
    const calls = Object.entries(verdict.calls);
    const passed = calls.filter(([, ok]) => ok).map(([id]) => id);
    lines.push(`    ${STRATEGY_NAMES[strategy]}: ${verdict.passes ? 'PASSES the track' : 'fails the track'}; passes ${passed.length} of ${calls.length} calls${passed.length > 0 ? ` (${passed.join(', ')})` : ''}`);
  }
  const random = Object.entries(strategies.random).map(([id, share]) => `${id} ${Math.round(share * 1000) / 10} %`);
  lines.push(`    random walks that pass each call: ${random.join(', ')}`);
  return lines;
}

/** A check report as a trainer reads it: one line per problem, then the statistics. */
export function formatReport(report: ScenarioReport | TrackReport): string {
  const lines: string[] = [];
  for (const diagnostic of [...report.errors, ...report.warnings]) lines.push(diagnosticLine(report.file, diagnostic));
  const verdict = report.errors.length > 0 ? 'FAILED' : 'ok';
  const strategies = report.strategies;
  const stats = 'stats' in report ? report.stats : undefined;
  if (!stats) {
    lines.push(`${report.file}: ${verdict}`);
    if (strategies && !('answerKey' in strategies)) lines.push(...formatTrackStrategies(strategies));
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
    `  seen: ${describeReach(stats.reach)}; ${stats.reach.exhaustive ? 'every state explored' : `NOT EXHAUSTIVE: ${stats.states} states explored, then ${stats.reach.playThroughs} play-throughs`}`,
  );
  if (strategies && 'answerKey' in strategies) lines.push(...formatStrategies(strategies));
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
