import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openPage, type TestPage } from './browser.ts';
import { cliPlay, nextStep, playToDebrief, startCall, testScenario } from './call-steps.ts';
import { beginRun, expectAccessible, FOUNDATIONS, playCall } from './certification-steps.ts';

const appUrl = inject('appUrl');
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** Run axe on the screen as it is at every width, failing on serious or critical violations; leaves the page at 1280 px. */
async function auditAtEverySize(t: TestPage, screen: string): Promise<void> {
  for (const size of SIZES) {
    await t.page.setViewportSize(size);
    await expectAccessible(t.page, `${screen} at ${size.width} px`);
    if (size.width === 390) await t.shot(`a11y-${screen.replace(/\W+/g, '-')}-390`);
  }
  await t.page.setViewportSize({ width: 1280, height: 720 });
}

/** Wait until the sound captions have faded, so the empty captions box is audited too. */
async function captionsFaded(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.captions .caption').count(), { timeout: 10_000 }).toBe(0);
}

describe('accessibility of every screen at 390, 1280 and 1920 px', () => {
  it('has no serious or critical axe violations on the menu, a practice call, the debrief, the certification screens, the history, the results view and the LRS settings', { timeout: 600_000 }, async () => {
    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await t.page.waitForSelector('.scenario');
    await auditAtEverySize(t, 'menu');

    await startCall(t.page, testScenario());
    await t.page.keyboard.press('1');
    await nextStep(t.page);
    await captionsFaded(t.page);
    await auditAtEverySize(t, 'practice call');
    await playToDebrief(t.page);
    await auditAtEverySize(t, 'debrief');

    await t.page.click('[data-action="menu"]');
    await t.page.click('[data-nav="certification"]');
    await t.page.waitForSelector('.certification-intro');
    await auditAtEverySize(t, 'certification rules');
    await t.page.click('.brand');
    await beginRun(t.page, 'Grace Hopper');
    const best = FOUNDATIONS.map((id) => cliPlay(id, ['--best']));
    for (const [i, report] of best.entries()) {
      if (i === 0) {
        await captionsFaded(t.page);
        await auditAtEverySize(t, 'certification call');
      }
      await playCall(t.page, report);
      await t.page.click('[data-action="debrief"]');
    }
    await t.page.waitForSelector('.cert-results');
    await auditAtEverySize(t, 'certification results');
    await t.page.click('[data-action="certificate"]');
    await t.page.waitForSelector('.certificate');
    await auditAtEverySize(t, 'certificate');

    await t.page.click('.brand');
    await t.page.click('[data-nav="history"]');
    await expect.poll(() => t.page.locator('.history tr[data-call], .history tr[data-attempt]').count()).toBe(2);
    await auditAtEverySize(t, 'history');
    const [download] = await Promise.all([t.page.waitForEvent('download'), t.page.click('[data-action="export-json"]')]);
    const exported = readFileSync((await download.path())!);

    await t.page.click('.brand');
    await t.page.click('[data-nav="results"]');
    await t.page.waitForSelector('.cohort');
    await auditAtEverySize(t, 'results view, empty');
    await t.page.setInputFiles('#export-files', [{ name: 'grace.json', mimeType: 'application/json', buffer: exported }]);
    await expect.poll(() => t.page.locator('[data-loaded]').getAttribute('data-loaded')).toBe('1');
    await auditAtEverySize(t, 'results view');

    await t.page.click('.brand');
    await t.page.click('[data-nav="lrs"]');
    await t.page.waitForSelector('[data-outbox]');
    await auditAtEverySize(t, 'LRS settings');
    expect(t.errors).toEqual([]);
  });
});
