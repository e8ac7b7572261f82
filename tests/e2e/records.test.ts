import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { finishAttempt } from '../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../src/engine/certification/record-call.ts';
import { startAttempt } from '../../src/engine/certification/start-attempt.ts';
import { contentHash } from '../../src/engine/hash.ts';
import type { AttemptRecord } from '../../src/engine/records/attempt-record.ts';
import { parseExport } from '../../src/engine/records/export-document.ts';
import { parseRubricData } from '../../src/engine/schema/rubric-data.ts';
import { parseTrack } from '../../src/engine/schema/track.ts';
import type { CallReport } from '../../src/engine/scoring/call-report.ts';
import { compileInk } from '../../src/engine/story/compile.ts';
import { openPage, type TestPage } from './browser.ts';
import { choiceTexts, cliPlay, playToDebrief, sayLine, startCall } from './call-steps.ts';
import { expectAccessible, FOUNDATIONS } from './certification-steps.ts';

const appUrl = inject('appUrl');
const ROOT = resolve(import.meta.dirname, '../..');
const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d/;
const pages: TestPage[] = [];

afterEach(async () => {
  await Promise.all(pages.splice(0).map((t) => t.close()));
});

async function fresh(): Promise<TestPage> {
  const t = await openPage();
  pages.push(t);
  return t;
}

/** Play business-tech-issues from its "on invoice" line (rated 0 Expectations by its author; the analyzer reads +1) to the debrief. */
async function playInvoiceCall(page: Page): Promise<void> {
  await startCall(page, 'business-tech-issues');
  const line = (await choiceTexts(page)).find((text) => text.includes('on invoice'));
  if (!line) throw new Error('business-tech-issues no longer opens with an "on invoice" line');
  await sayLine(page, line);
  await playToDebrief(page);
}

/** Download the JSON export from the history screen: its file name and document. */
async function exportJsonFrom(page: Page) {
  await page.goto(`${appUrl}#/history`);
  await page.waitForSelector('.history [data-action="export-json"]:not([disabled])');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-json"]')]);
  const name = download.suggestedFilename();
  const text = readFileSync((await download.path())!, 'utf8');
  return { name, text, document: parseExport(text, name) };
}

const worstReports = new Map<string, ReturnType<typeof cliPlay>>();
/** `frontline play --worst` of a scenario, run once per test file. */
function worst(id: string) {
  if (!worstReports.has(id)) worstReports.set(id, cliPlay(id, ['--worst']));
  return worstReports.get(id)!;
}

/** A finished attempt at Frontline Foundations, failed along every call's worst path, made in another browser. */
function failedAttempt(candidate: string, endedAt: string, n = 1): AttemptRecord {
  const { track } = parseTrack(readFileSync(resolve(ROOT, 'stories/foundations.track.json'), 'utf8'), 'foundations.track.json');
  const data = parseRubricData(readFileSync(resolve(ROOT, 'stories/rubric-data.json'), 'utf8'), 'rubric-data.json');
  const storyHashes = Object.fromEntries(
    FOUNDATIONS.map((id) => {
      const compiled = compileInk(readFileSync(resolve(ROOT, `stories/${id}.ink`), 'utf8'));
      if (!compiled.ok) throw new Error(`${id} does not compile`);
      return [id, contentHash(compiled.json)];
    }),
  );
  const start = new Date(Date.parse(endedAt) - 3_600_000).toISOString();
  let attempt = startAttempt({ id: `bob-${n}`, traineeId: '0b0b0b0b-0000-4000-8000-00000000b002', candidate, track, data, storyHashes, now: start, seed: 1, attemptNumber: n });
  for (const id of FOUNDATIONS) {
    const report = worst(id);
    attempt = recordCall(attempt, report as unknown as CallReport, { scenarioTitle: report.scenario.title, startedAt: start, endedAt: start, durationMs: 60_000 });
  }
  return finishAttempt(attempt, endedAt);
}

