// npm run bench: speed and size figures for the engine (and the front end, when present).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRubrics } from '../src/cli/rubric-source.ts';
import { analyzeLine } from '../src/engine/analyzer/analyze-line.ts';
import { compileRubricData } from '../src/engine/analyzer/compile-rubric-data.ts';
import { explore } from '../src/engine/explore/explorer.ts';
import { enumerateNaively } from '../src/engine/explore/naive-enumerate.ts';
import { rateNodes, summarizePaths } from '../src/engine/explore/paths.ts';
import { compileInk } from '../src/engine/story/compile.ts';
import { benchCliCheck } from './bench-cli-check.ts';
import { benchStudioCheck } from './bench-studio-check.ts';
import { benchStudioMap } from './bench-studio-map.ts';

const STORIES = 'stories';
const RUNS = 5;
/** The naive replay takes up to seconds per scenario: fewer runs, still a median. */
const NAIVE_RUNS = 3;
/** Runs of a fast step are repeated until they add up to this much time (at most MAX_RUNS). */
const STEADY_MS = 400;
const MAX_RUNS = 41;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function compiled(source: string) {
  const result = compileInk(source);
  if (!result.ok) throw new Error(result.errors.map((e) => `line ${e.line}: ${e.message}`).join('\n'));
  return result;
}

/** The long calls the exact best/worst search is measured on (test fixtures). */
const LONG_CALLS = ['tests/fixtures/stories/long-linear.ink', 'tests/fixtures/stories/long-branching.ink'];

function benchStories(): void {
  const files = readdirSync(STORIES).filter((n) => n.endsWith('.ink')).sort();
  // The segment ratio bounds the time ratio: both run the same segments, the explorer each
  // (state, choice) once, the naive replay every one of every path prefix from the start.
  console.log('scenario                      compile ms  states  explore ms  states/s  naive paths  naive ms  naive/explore  segments naive/explore');
  for (const name of files) {
    const source = readFileSync(join(STORIES, name), 'utf8');
    const compileMs = median(Array.from({ length: RUNS }, () => timed(() => compiled(source)).ms));
    // A small scenario explores in about 10 ms, where one collection pause shifts a run: more runs then.
    const exploreRuns: ReturnType<typeof timed<ReturnType<typeof explore>>>[] = [];
    while (exploreRuns.length < RUNS || (exploreRuns.length < MAX_RUNS && exploreRuns.reduce((sum, r) => sum + r.ms, 0) < STEADY_MS)) {
      const { story } = compiled(source);
      exploreRuns.push(timed(() => explore(story)));
    }
    const exploreMs = median(exploreRuns.map((r) => r.ms));
    const states = exploreRuns[0]!.result.nodes.length;
    const segments = 1 + exploreRuns[0]!.result.nodes.reduce((n, node) => n + node.edges.length, 0);
    // Medians on both sides: the replay's time is as noisy as the explorer's on this machine.
    const naiveRuns = Array.from({ length: NAIVE_RUNS }, () => {
      const { story } = compiled(source);
      return timed(() => enumerateNaively(story));
    });
    const naive = { result: naiveRuns[0]!.result, ms: median(naiveRuns.map((r) => r.ms)) };
    console.log(
      `${name.padEnd(30)}${compileMs.toFixed(1).padStart(10)}${String(states).padStart(8)}${exploreMs.toFixed(1).padStart(12)}` +
        `${Math.round(states / (exploreMs / 1000)).toString().padStart(10)}${String(naive.result.paths).padStart(13)}` +
        `${naive.ms.toFixed(1).padStart(10)}${(naive.ms / exploreMs).toFixed(1).padStart(14)}×` +
        `${`${naive.result.segments}/${segments}`.padStart(16)} = ${(naive.result.segments / segments).toFixed(1)}${naive.result.complete ? '' : ' (cut)'}`,
    );
  }
}

/** The analysis itself, line after line: the analyzer's memory of lines it has seen is left out, so repeats cost in full. */
function benchAnalyzer(): void {
  const compiledData = compileRubricData(loadRubrics().data);
  const sources = ['tests/fixtures/analyzer-dev.jsonl', 'tests/fixtures/analyzer-holdout.jsonl'].filter(existsSync);
  const lines = sources.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  const rounds = Math.max(1, Math.ceil(20_000 / lines.length));
  const { ms } = timed(() => {
    for (let r = 0; r < rounds; r++) for (const line of lines) analyzeLine(line, compiledData);
  });
  const total = rounds * lines.length;
  console.log(`analyzer: ${total} lines in ${ms.toFixed(0)} ms = ${Math.round(total / (ms / 1000))} lines/s`);
}

/** Exact best and worst paths of calls far too long to enumerate. */
function benchLongCalls(): void {
  const { analyzer, rules } = loadRubrics();
  for (const file of LONG_CALLS) {
    const { story } = compiled(readFileSync(file, 'utf8'));
    const exploration = explore(story);
    const rated = rateNodes(exploration, analyzer);
    const { result, ms } = timed(() => summarizePaths(exploration, rated, rules));
    console.log(
      `${file}: ${exploration.nodes.length} states, ${result.paths.toExponential(2)} complete paths; exact best ${result.best?.scores.overall.toFixed(1)} ` +
        `and worst ${result.worst?.scores.overall.toFixed(1)} in ${ms.toFixed(0)} ms${result.complete ? '' : ' (INCOMPLETE)'}`,
    );
  }
}

benchStories();
benchCliCheck();
benchLongCalls();
benchAnalyzer();
benchStudioMap();
benchStudioCheck();
const { benchCohort } = await import('./bench-cohort.ts');
for (const [key, value] of Object.entries(await benchCohort())) console.log(`${key}: ${value}`);
const FRONTEND_BENCH = './bench-frontend.ts';
if (existsSync('scripts/bench-frontend.ts')) {
  const { benchFrontend } = (await import(FRONTEND_BENCH)) as { benchFrontend: () => Promise<Record<string, number | string>> };
  for (const [key, value] of Object.entries(await benchFrontend())) console.log(`front end: ${key}: ${value}`);
}
