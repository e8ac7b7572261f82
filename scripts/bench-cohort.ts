// The trainer's cohort from an LRS: load and aggregate 100,000 statements (part of npm run bench).
import { performance } from 'node:perf_hooks';
import { summarize } from '../src/engine/cohort/cohort-tally.ts';
import { combineCohort } from '../src/engine/cohort/combine-sources.ts';
import { readLrsCalls } from '../src/engine/cohort/lrs-pages.ts';
import { techniqueIndex } from '../src/engine/cohort/technique-index.ts';
import { generateCohort } from '../tests/helpers/generated-cohort.ts';
import { startFakeLrs } from '../tests/lrs/fake-lrs.ts';

const STATEMENTS = 100_000;
const PAGE = 500;

/**
 * Generate a cohort of 100,000 statements with the app's own builders, serve them from memory in pages of 500 over HTTP (so the
 * figure is the reader's, not an LRS's), and time reading every page, checking each statement, assembling the calls and
 * summarising them. Resolves with the figures to print.
 */
export async function benchCohort(): Promise<Record<string, string>> {
  const cohort = generateCohort({ statements: STATEMENTS });
  const server = await startFakeLrs(cohort.statements, {}, PAGE);
  try {
    const started = performance.now();
    const read = await readLrsCalls({ endpoint: server.endpoint, auth: 'Basic YmVuY2g6YmVuY2g=', pageSize: PAGE }, (url, init) => fetch(url, init));
    const loaded = performance.now();
    const sizes = new Map(cohort.tracks.map((t) => [t.id, t.scenarios.order === 'fixed' ? t.scenarios.ids.length : t.scenarios.draw]));
    const { calls, attempts } = combineCohort({ calls: [], attempts: [] }, read.calls, sizes);
    const summary = summarize(calls, attempts, techniqueIndex((id) => cohort.stories.get(id)));
    const done = performance.now();
    if (summary.calls !== cohort.calls || read.used !== cohort.statements.length) throw new Error(`the bench cohort read back wrong: ${summary.calls} of ${cohort.calls} calls`);
    const pages = server.requests.length;
    return {
      'cohort statements': `${read.read.toLocaleString('en')} (${summary.calls.toLocaleString('en')} calls, ${summary.trainees.length} trainees, ${pages} pages of ${PAGE})`,
      'cohort load (HTTP pages, check, assemble calls) ms': (loaded - started).toFixed(0),
      'cohort aggregate (summary with techniques) ms': (done - loaded).toFixed(0),
      'cohort load and aggregate ms': (done - started).toFixed(0),
      'cohort statements per second': Math.round(read.read / ((done - started) / 1000)).toLocaleString('en'),
    };
  } finally {
    await server.close();
  }
}
