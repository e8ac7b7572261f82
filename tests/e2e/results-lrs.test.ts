import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { NOT_FRONTLINE } from '../../src/engine/cohort/statement-calls.ts';
import { exportJson } from '../../src/engine/records/export-document.ts';
import { basicAuth } from '../../src/platform/lrs-client.ts';
import { expectedSummary, generateCohort, seedLrs, type GeneratedCohort } from '../helpers/generated-cohort.ts';
import { startFakeLrs, type FakeLrs, type FakeLrsFaults } from '../lrs/fake-lrs.ts';
import { startLrs, type LocalLrs } from '../lrs/local-lrs.ts';
import { openPage, type TestPage } from './browser.ts';
import { expectAccessible } from './certification-steps.ts';
import type { Page } from 'playwright-core';

const appUrl = inject('appUrl');
let open: TestPage | undefined;
let lrs: LocalLrs;
let cohort: GeneratedCohort;
let fake: FakeLrs | undefined;

beforeAll(async () => {
  cohort = generateCohort({ statements: 3_000, seed: 11, plays: 4 });
  lrs = await startLrs();
  await seedLrs(lrs.endpoint, basicAuth('seeder', 'secret'), cohort.statements);
}, 180_000);

afterAll(async () => lrs?.stop());

afterEach(async () => {
  await open?.close();
  await fake?.close();
  open = undefined;
  fake = undefined;
});

async function resultsPage(): Promise<TestPage> {
  const t = (open = await openPage({ width: 1280, height: 900 }));
  await t.page.goto(appUrl);
  await t.page.click('[data-nav="results"]');
  await t.page.waitForSelector('[data-lrs-source]');
  return t;
}

async function readLrs(page: Page, endpoint: string): Promise<void> {
  await page.fill('[data-lrs-source] input[name="endpoint"]', endpoint);
  await page.fill('[data-lrs-source] input[name="username"]', 'reader');
  await page.fill('[data-lrs-source] input[name="password"]', 'secret');
  await page.click('[data-action="read-lrs"]');
}

/** The trainees' table as the page shows it: name → calls, mean overall, certification. */
async function traineeRows(page: Page): Promise<string[][]> {
  return page.locator('[data-table="trainees"] tbody tr').evaluateAll((rows) => rows.map((r) => ['trainee', 'calls', 'overall', 'certification', 'attempts'].map((col) => r.querySelector(`[data-col="${col}"]`)!.textContent!)));
}

