// `frontline check stories/` as a trainer runs it: the built CLI in a fresh process, with one and two threads.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const RUNS = 3;
/** Issue 12's mark for the whole library. */
const BUDGET_S = 2;

/** Printed by the checked process as it exits: the CPU time of all its threads (the workers end before it does). */
const CPU_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('cpu-ms '+Math.round((u.user+u.system)/1000)+'\\n')})`;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** One run of the check: wall and CPU seconds. */
function run(threads: number): { wall: number; cpu: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, 'bin/frontline.js', 'check', 'stories/'], {
    env: { ...process.env, FRONTLINE_THREADS: String(threads) },
    encoding: 'utf8',
  });
  const wall = (performance.now() - start) / 1000;
  const cpu = /cpu-ms (\d+)/.exec(result.stderr)?.[1];
  if (result.status !== 0 || cpu === undefined) throw new Error(`frontline check stories/ failed: ${result.stderr}`);
  return { wall, cpu: Number(cpu) / 1000 };
}

/** Print the median wall and CPU time of `frontline check stories/` with one and with two threads. */
export function benchCliCheck(): void {
  const load = loadavg()[0]!.toFixed(1);
  for (const threads of [1, 2]) {
    const runs = Array.from({ length: RUNS }, () => run(threads));
    const wall = median(runs.map((r) => r.wall));
    console.log(
      `frontline check stories/ (built CLI, FRONTLINE_THREADS=${threads}, median of ${RUNS}, load average ${load}): ` +
        `${wall.toFixed(2)} s wall, ${median(runs.map((r) => r.cpu)).toFixed(2)} s CPU${wall <= BUDGET_S ? '' : ` (over the ${BUDGET_S} s mark)`}`,
    );
  }
}
