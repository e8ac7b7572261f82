import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { exportJson, makeExport } from '../../src/engine/records/export-document.ts';
import { at, practiceCall } from '../engine/records/record-fixtures.ts';
import { cspViolations, openPage, type TestPage } from './browser.ts';
import { expectAccessible } from './certification-steps.ts';

const appUrl = inject('appUrl');
const folder = mkdtempSync(join(tmpdir(), 'frontline-import-'));
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A trainee id per test trainee, made from the name, so one trainee's exports share it. */
const idOf = (candidate: string) => `00000000-0000-4000-8000-${Buffer.from(candidate).toString('hex').padEnd(12, '0').slice(0, 12)}`;

/** A trainee's export of `calls` distinct practice calls, as the text of its file. */
function exportOf(candidate: string, calls: number): string {
  const traineeId = idOf(candidate);
  const records = Array.from({ length: calls }, (_, i) => practiceCall({ traineeId, candidate, startedAt: at(i), endedAt: at(i + 1), durationMs: 60_000 }));
  return exportJson(makeExport({ traineeId, candidate, records, now: at(calls + 1) }));
}

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function openResults(): Promise<TestPage> {
  const t = (open = await openPage());
  await t.page.goto(`${appUrl}#/results`);
  await t.page.waitForSelector('.cohort');
  return t;
}

describe("importing into the trainer's results view in Chromium", () => {
  it('reports a file of 100,000 nested brackets in words, and later imports still show', async () => {
    const t = await openResults();
    await t.page.setInputFiles('#export-files', [file('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)]);
    const problem = t.page.locator('[data-problem="deep.json"]');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/deep\.json: line 1: brackets nested more than 64 deep/);
    await t.page.setInputFiles('#export-files', [file('ana.json', exportOf('Ana Passer', 3))]);
    await expect.poll(() => t.page.locator('[data-loaded]').getAttribute('data-loaded')).toBe('1');
    expect(await t.page.locator('tr[data-name="Ana Passer"] [data-col="calls"]').textContent()).toBe('3');
    expect(await t.page.locator('[data-problem]').count()).toBe(1);
    expect(t.errors).toEqual([]);
  });

  it('loads two different exports that share a file name side by side, warns, and counts the same content once', async () => {
    const t = await openResults();
    const name = 'frontline-trainee-2025-03-01.json';
    await t.page.setInputFiles('#export-files', [file(name, exportOf('Ana Passer', 2))]);
    await expect.poll(() => t.page.locator('[data-loaded]').getAttribute('data-loaded')).toBe('1');
    await t.page.setInputFiles('#export-files', [file(name, exportOf('Ben Failer', 1))]);
    await expect.poll(() => t.page.locator('[data-loaded]').getAttribute('data-loaded')).toBe('2');
    await t.page.setInputFiles('#export-files', [file('copy.json', exportOf('Ben Failer', 1))]);
    await expect.poll(() => t.page.locator('[data-duplicates]').getAttribute('data-duplicates')).toBe('2');
    expect(await t.page.locator('[data-loaded]').getAttribute('data-loaded')).toBe('2');
    expect(await t.page.locator('tr[data-trainee]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-trainee'), r.getAttribute('data-name')]))).toEqual([
      [idOf('Ana Passer'), 'Ana Passer'],
      [idOf('Ben Failer'), 'Ben Failer'],
    ]);
    const warnings = await t.page.locator('.import-duplicates li').allTextContents();
    expect(warnings).toEqual([`Two different files are named “${name}”: both are loaded, this one as “${name} (2)”.`, `“copy.json” has the same content as “${name} (2)”, already loaded: it is counted once.`]);
    await expectAccessible(t.page, 'results view with duplicate warnings');
    await t.shot('results-import-duplicates');
    expect(t.errors).toEqual([]);
  });

  it('imports a large export in a worker, showing its progress while the page stays responsive', async () => {
    const calls = 20_000;
    const path = join(folder, 'big.json');
    writeFileSync(path, exportOf('Cy Many', calls));
    const t = await openResults();
    await t.page.setInputFiles('#export-files', path);
    // The page answers while the records are checked, and the bar shows how far the check has got.
    const midway = async () =>
      t.page.evaluate(() => {
        const bar = document.querySelector<HTMLProgressElement>('[data-importing]:not([hidden]) progress');
        const step = document.querySelector('[data-importing] [data-step]')?.getAttribute('data-step');
        return step === 'checking records' && bar !== null && bar.value > 0 && bar.value < bar.max;
      });
    await expect.poll(midway, { timeout: 60_000, interval: 50 }).toBe(true);
    expect(await t.page.locator('[data-importing] [data-step]').textContent()).toMatch(/^big\.json: checking each record against its id: [\d,]+ of 20,000$/);
    await t.shot('results-import-progress', false);
    await expect.poll(() => t.page.locator('[data-loaded]').getAttribute('data-loaded'), { timeout: 120_000 }).toBe('1');
    expect(await t.page.locator('[data-importing]').isHidden()).toBe(true);
    expect(await t.page.locator('tr[data-name="Cy Many"] [data-col="calls"]').textContent()).toBe(String(calls));
    // The worker runs under the page's Content-Security-Policy.
    expect(await cspViolations(t.page)).toEqual([]);
    expect(t.errors).toEqual([]);
  });
});
