import { existsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fromMessage, type FileCheck } from './check-file.ts';
import type { CheckJob, FromWorker, ToWorker } from './check-worker.ts';
import type { RubricSource } from './rubric-source.ts';

/** The worker's module, built beside this one into dist-cli/ (a worker thread cannot load TypeScript). */
const WORKER = new URL('./check-worker.js', import.meta.url);

/** Worker threads can only run the built CLI, not its TypeScript source (as the tests import it). */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

/**
 * How many threads checking `files` files is worth: one per idle core (this one included) but
 * one, at most one per file. A worker thread is a V8 isolate of its own: it loads the checker
 * again, compiles the rubric phrases again, and warms up the ink compiler, the ink runtime and
 * the explorer again. Measured on the shipped library, that costs about 1.1 s of CPU per thread
 * (two halves of the library checked in two processes took 5.0 s of CPU, the whole library in
 * one 3.9 s), and even a single thread keeps a second core busy with V8's concurrent compiler
 * and garbage collector (2.5 s of CPU in 1.7 s of wall time): on two cores a second thread
 * measured slower than one (1.9 s), quiet or busy. So one core is left to V8, and a busy core
 * (the load average) counts as taken. `FRONTLINE_THREADS` sets the number instead.
 */
export function workerCount(files: number, asked = process.env.FRONTLINE_THREADS): number {
  const threads = asked && /^[1-9]\d*$/.test(asked) ? Number(asked) : Math.round(availableParallelism() - loadavg()[0]!) - 1;
  return Math.max(1, Math.min(threads, files));
}

/**
 * Start `count` worker threads at once: loading the checker takes a thread longer than reading
 * the command's plan and rubric data takes this one, so they load meanwhile.
 */
export function startWorkers(count: number): Worker[] {
  return Array.from({ length: count }, () => {
    const worker = new Worker(WORKER);
    // A worker that is never given a file (the data files failed) is stopped unheard; one that is, reports through checkInWorkers.
    worker.on('error', () => undefined);
    return worker;
  });
}

/** End the worker threads. */
export async function stopWorkers(workers: readonly Worker[]): Promise<void> {
  await Promise.all(workers.map((worker) => worker.terminate()));
}

/**
 * Check scenario files in this thread and in the worker threads, each taking the next file when
 * it is done with one. The workers are first sent the rubric data, validated here. The answers
 * are keyed by file, so the report comes out in the same order as a serial check.
 */
export async function checkInWorkers(
  workers: readonly Worker[],
  jobs: readonly CheckJob[],
  rubrics: RubricSource,
  checkHere: (job: CheckJob) => FileCheck,
  err: (text: string) => void,
): Promise<Map<string, FileCheck>> {
  const results = new Map<string, FileCheck>();
  // Longest files first, so that no thread is left with a long one while the others have finished.
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  const queue = jobs.map((job) => ({ job, size: size(job.file) })).sort((a, b) => b.size - a.size).map(({ job }) => job);
  const here = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      results.set(job.file, checkHere(job));
      // Let the workers' answers in, so that they get their next file at once.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = (message: ToWorker) => worker.postMessage(message);
      let assigned = 0;
      const next = () => {
        const job = queue.shift();
        if (job) {
          assigned++;
          send({ kind: 'check', ...job });
        } else if (assigned === 0) resolve();
      };
      worker.on('message', (answer: FromWorker) => {
        if (answer.kind === 'progress') err(answer.text);
        else if (answer.kind === 'failed') reject(new Error(`${answer.file}: ${answer.error}`));
        else {
          results.set(answer.file, fromMessage(answer.message));
          assigned--;
          next();
        }
      });
      worker.on('error', reject);
      send({ kind: 'rubrics', rubrics });
      // A file ahead: this thread hears a worker's answer only between its own files.
      next();
      next();
    });
  await Promise.all([...workers.map(run), here()]);
  return results;
}
