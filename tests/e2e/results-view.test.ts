import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { finishAttempt } from '../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../src/engine/certification/record-call.ts';
import { startAttempt } from '../../src/engine/certification/start-attempt.ts';
import { summarizeCohort } from '../../src/engine/records/cohort-summary.ts';
import { exportJson, makeExport, type ExportDocument } from '../../src/engine/records/export-document.ts';
import { makeCallRecord } from '../../src/engine/records/make-call-record.ts';
import { parseRubricData } from '../../src/engine/schema/rubric-data.ts';
import { parseTrack } from '../../src/engine/schema/track.ts';
import type { CallReport } from '../../src/engine/scoring/call-report.ts';
import { openPage, type TestPage } from './browser.ts';
import { cliPlay, type CliReport } from './call-steps.ts';
import { expectAccessible, FOUNDATIONS } from './certification-steps.ts';

const appUrl = inject('appUrl');
const ROOT = resolve(import.meta.dirname, '../..');
const HASH = 'a'.repeat(64);
const ANA_ID = '0a0a0a0a-0000-4000-8000-00000000a001';
const BEN_ID = '0b0b0b0b-0000-4000-8000-00000000b002';
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** A finished attempt at Frontline Foundations with these calls, and its export with a practice call. */
function traineeExport(traineeId: string, candidate: string, reports: CliReport[], practice: CliReport): ExportDocument {
  const { track } = parseTrack(readFileSync(resolve(ROOT, 'stories/foundations.track.json'), 'utf8'), 'foundations.track.json');
  const data = parseRubricData(readFileSync(resolve(ROOT, 'stories/rubric-data.json'), 'utf8'), 'rubric-data.json');
  const storyHashes = Object.fromEntries(FOUNDATIONS.map((id) => [id, HASH]));
  let attempt = startAttempt({ id: `attempt-${candidate}`, traineeId, candidate, track, data, storyHashes, now: '2025-03-01T09:00:00.000Z', seed: 1, attemptNumber: 1 });
  for (const report of reports) {
    attempt = recordCall(attempt, report as unknown as CallReport, { scenarioTitle: report.scenario.title, startedAt: '2025-03-01T09:00:00.000Z', endedAt: '2025-03-01T09:05:00.000Z', durationMs: 300_000 });
  }
  const call = makeCallRecord({
    kind: 'practice', traineeId, candidate, trackId: null, attemptId: null, scenarioId: practice.scenario.id, scenarioTitle: practice.scenario.title, storyHash: HASH,
    startedAt: '2025-02-28T09:00:00.000Z', endedAt: '2025-02-28T09:04:00.000Z', durationMs: 240_000, passed: null, report: practice as unknown as CallReport,
  });
  return makeExport({ traineeId, candidate, records: [finishAttempt(attempt, '2025-03-01T10:00:00.000Z'), call], now: '2025-03-02T08:00:00.000Z' });
}

describe("the trainer's results view in Chromium", () => {
  it('loads two exports (picked and dropped) and reports a broken file by name, with the cohort aggregates', async () => {
    const best = FOUNDATIONS.map((id) => cliPlay(id, ['--best']));
    const worst = FOUNDATIONS.map((id) => cliPlay(id, ['--worst']));
    const ana = traineeExport(ANA_ID, 'Ana Passer', best, worst[1]!);
    const ben = traineeExport(BEN_ID, 'Ben Failer', worst, best[2]!);
    const tampered = exportJson(ben).replace(/"overall": 0(?=\D)/, '"overall": 90');
    expect(tampered).not.toBe(exportJson(ben));
    const expected = summarizeCohort([ana, ben]);

    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await t.page.click('[data-nav="results"]');
    await t.page.waitForSelector('.cohort');
    await t.page.setInputFiles('#export-files', [
      { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(exportJson(ana)) },
      { name: 'ben-edited.json', mimeType: 'application/json', buffer: Buffer.from(tampered) },
    ]);
    await t.page.waitForSelector('[data-problem="ben-edited.json"]');
    await t.page.evaluate((text) => {
      const files = new DataTransfer();
      files.items.add(new File([text], 'ben.json', { type: 'application/json' }));
      document.querySelector('[data-drop]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    }, exportJson(ben));
    await expect.poll(() => t.page.locator('[data-loaded]').getAttribute('data-loaded')).toBe('2');
    expect(await t.page.locator('[data-problem="ben-edited.json"]').textContent()).toContain('does not match its content');
    expect(await t.page.locator('[data-problem]').count()).toBe(1);

    expect(await t.page.locator('tr[data-trainee]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-trainee')))).toEqual(expected.trainees.map((s) => s.key));
    for (const trainee of expected.trainees) {
      const row = t.page.locator(`tr[data-trainee="${trainee.key}"]`);
      const cell = (col: string) => row.locator(`[data-col="${col}"]`).textContent();
      expect(await cell('attempts')).toBe(String(trainee.attempts));
      expect(await cell('passed')).toBe(String(trainee.passed));
      expect(await cell('failed')).toBe(String(trainee.failed));
      expect(await cell('calls')).toBe(String(trainee.calls));
      for (const key of ['empathy', 'ownership', 'expectations', 'triggers', 'overall'] as const) expect(await cell(key), `${trainee.candidate} ${key}`).toBe(String(trainee.averages![key]));
    }
    const scenarios = await t.page.locator('[data-table="scenarios"] tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-row'), Number(r.querySelector('[data-col="overall"]')!.textContent)]));
    expect(scenarios).toEqual(expected.scenarios.map((s) => [s.scenarioId, s.averageOverall]));
    const bars = await t.page.locator('[data-chart="scenarios"] rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    expect(bars).toEqual(expected.scenarios.map((s) => s.averageOverall));
    const triggers = await t.page.locator('[data-table="triggers"] tbody tr').evaluateAll((rows) => rows.map((r) => ({ id: r.getAttribute('data-row'), count: Number(r.querySelector('[data-col="count"]')!.textContent) })));
    expect(triggers).toEqual(expected.triggers.map(({ id, count }) => ({ id, count })));
    await expectAccessible(t.page, 'results view');
    await t.shot('results-view');
    expect(t.errors).toEqual([]);
  });
});
