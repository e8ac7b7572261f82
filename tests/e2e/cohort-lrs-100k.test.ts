import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { summarize } from '../../src/engine/cohort/cohort-tally.ts';
import { callsPerAttempt, combineCohort } from '../../src/engine/cohort/combine-sources.ts';
import { readLrsCalls } from '../../src/engine/cohort/lrs-pages.ts';
import { techniqueIndex } from '../../src/engine/cohort/technique-index.ts';
import type { CohortSummary } from '../../src/engine/cohort/cohort-tally.ts';
import { basicAuth } from '../../src/platform/lrs-client.ts';
import { comparable, expectedSummary, generateCohort, seedLrs, type GeneratedCohort } from '../helpers/generated-cohort.ts';
import { startLrs, type LocalLrs } from '../lrs/local-lrs.ts';
import { openPage, type TestPage } from './browser.ts';

// One cohort of at least 100,000 statements, seeded once into the real LRS and read back three ways: by the reader in Node, by
// `frontline report`, and by the results view in Chromium. Each must give the figures of the records that made the statements.
const appUrl = inject('appUrl');
let lrs: LocalLrs;
let cohort: GeneratedCohort;
let expected: CohortSummary;
let open: TestPage | undefined;

beforeAll(async () => {
  const started = performance.now();
  cohort = generateCohort({ statements: 100_000 });
  const generatedMs = performance.now() - started;
  expected = expectedSummary(cohort);
  lrs = await startLrs();
  const seededMs = await seedLrs(lrs.endpoint, basicAuth('seeder', 'secret'), cohort.statements);
  console.info(`100k cohort: ${cohort.statements.length} statements, ${cohort.calls} calls, ${cohort.exports.length} trainees; generated in ${(generatedMs / 1000).toFixed(1)} s, posted to xapi-statements in ${(seededMs / 1000).toFixed(1)} s`);
}, 900_000);

afterAll(async () => {
  await open?.close();
  await lrs?.stop();
});

describe('a cohort of 100,000 statements in a real LRS (xapi-statements)', () => {
  it('reads back, page by page over HTTP, into the summary of the records that made it', async () => {
    expect(cohort.statements.length).toBeGreaterThanOrEqual(100_000);
    const started = performance.now();
    const read = await readLrsCalls({ endpoint: lrs.endpoint, auth: basicAuth('reader', 'secret') }, (url, init) => fetch(url, init));
    const sizes = new Map(cohort.tracks.map((t) => [t.id, callsPerAttempt(t)]));
    const { calls, attempts } = combineCohort({ calls: [], attempts: [] }, read.calls, sizes);
    const summary = summarize(calls, attempts, techniqueIndex((id) => cohort.stories.get(id)));
    console.info(`100k cohort read from xapi-statements and aggregated in Node in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(read).toMatchObject({ read: cohort.statements.length, used: cohort.statements.length, skipped: [] });
    expect(comparable(summary)).toEqual(comparable(expected));
  }, 600_000);

  it('gives the same figures through frontline report', async () => {
    const report = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, ['bin/frontline.js', 'report', '--lrs', lrs.endpoint], { env: { ...process.env, FRONTLINE_LRS_KEY: 'reader', FRONTLINE_LRS_SECRET: 'secret' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c));
      child.stderr.on('data', (c: Buffer) => (stderr += c));
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
    expect(report.status, report.stderr).toBe(0);
    expect(comparable((JSON.parse(report.stdout) as { summary: CohortSummary }).summary)).toEqual(comparable(expected));
  }, 600_000);

  it('gives the same figures in the results view, read in a worker without freezing the page', async () => {
    const t = (open = await openPage({ width: 1280, height: 900 }));
    await t.page.goto(appUrl);
    await t.page.click('[data-nav="results"]');
    await t.page.fill('[data-lrs-source] input[name="endpoint"]', lrs.endpoint);
    await t.page.fill('[data-lrs-source] input[name="username"]', 'reader');
    await t.page.fill('[data-lrs-source] input[name="password"]', 'secret');
    const started = performance.now();
    await t.page.click('[data-action="read-lrs"]');
    // While the worker reads, the page answers: its progress text changes and a script on the page runs.
    await t.page.waitForSelector('[data-lrs-step]:not([data-lrs-step="0"])', { timeout: 300_000 });
    expect(await t.page.evaluate(() => document.querySelector('[data-lrs-step]')!.textContent)).toMatch(/statements read so far$/);
    await t.page.waitForSelector('.cohort-count', { timeout: 600_000 });
    console.info(`100k cohort read from xapi-statements and shown in Chromium in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(await t.page.locator('[data-lrs-loaded]').getAttribute('data-lrs-statements')).toBe(String(cohort.statements.length));
    expect(await t.page.locator('.cohort-count').getAttribute('data-cohort-calls')).toBe(String(expected.calls));
    expect(await t.page.locator('.cohort-count').getAttribute('data-cohort-trainees')).toBe(String(expected.trainees.length));
    const cells = (table: string, cols: string[]) => t.page.locator(`[data-table="${table}"] tbody tr`).evaluateAll((rows, c) => rows.map((r) => c.map((col) => r.querySelector(`[data-col="${col}"]`)!.textContent)), cols);
    expect(await cells('scenarios', ['scenario', 'calls', 'trainees', 'completion', 'overall'])).toEqual(expected.scenarios.map((s) => [s.title, String(s.calls), String(s.trainees), String(s.completion), String(s.averageOverall)]));
    expect(await cells('weeks', ['week', 'calls', 'trainees', 'overall', 'passed'])).toEqual(expected.weeks.map((w) => [w.week, String(w.calls), String(w.trainees), String(w.averageOverall), String(w.passedCalls)]));
    expect(await cells('techniques', ['id', 'visits', 'weak'])).toEqual(expected.techniques.map((x) => [x.id, String(x.visits), String(x.weakVisits)]));
    expect(await cells('triggers', ['id', 'count', 'trainees'])).toEqual(expected.triggers.map((x) => [x.id, String(x.count), String(x.trainees)]));
    expect(await cells('trainees', ['trainee', 'calls', 'overall', 'attempts', 'passed', 'failed', 'in-progress'])).toEqual(
      expected.trainees.slice(0, 200).map((s) => [s.candidate, String(s.calls), String(s.averages?.overall ?? ''), String(s.attempts), String(s.passed), String(s.failed), String(s.inProgress)]),
    );
    await t.shot('results-lrs-100k', false);
    expect(t.errors).toEqual([]);
  }, 900_000);
});