describe('the results view reading an LRS, in Chromium', () => {
  it('reads the cohort from a real LRS page by page in a worker, with progress, and shows the same figures as the records that made it', async () => {
    const t = await resultsPage();
    const expected = expectedSummary(cohort);
    await readLrs(t.page, lrs.endpoint);
    await t.page.waitForSelector('[data-lrs-progress]:not([hidden]) [data-lrs-step]');
    await t.page.waitForSelector('[data-lrs-loaded]', { timeout: 120_000 });
    expect(await t.page.locator('[data-lrs-loaded]').textContent()).toBe(`Read ${cohort.statements.length.toLocaleString('en')} statements from ${lrs.endpoint}: ${cohort.calls.toLocaleString('en')} calls.`);
    expect(await t.page.locator('[data-lrs-progress]').isHidden()).toBe(true);
    await expect.poll(() => t.page.locator('.cohort-count').getAttribute('data-cohort-calls')).toBe(String(expected.calls));
    expect(await traineeRows(t.page)).toEqual(
      expected.trainees.map((s) => [s.candidate, String(s.calls), String(s.averages?.overall ?? ''), s.passed ? 'certified' : s.inProgress ? 'in progress' : s.failed ? `not passed (${s.failed} ${s.failed === 1 ? 'attempt' : 'attempts'})` : 'no attempt', String(s.attempts)]),
    );
    const weeks = await t.page.locator('[data-chart="weeks"] rect.week-calls[data-week]').evaluateAll((rects) => rects.map((r) => [r.getAttribute('data-week'), Number(r.getAttribute('data-calls'))]));
    expect(weeks).toEqual(expected.weeks.map((w) => [w.week, w.calls]));
    const techniques = await t.page.locator('[data-table="techniques"] tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-row'), Number(r.querySelector('[data-col="weak-share"]')!.textContent)]));
    expect(techniques).toEqual(expected.techniques.map((x) => [x.id, x.weakShare]));
    expect(techniques.length).toBeGreaterThan(0);
    await t.shot('results-lrs', false);
    for (const section of ['scenarios', 'choice-points', 'weeks']) {
      await t.page.locator(`[data-section="${section}"]`).scrollIntoViewIfNeeded();
      await t.shot(`results-lrs-${section}`, false);
    }

    // Filters: one group of accounts, then practice calls only.
    const north = 'https://lms.north.example';
    await t.page.selectOption('[data-filters] select[name="homePage"]', north);
    await expect.poll(() => t.page.locator('.cohort-count').getAttribute('data-cohort-calls')).toBe(String(expectedSummary(cohort, { homePage: north }).calls));
    expect(await t.page.locator('.cohort-count').getAttribute('data-cohort-trainees')).toBe(String(expectedSummary(cohort, { homePage: north }).trainees.length));
    await t.page.selectOption('[data-filters] select[name="track"]', 'practice');
    const practice = expectedSummary(cohort, { homePage: north, track: 'practice' });
    await expect.poll(() => t.page.locator('.cohort-count').getAttribute('data-cohort-calls')).toBe(String(practice.calls));
    expect(await traineeRows(t.page)).toEqual(practice.trainees.map((s) => [s.candidate, String(s.calls), String(s.averages?.overall ?? ''), 'no attempt', '0']));
    await expectAccessible(t.page, 'results view with an LRS');
    await t.page.locator('[data-filters]').scrollIntoViewIfNeeded();
    await t.shot('results-lrs-filtered', false);

    // Every table saves as CSV.
    const [download] = await Promise.all([t.page.waitForEvent('download'), t.page.click('[data-csv="scenarios"]')]);
    expect(download.suggestedFilename()).toBe('frontline-cohort-scenarios.csv');
    expect(t.errors).toEqual([]);
  });

  it('combines files and the LRS into one cohort, counting a call found in both once', async () => {
    const t = await resultsPage();
    // The trainer has the files of the first four trainees; the LRS has everyone.
    const files = cohort.exports.slice(0, 4);
    await t.page.setInputFiles('#export-files', files.map((doc, i) => ({ name: `trainee-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(exportJson(doc)) })));
    await expect.poll(() => t.page.locator('[data-loaded]').getAttribute('data-loaded'), { timeout: 60_000 }).toBe('4');
    expect(await t.page.locator('.cohort-count').getAttribute('data-cohort-calls')).toBe(String(expectedSummary({ ...cohort, exports: files }).calls));
    await readLrs(t.page, lrs.endpoint);
    await t.page.waitForSelector('[data-lrs-loaded]', { timeout: 120_000 });
    const expected = expectedSummary(cohort);
    await expect.poll(() => t.page.locator('.cohort-count').getAttribute('data-cohort-calls')).toBe(String(expected.calls));
    expect(await t.page.locator('.cohort-count').getAttribute('data-cohort-trainees')).toBe(String(expected.trainees.length));
    // The four trainees with files keep their trainee id; the rest are known by their LMS account.
    const ids = await t.page.locator('[data-table="trainees"] tbody [data-col="trainee-id"]').allTextContents();
    expect(ids.filter(Boolean).sort()).toEqual(files.map((f) => f.traineeId).sort());
    await t.shot('results-files-and-lrs', false);
    expect(t.errors).toEqual([]);
  });
});

describe('the results view when the LRS answers badly, in Chromium', () => {
  const some = () => generateCohort({ statements: 60, seed: 3, plays: 2 }).statements;

  async function errorFor(faults: FakeLrsFaults): Promise<string> {
    fake = await startFakeLrs(some(), faults);
    const t = await resultsPage();
    await readLrs(t.page, fake.endpoint);
    const error = await t.page.waitForSelector('[data-lrs-error]', { timeout: 60_000 });
    // Nothing partial is shown as the cohort.
    expect(await t.page.locator('.cohort-count').count()).toBe(0);
    return (await error.textContent())!;
  }

  it('says so in words for wrong credentials, a 500 midway, a malformed page and a more link that loops', async () => {
    expect(await errorFor({ status: 401 })).toMatch(/^The LRS refused the key and secret \(401 Unauthorized\) when asked for page 1 of the “completed” statements\. Check them/);
    await open!.shot('results-lrs-credentials');
    await open!.close();
    await fake!.close();
    expect(await errorFor({ failPage: 2 })).toMatch(/^The LRS failed while giving page 2 of the “completed” statements \(500 Internal Server Error\)\. Nothing is shown/);
    await open!.close();
    await fake!.close();
    expect(await errorFor({ malformedPage: 3 })).toMatch(/is not an xAPI statement result: it is not JSON\./);
    await open!.close();
    await fake!.close();
    expect(await errorFor({ loopPage: 2 })).toMatch(/“more” link after page 2 of the “completed” statements leads back to a page already read/);
  });

  it('counts and names statements that are not Frontline’s, and shows the rest', async () => {
    const foreign = { id: 'c1d2e3f4-0000-4000-8000-000000000001', actor: { mbox: 'mailto:x@example.com' }, verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } }, object: { objectType: 'Activity', id: 'https://moodle.example/course/7' }, timestamp: '2026-01-05T10:00:00.000Z' };
    fake = await startFakeLrs([...some(), foreign]);
    const t = await resultsPage();
    await readLrs(t.page, fake.endpoint);
    await t.page.waitForSelector('[data-lrs-loaded]');
    expect(await t.page.locator('[data-lrs-skipped]').getAttribute('data-lrs-skipped')).toBe('1');
    expect(await t.page.locator('[data-lrs-skipped] li').textContent()).toBe(`1 ${NOT_FRONTLINE} (for example ${foreign.id})`);
    expect(Number(await t.page.locator('.cohort-count').getAttribute('data-cohort-calls'))).toBeGreaterThan(0);
    expect(t.errors).toEqual([]);
  });

  it('cancels a slow reading and shows nothing of it', async () => {
    fake = await startFakeLrs(some(), { delayMs: 400 });
    const t = await resultsPage();
    await readLrs(t.page, fake.endpoint);
    await t.page.waitForSelector('[data-lrs-progress]:not([hidden]) [data-lrs-step]:not([data-lrs-step="0"])');
    await t.shot('results-lrs-progress');
    await t.page.click('[data-action="cancel-lrs"]');
    expect(await t.page.locator('[data-lrs-error]').textContent()).toBe('Reading the LRS was cancelled; nothing is shown.');
    expect(await t.page.locator('[data-lrs-progress]').isHidden()).toBe(true);
    expect(await t.page.locator('.cohort-count').count()).toBe(0);
  });
});
