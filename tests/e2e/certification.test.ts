import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { parseCsvExport } from '../../src/engine/records/csv-export.ts';
import { parseExport } from '../../src/engine/records/export-document.ts';
import { openPage, SHOTS, type TestPage } from './browser.ts';
import { choiceAt, choiceTexts, cliPlay, nextStep, sayLine, transcriptLines } from './call-steps.ts';
import { beginRun, expectAccessible, FOUNDATIONS, pdfPages, playCall, storedAttempts } from './certification-steps.ts';

const appUrl = inject('appUrl');
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('certification in Chromium', () => {
  it('plays Frontline Foundations by keyboard to a pass, and prints a one-page certificate', async () => {
    const best = FOUNDATIONS.map((id) => cliPlay(id, ['--best']));
    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await t.page.waitForSelector('[data-nav="certification"]');
    await t.page.focus('[data-nav="certification"]');
    await t.page.keyboard.press('Enter');
    await t.page.waitForSelector('.certification-intro');
    const rules = await t.page.locator('.certification-intro').textContent();
    for (const text of ['Frontline Foundations', 'No coaching, no retry, results at the end', 'Blockers', '3 attempts', '60 minutes', 'cannot be restarted']) expect(rules).toContain(text);
    expect(await t.page.locator('.track-calls li').evaluateAll((items) => items.map((i) => i.getAttribute('data-scenario')))).toEqual([...FOUNDATIONS]);
    expect(await t.page.locator('[data-mark="overall"] td').textContent()).toBe('75%');
    await expectAccessible(t.page, 'rules');
    await t.shot('certification-rules');
    await t.page.focus('#candidate-name');
    await t.page.keyboard.type('Ada Lovelace');
    await t.page.keyboard.press('Enter');
    for (const [i, report] of best.entries()) {
      if (i === 1) {
        await nextStep(t.page);
        await sayLine(t.page, choiceAt(report, 0));
        await nextStep(t.page);
        await t.shot('certification-call');
        await expectAccessible(t.page, 'certification call');
        await playCall(t.page, report, 1);
      } else await playCall(t.page, report);
      expect(await t.page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('debrief');
      await t.page.keyboard.press('Enter');
    }
    await t.page.waitForSelector('.cert-results');
    expect(await t.page.locator('[data-status]').getAttribute('data-status')).toBe('passed');
    for (const [i, id] of FOUNDATIONS.entries()) {
      const row = t.page.locator(`tr[data-call="${id}"]`);
      expect(await row.getAttribute('data-passed')).toBe('true');
      expect(await row.locator('[data-score="overall"]').textContent()).toBe(`${best[i]!.scores.overall}%`);
    }
    await expectAccessible(t.page, 'results');
    await t.shot('certification-results');
    await t.page.focus('[data-action="certificate"]');
    await t.page.keyboard.press('Enter');
    await t.page.waitForSelector('.certificate');
    const [attempt] = await storedAttempts(t.page);
    expect(attempt!.status).toBe('passed');
    expect(await t.page.locator('[data-field="name"]').textContent()).toBe('Ada Lovelace');
    expect(await t.page.locator('[data-field="track"]').textContent()).toBe('Frontline Foundations');
    expect(await t.page.locator('[data-field="record-id"]').textContent()).toBe(attempt!.contentId);
    expect(await t.page.locator('.cert-scores [data-score="empathy"] td').first().textContent()).toBe('100%');
    await expectAccessible(t.page, 'certificate');
    await t.shot('certificate');
    await t.page.emulateMedia({ media: 'print' });
    await t.shot('certificate-print');
    expect(await t.page.locator('.certificate-actions').isVisible()).toBe(false);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await t.page.pdf({ format });
      writeFileSync(join(SHOTS, `certificate-${format}.pdf`), pdf);
      expect(pdfPages(pdf), format).toBe(1);
    }
    expect(t.errors).toEqual([]);
  });

  it('plays to a fail, resumes after a reload at the same call and line, cannot restart, and exports the history', async () => {
    const worst = FOUNDATIONS.map((id) => cliPlay(id, ['--worst']));
    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await t.page.waitForSelector('[data-nav="certification"]');
    await beginRun(t.page, 'Bob Builder');
    await playCall(t.page, worst[0]!);
    await t.page.keyboard.press('Enter');
    for (const step of [0, 1]) {
      expect(await nextStep(t.page)).toBe('choices');
      await sayLine(t.page, choiceAt(worst[1]!, step));
    }
    expect(await nextStep(t.page)).toBe('choices');
    await expect.poll(async () => (await storedAttempts(t.page))[0]?.current?.snapshot.choicePoints.length).toBe(2);
    const before = { lines: await transcriptLines(t.page), choices: await choiceTexts(t.page) };
    await t.page.reload();
    expect(await nextStep(t.page)).toBe('choices');
    expect(await t.page.locator('#call-heading').textContent()).toBe(worst[1]!.scenario.title);
    expect(await transcriptLines(t.page)).toEqual(before.lines);
    expect(await choiceTexts(t.page)).toEqual(before.choices);
    // Back to the menu and into certification again: the same attempt resumes, never a fresh one.
    await t.page.click('.brand');
    await t.page.click('[data-nav="certification"]');
    expect(await nextStep(t.page)).toBe('choices');
    expect(await transcriptLines(t.page)).toEqual(before.lines);
    expect(await storedAttempts(t.page)).toHaveLength(1);
    await playCall(t.page, worst[1]!, 2);
    await t.page.keyboard.press('Enter');
    for (const report of worst.slice(2)) {
      await playCall(t.page, report);
      await t.page.keyboard.press('Enter');
    }
    await t.page.waitForSelector('.cert-results');
    expect(await t.page.locator('[data-status]').getAttribute('data-status')).toBe('failed');
    expect(await t.page.locator('tr[data-passed="false"]').count()).toBe(4);
    expect(await t.page.locator('tr[data-call="previous-agent"] .reasons').textContent()).toContain('fails a call on its own');
    expect(await t.page.locator('[data-action="certificate"]').count()).toBe(0);
    await t.shot('certification-failed');
    await t.page.click('[data-action="history"]');
    await t.page.waitForSelector('.history');
    expect(await t.page.locator('tr[data-status="failed"]').count()).toBe(1);
    await expectAccessible(t.page, 'history');
    await t.shot('history');
    const [json] = await Promise.all([t.page.waitForEvent('download'), t.page.click('[data-action="export-json"]')]);
    const exported = parseExport(readFileSync((await json.path())!, 'utf8'), json.suggestedFilename());
    expect(exported.candidate).toBe('Bob Builder');
    expect(exported.records.filter((r) => r.format === 'frontline.attempt')).toHaveLength(1);
    const [csv] = await Promise.all([t.page.waitForEvent('download'), t.page.click('[data-action="export-csv"]')]);
    const rows = parseCsvExport(readFileSync((await csv.path())!, 'utf8'), csv.suggestedFilename());
    expect(rows.map((r) => [r.scenario, r.overall, r.result])).toEqual(FOUNDATIONS.map((id, i) => [id, worst[i]!.scores.overall, 'fail']));
    expect(t.errors).toEqual([]);
  });
});
