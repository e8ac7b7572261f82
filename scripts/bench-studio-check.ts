// The studio's check latency: what the worker runs when typing pauses, for each shipped scenario and a 1,000-line one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRubrics } from '../src/cli/rubric-source.ts';
import { studioCheck } from '../src/engine/studio/studio-check.ts';
import { longScenario } from '../tests/helpers/long-scenario.ts';

/** The studio's budget from a typing pause to updated diagnostics. */
const BUDGET_MS = 150;
const RUNS = 3;

interface Latency {
  /** reading and compiling: tags, ratings and compile errors are shown */
  firstMs: number;
  /** the whole check: exploration, dead ends, naive strategies, coverage */
  wholeMs: number;
  /** the whole check's CPU time: what it would take on an idle core of this machine (it shares 2 cores with other work) */
  cpuMs: number;
  lines: number;
}

/**
 * Median over a few runs, each on a fresh edit of the text (a comment added), after one run that
 * warms the code up, as the studio's worker is warm after the first check of a session.
 */
function latency(file: string, source: string): Latency {
  const { analyzer, rules } = loadRubrics();
  const rubrics = { rater: analyzer, rules };
  studioCheck({ kind: 'check', run: 0, file, source }, rubrics);
  const runs = Array.from({ length: RUNS }, (_, run) => {
    let firstMs = 0;
    const cpu = process.cpuUsage();
    const start = performance.now();
    studioCheck({ kind: 'check', run: run + 1, file, source: `${source}\n// edit ${run}\n` }, rubrics, { onSourceChecked: () => (firstMs = performance.now() - start) });
    const used = process.cpuUsage(cpu);
    return { firstMs, wholeMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { firstMs: median(runs.map((r) => r.firstMs)), wholeMs: median(runs.map((r) => r.wholeMs)), cpuMs: median(runs.map((r) => r.cpuMs)), lines: source.split('\n').length };
}

/** Print the studio check's latency per shipped scenario and for a generated 1,000-line one, against the budget. */
export function benchStudioCheck(): void {
  console.log(`studio check (what the worker runs on a typing pause; median of ${RUNS} warm runs; budget ${BUDGET_MS} ms)`);
  console.log('scenario                      lines  first diagnostics ms  whole check ms  whole check CPU ms  CPU within budget');
  const rows = readdirSync('stories')
    .filter((n) => n.endsWith('.ink'))
    .sort()
    .map((name) => ({ name, ...latency(join('stories', name), readFileSync(join('stories', name), 'utf8')) }));
  rows.push({ name: '1,000-line generated', ...latency('long-studio-call.ink', longScenario(1000)) });
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(30)}${String(row.lines).padStart(5)}  ${row.firstMs.toFixed(0).padStart(20)}  ${row.wholeMs.toFixed(0).padStart(14)}  ${row.cpuMs.toFixed(0).padStart(18)}  ${row.cpuMs <= BUDGET_MS ? 'yes' : 'NO'}`,
    );
  }
  const within = rows.filter((r) => r.wholeMs <= BUDGET_MS).length;
  const withinCpu = rows.filter((r) => r.cpuMs <= BUDGET_MS).length;
  console.log(
    `studio check: whole check within ${BUDGET_MS} ms: ${within} of ${rows.length} by the clock, ${withinCpu} of ${rows.length} by CPU time; first diagnostics at most ${Math.max(...rows.map((r) => r.firstMs)).toFixed(0)} ms by the clock`,
  );
}
