import XAPI from '@xapi/xapi';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { isoDuration } from '../../src/engine/xapi/iso-duration.ts';
import { basicAuth } from '../../src/platform/lrs-client.ts';
import { startLrs, type LocalLrs } from '../lrs/local-lrs.ts';
import { openPage, type TestPage } from './browser.ts';
import { choiceAt, cliPlay, nextStep, playToDebrief, sayLine, startCall, testScenario, type CliReport } from './call-steps.ts';
import { storedRecords } from './certification-steps.ts';

const appUrl = inject('appUrl');
const fixtureUrl = inject('fixtureUrl');
const scenario = testScenario();
let open: TestPage | undefined;
let lrs: LocalLrs;

beforeAll(async () => {
  lrs = await startLrs();
});

afterEach(async () => {
  await open?.close();
  open = undefined;
});

afterAll(async () => {
  await lrs?.stop();
});

interface StoredCall {
  id: string;
  kind: string;
  scenarioId: string;
  durationMs: number;
  scores: { overall: number };
}

/** The call records in the page's IndexedDB, as stored. */
function storedCalls(page: Page): Promise<StoredCall[]> {
  return storedRecords<StoredCall>(page, 'calls');
}

/** Say every line a CLI report chose, by its text (lines are shown shuffled); `skip` presses Escape through typed-out lines. */
async function sayLines(page: Page, report: CliReport, skip = false): Promise<void> {
  for (let step = 0; step < report.path.length; step++) {
    expect(await nextStep(page, skip)).toBe('choices');
    await sayLine(page, choiceAt(report, step));
  }
}

/** The screen on show, by its class. */
const screen = (page: Page) => page.locator('#app > .screen').first().getAttribute('class');