/** Put attempts into the page's records database, as an earlier session would have left them. */
async function seedAttempts(page: Page, attempts: AttemptRecord[]): Promise<void> {
  await page.goto(`${appUrl}#/history`);
  await page.waitForSelector('.history');
  await page.evaluate(
    (records) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('frontline-records');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('attempts', 'readwrite');
          for (const record of records) tx.objectStore('attempts').put(record);
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    JSON.parse(JSON.stringify(attempts)),
  );
}

/** Type a name on the certification rules screen and begin; the refusal shown, if any. */
async function beginAs(page: Page, name: string): Promise<string> {
  await page.goto(`${appUrl}#/certification`);
  await page.waitForSelector('.certification-intro');
  await page.fill('#candidate-name', name);
  await page.click('[data-action="begin"]');
  await expect.poll(() => page.locator('.form-problem').textContent(), { timeout: 10_000 }).not.toBe('');
  return (await page.locator('.form-problem').textContent())!;
}

describe('records in Chromium', () => {
  it("keeps unnamed trainees apart: each browser's id keys its records, its export and its file name, and the trainer sees two lines", async () => {
    const a = await fresh();
    await a.page.goto(appUrl);
    // The name is asked once, on the menu; "Not now" leaves the trainee unnamed and does not ask again.
    await a.page.waitForSelector('[data-name-prompt]');
    await expectAccessible(a.page, 'menu with the name prompt');
    await a.shot('menu-name-prompt');
    await a.page.click('[data-action="skip-name"]');
    await a.page.reload();
    await a.page.waitForSelector('[data-nav="certification"]');
    expect(await a.page.locator('[data-name-prompt]').count()).toBe(0);
    await playInvoiceCall(a.page);
    // The debrief never shows the analyzer's "on invoice" (+1 Expectations) beside the author's 0 Expectations without saying so.
    const first = a.page.locator('[data-choice-review="1"]');
    expect(await first.locator('blockquote').textContent()).toContain('on invoice');
    expect(await first.locator('[data-rubric="expectations"]').getAttribute('data-rating')).toBe('0');
    expect(await first.locator('.author-rated').textContent()).toMatch(/^Rated by the scenario’s author: .*Expectations/);
    expect(await first.locator('.evidence').allTextContents()).not.toContainEqual(expect.stringContaining('on invoice'));
    await a.shot('debrief-author-rated');
    const fromA = await exportJsonFrom(a.page);

    const b = await fresh();
    await b.page.goto(appUrl);
    await b.page.waitForSelector('[data-name-prompt]');
    // Never answered: the first call makes the id all the same.
    await playInvoiceCall(b.page);
    const fromB = await exportJsonFrom(b.page);

    for (const { name, document } of [fromA, fromB]) {
      expect(document.candidate).toBe('Trainee');
      expect(document.traineeId).toMatch(/^[0-9a-f-]{36}$/);
      expect(document.records.every((record) => record.traineeId === document.traineeId)).toBe(true);
      expect(name).toBe(`frontline-trainee-${document.traineeId!.slice(0, 8)}-${document.exportedAt.slice(0, 10)}.json`);
    }
    expect(fromA.document.traineeId).not.toBe(fromB.document.traineeId);
    expect(fromA.name).not.toBe(fromB.name);

    await b.page.goto(`${appUrl}#/results`);
    await b.page.waitForSelector('.cohort');
    await b.page.setInputFiles('#export-files', [fromA, fromB].map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
    await expect.poll(() => b.page.locator('tr[data-trainee]').count()).toBe(2);
    const rows = await b.page.locator('tr[data-trainee]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-trainee'), tr.getAttribute('data-name')]));
    expect(new Set(rows.map(([key]) => key))).toEqual(new Set([fromA.document.traineeId, fromB.document.traineeId]));
    expect(rows.map(([, name]) => name)).toEqual(['Trainee', 'Trainee']);
    await expectAccessible(b.page, 'results with two unnamed trainees');
    await b.shot('results-two-unnamed');
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  it('counts attempts by the normalised name: "Bob  Builder" cannot start a fourth attempt', async () => {
    const t = await fresh();
    await seedAttempts(t.page, [1, 2, 3].map((n) => failedAttempt('Bob Builder', `2025-03-0${n}T10:00:00.000Z`, n)));
    for (const name of ['Bob  Builder', 'bob builder', 'Ｂｏｂ Ｂｕｉｌｄｅｒ']) expect(await beginAs(t.page, name), name).toBe('All 3 attempts allowed at Frontline Foundations have been used.');
    expect(t.errors).toEqual([]);
  }, 240_000);

  it('says when the next attempt can start in local date and time, and gives a failed candidate reasons in words and each call line by line', async () => {
    const t = await fresh();
    const endedAt = new Date(Date.now() - 60_000).toISOString();
    const attempt = failedAttempt('Bob Builder', endedAt);
    await seedAttempts(t.page, [attempt]);
    const until = new Date(Date.parse(endedAt) + 60 * 60_000).toISOString();
    const local = await t.page.evaluate((iso) => new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso)), until);
    const refusal = await beginAs(t.page, 'Bob  Builder');
    expect(refusal).toBe(`The next attempt at Frontline Foundations can start on ${local}, 60 minutes after the last one ended.`);
    expect(refusal).not.toMatch(ISO);

    await t.page.goto(`${appUrl}#/certification/results/${attempt.id}`);
    await t.page.waitForSelector('.cert-results');
    expect(await t.page.locator('[data-next-attempt]').textContent()).toContain(local);
    const reasons = (await t.page.locator('.reasons li').allTextContents()).join('\n');
    expect(reasons).toMatch(/You said something that fails a call on its own: “/);
    expect(reasons).toMatch(/^(Empathy|Ownership|Expectations|Trigger phrases|Overall): you scored \d/m);
    expect(reasons).not.toMatch(/_|is below the pass mark|passing outcomes|blocker trigger used/);
    expect(await t.page.locator('[data-review]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-review')))).toEqual([...FOUNDATIONS]);
    for (const [i, id] of FOUNDATIONS.entries()) {
      const lines = await t.page.locator(`[data-review="${id}"] [data-line] blockquote`).allTextContents();
      expect(lines, id).toEqual(worst(id).transcript.filter((line) => line.speaker === 'agent').map((line) => line.text));
      expect(await t.page.locator(`[data-review="${id}"] [data-line] .chips`).count()).toBe(attempt.calls[i]!.choices.length);
    }
    expect(await t.page.locator('.attempt-review .trigger-used').count()).toBeGreaterThan(0);
    expect(await t.page.locator('.attempt-review .better').count()).toBeGreaterThan(0);
    await expectAccessible(t.page, 'failed results with the review');
    await t.shot('certification-failed-review');
    expect(t.errors).toEqual([]);
  }, 240_000);

  it("says what damaged saved data was in words, naming the scenario by its title", async () => {
    const t = await fresh();
    await t.page.goto(appUrl);
    await t.page.waitForSelector('[data-nav="certification"]');
    await t.page.evaluate(() => localStorage.setItem('frontline:save:missing-order', JSON.stringify({ format: 'frontline.call-save', version: 1, mode: 'practice', elapsedMs: 0, savedAt: 'x', snapshot: {} })));
    await t.page.reload();
    const notice = t.page.locator('[data-notice="set-aside"]');
    await notice.waitFor();
    // The words the trainee reads; the technical detail is folded away below them, for a trainer.
    const text = await notice.locator('li').first().evaluate((li) => li.firstChild!.textContent!);
    expect(await notice.locator('li details summary').first().textContent()).toBe('Details for your trainer');
    const title = cliPlay('missing-order', ['--best']).scenario.title;
    expect(text).toBe(`Your unfinished call with “${title}”: it is damaged: the scenario it belongs to is missing.`);
    expect(text).not.toMatch(/scenarioId|missing-order|Invalid input/);
    await expectAccessible(t.page, 'menu with a set-aside notice');
    expect(t.errors).toEqual([]);
  });
});
