// The studio's branch map: how long building and laying it out takes, for each shipped scenario and a 1,000-line one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRubrics } from '../src/cli/rubric-source.ts';
import { checkScenario } from '../src/engine/check/check-scenario.ts';
import { studioMap } from '../src/engine/studio/studio-map.ts';
import { longScenario } from '../tests/helpers/long-scenario.ts';

/** Median milliseconds of building and laying out the map of one scenario, with its size. */
function mapTime(file: string, source: string): { ms: number; boxes: number; arrows: number } {
  const { analyzer, rules } = loadRubrics();
  // The naive strategies do not change the map: leave them out to keep the bench short.
  const check = checkScenario(file, source, { rater: analyzer, rules, strategies: false });
  if (!check.exploration || !check.rated) throw new Error(`${file} did not compile`);
  const input = { source, exploration: check.exploration, rated: check.rated, errors: check.report.errors, rules };
  const runs = Array.from({ length: 5 }, () => {
    const start = performance.now();
    const map = studioMap(input);
    return { ms: performance.now() - start, boxes: map.model.nodes.length, arrows: map.model.edges.length };
  });
  runs.sort((a, b) => a.ms - b.ms);
  return runs[2]!;
}

/** Print the map's build and layout time (median of 5) per shipped scenario and for a generated 1,000-line one. */
export function benchStudioMap(): void {
  const shipped = readdirSync('stories').filter((n) => n.endsWith('.ink')).sort();
  const times = shipped.map((name) => ({ name, ...mapTime(name, readFileSync(join('stories', name), 'utf8')) }));
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`studio map (build + dagre layout): shipped scenarios ${Math.min(...times.map((t) => t.ms)).toFixed(1)}–${slowest.ms.toFixed(1)} ms (slowest ${slowest.name}, ${slowest.boxes} boxes, ${slowest.arrows} arrows)`);
  const long = longScenario(1000);
  const big = mapTime('long-studio-call.ink', long);
  console.log(`studio map (build + dagre layout): ${long.split('\n').length}-line scenario, ${big.boxes} boxes, ${big.arrows} arrows: ${big.ms.toFixed(1)} ms`);
}