describe('the app shell in Chromium', () => {
  it('gives every screen an address and a history entry: Back and Forward move between screens and never leave the app', async () => {
    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await t.page.waitForSelector('.menu');
    await t.page.click('[data-nav="history"]');
    await t.page.waitForSelector('.history');
    expect(new URL(t.page.url()).hash).toBe('#/history');
    await t.page.goBack();
    await t.page.waitForSelector('.menu');
    await t.page.goForward();
    await t.page.waitForSelector('.history');
    await t.page.goBack();
    await t.page.waitForSelector('.menu');
    await startCall(t.page, scenario);
    expect(new URL(t.page.url()).hash).toBe(`#/call/${scenario}`);
    await t.page.keyboard.press('1');
    await nextStep(t.page);
    // Back from a call leaves it saved; Forward takes it up again at the same line.
    await t.page.goBack();
    await t.page.waitForSelector(`[data-scenario="${scenario}"] [data-action="resume"]`);
    await t.page.goForward();
    expect(await nextStep(t.page)).toBe('choices');
    expect(await t.page.locator('.transcript .line.agent').count()).toBe(1);
    await t.page.click('[data-action="leave"]');
    await t.page.waitForSelector('.menu');
    // Back from the first screen keeps the app open on the menu, however often it is pressed.
    for (let i = 0; i < 6; i++) {
      await t.page.goBack();
      // Each press lands on a screen's entry again before the next one.
      await t.page.waitForFunction(() => (history.state as { frontline?: string } | null)?.frontline === 'screen');
    }
    await t.page.waitForSelector('.menu');
    expect(t.page.url().startsWith(appUrl)).toBe(true);
    expect(await screen(t.page)).toContain('menu');
    await t.page.click('[data-nav="lrs"]');
    await t.page.waitForSelector('[data-outbox]');
    expect(new URL(t.page.url()).hash).toBe('#/lrs');
    await t.page.click('.brand');
    await t.page.waitForSelector('.menu');
    await t.page.click('[data-nav="results"]');
    expect(new URL(t.page.url()).hash).toBe('#/results');
    await t.page.reload();
    await expect.poll(() => screen(t.page)).toContain('cohort');
    expect(t.errors).toEqual([]);
  });

  it('times a call: the record and the xAPI statement carry the time spent in it, never zero', async () => {
    const t = (open = await openPage());
    await t.page.goto(`${appUrl}#/lrs`);
    await t.page.fill('input[name=endpoint]', lrs.endpoint);
    await t.page.fill('input[name=username]', 'frontline');
    await t.page.fill('input[name=password]', 'secret');
    await t.page.fill('input[name=homePage]', 'https://lms.example.com');
    await t.page.click('button[type=submit]');
    await expect.poll(() => t.page.locator('[data-lrs-status]').innerText()).toMatch(/^Saved/);
    await t.page.click('.brand');
    await startCall(t.page, scenario);
    // Time passes in the call, as it does when a trainee reads the lines.
    await t.page.waitForTimeout(1500);
    await playToDebrief(t.page);
    await expect.poll(async () => (await storedCalls(t.page)).length).toBe(1);
    const [call] = await storedCalls(t.page);
    expect(call!.durationMs).toBeGreaterThanOrEqual(1500);
    const reader = new XAPI({ endpoint: lrs.endpoint, auth: basicAuth('frontline', 'secret'), adapter: 'fetch' });
    const completed = async () => {
      const { statements } = (await reader.getStatements({ verb: 'http://adlnet.gov/expapi/verbs/completed', limit: 50 })).data as { statements: { result?: { duration?: string } }[] };
      return statements;
    };
    await expect.poll(async () => (await completed()).length, { timeout: 15_000 }).toBe(1);
    const [statement] = await completed();
    expect(statement!.result?.duration).toBe(isoDuration(call!.durationMs));
    expect(statement!.result?.duration).not.toBe('PT0S');
  });

  it('keeps a call whose ending was reached when the page reloads during the closing lines', async () => {
    const best = cliPlay(scenario, ['--best']);
    const t = (open = await openPage({ reducedMotion: false }));
    // The page's clock is Playwright's, so that it can stop while the closing lines are typed out.
    await t.page.clock.install();
    await t.page.goto(appUrl);
    await t.page.click(`[data-scenario="${scenario}"] [data-action="start"]`);
    for (let step = 0; step < best.path.length; step++) {
      expect(await nextStep(t.page, true)).toBe('choices');
      // pauseAt jumps to a time and stops there; it must still be ahead of the page's clock when the call arrives.
      if (step === best.path.length - 1) await t.page.clock.pauseAt(await t.page.evaluate(() => Date.now() + 1000));
      await sayLine(t.page, choiceAt(best, step));
    }
    await t.page.waitForTimeout(500);
    // Time stands still: the customer's closing lines are still being typed out when the page goes.
    expect(await t.page.locator('.call-ended:not([hidden])').count()).toBe(0);
    await t.page.reload();
    await t.page.clock.resume();
    await t.page.waitForSelector('.debrief');
    expect(await t.page.locator('[data-score="overall"]').getAttribute('data-value')).toBe(String(best.scores.overall));
    await t.page.click('.brand');
    await t.page.waitForSelector(`[data-scenario="${scenario}"]`);
    expect(await t.page.locator(`[data-scenario="${scenario}"] [data-action="resume"]`).count()).toBe(0);
    expect(await t.page.locator(`[data-scenario="${scenario}"] .best`).getAttribute('data-best')).toBe(String(best.scores.overall));
    await t.page.click('[data-nav="history"]');
    await expect.poll(() => t.page.locator('.history tr[data-call]').count()).toBe(1);
    expect(await t.page.locator('.history tr[data-call] [data-score="overall"]').textContent()).toBe(`${best.scores.overall}%`);
    expect(await storedCalls(t.page)).toHaveLength(1);
  });

  it('keeps the best score of a finished call that never opened its debrief, and reopens any debrief after a reload and from the history', async () => {
    const best = cliPlay(scenario, ['--best']);
    const worst = cliPlay(scenario, ['--worst']);
    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await startCall(t.page, scenario);
    await sayLines(t.page, best);
    expect(await nextStep(t.page)).toBe('ended');
    await t.page.click('[data-action="leave"]');
    await expect.poll(() => t.page.locator(`[data-scenario="${scenario}"] .best`).getAttribute('data-best')).toBe(String(best.scores.overall));
    await startCall(t.page, scenario);
    await sayLines(t.page, worst);
    await playToDebrief(t.page);
    const address = t.page.url();
    expect(new URL(address).hash).toMatch(/^#\/debrief\/[\w-]+$/);
    const reviews = await t.page.locator('.review blockquote').allTextContents();
    await t.page.reload();
    await t.page.waitForSelector('.debrief');
    expect(await t.page.locator('[data-score="overall"]').getAttribute('data-value')).toBe(String(worst.scores.overall));
    expect(await t.page.locator('.review blockquote').allTextContents()).toEqual(reviews);
    expect(await t.page.locator('.scores .best').textContent()).toBe(`Your best for this caller: ${best.scores.overall}%`);
    await t.page.click('[data-action="menu"]');
    await t.page.click('[data-nav="history"]');
    await expect.poll(() => t.page.locator('.history tr[data-call]').count()).toBe(2);
    const calls = await storedCalls(t.page);
    const first = calls.find((call) => call.scores.overall === best.scores.overall)!;
    await t.page.click(`tr[data-call="${first.id}"] [data-action="debrief"]`);
    await t.page.waitForSelector('.debrief');
    expect(new URL(t.page.url()).hash).toBe(`#/debrief/${first.id}`);
    expect(await t.page.locator('[data-score="overall"]').getAttribute('data-value')).toBe(String(best.scores.overall));
    expect(await t.page.locator('.review').count()).toBe(best.path.length);
    await t.shot('debrief-from-history');
    await t.page.goBack();
    await t.page.waitForSelector('.history');
    expect(t.errors).toEqual([]);
  });

  it('says so, offers the menu and keeps the save when a story fails while a call plays', async () => {
    const t = (open = await openPage());
    await t.page.goto(fixtureUrl);
    await startCall(t.page, 'broken-line');
    await t.page.keyboard.press('1');
    const message = t.page.locator('.screen.message [data-message]');
    await message.waitFor();
    expect(await t.page.locator('.screen.message h1').textContent()).toBe('This call cannot go on');
    expect(await message.textContent()).toMatch(/“A Line That Breaks” ran into an error.*kept, set aside for your trainer.*didn't contain a divert target/s);
    await t.shot('story-failed');
    const aside = await t.page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('frontline:set-aside:') && key.endsWith(':frontline:save:broken-line')).map(([, value]) => value));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(aside[0]!)).toMatchObject({ format: 'frontline.call-save', scenarioId: 'broken-line' });
    await t.page.click('[data-action="menu"]');
    await t.page.waitForSelector('[data-scenario="broken-line"]');
    expect(await t.page.locator('[data-notice="set-aside"]').textContent()).toContain('its story failed while playing');
    // Nothing froze: another call plays.
    await startCall(t.page, 'html-line');
    await t.page.keyboard.press('1');
    expect(await nextStep(t.page)).toBe('ended');
    expect(t.errors).toEqual([]);
  });
});
