import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, type TestPage } from './browser.ts';
import { choiceAt, cliPlay, nextStep, sayLine } from './call-steps.ts';
import { expectAccessible, pdfPages } from './certification-steps.ts';

const appUrl = inject('appUrl');
const ROOT = resolve(import.meta.dirname, '../..');
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** The techniques `frontline check` says a scenario practises. */
function practises(id: string): string[] {
  const out = execFileSync('node', ['bin/frontline.js', 'check', `stories/${id}.ink`, '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return (JSON.parse(out) as { files: { stats: { coverage: { techniques: string[] } } }[] }).files[0]!.stats.coverage.techniques;
}

describe('the skills profile', () => {
  it('says there are no calls yet, then changes after a call missed on one technique and recommends a scenario that practises it', { timeout: 300_000 }, async () => {
    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await t.page.waitForSelector('.scenario');
    await t.page.focus('[data-nav="profile"]');
    await t.page.keyboard.press('Enter');
    await t.page.waitForSelector('.profile[data-calls="0"]');
    expect(await t.page.locator('.profile .lead').textContent()).toMatch(/not taken a practice call yet/);
    const first = (await t.page.getAttribute('.recommendation', 'data-recommended'))!;
    expect(first).not.toBe('');
    expect(await t.page.locator('.recommendation .why').textContent()).toMatch(/no practice calls yet/);
    await expectAccessible(t.page, 'profile with no calls');
    await t.shot('profile-empty');

    // Missing-order, every line the best except the first: "Days? I'm only seeing one call…", where acknowledging and apologising mattered.
    const report = cliPlay('missing-order', ['--choose', '1,2,3,1,2,3,1']);
    expect(report.choices[0]!.techniques).toEqual(['acknowledge_apologise']);
    await t.page.click('.brand');
    await t.page.click('[data-scenario="missing-order"] [data-action="start"]');
    for (let step = 0; step < report.path.length; step++) {
      expect(await nextStep(t.page)).toBe('choices');
      await sayLine(t.page, choiceAt(report, step));
    }
    expect(await nextStep(t.page)).toBe('ended');
    await t.page.click('.brand');
    await t.page.click('[data-nav="profile"]');
    await t.page.waitForSelector('.profile[data-calls="1"]');
    expect(await t.page.getAttribute('.skills-chart [data-technique="acknowledge_apologise"]', 'data-share')).toBe('0.000');
    expect(await t.page.getAttribute('.skills-chart [data-technique="boundary"]', 'data-share')).toBe('1.000');
    const chart = (await t.page.locator('.skills-chart svg').textContent())!;
    expect(chart).toContain('0 of 1 (0%) ◀ weakest');
    expect(await t.page.getAttribute('.recommendation', 'data-technique')).toBe('acknowledge_apologise');
    const next = (await t.page.getAttribute('.recommendation', 'data-recommended'))!;
    // The scenario just played is not suggested again while another practises the same technique.
    expect(next).not.toBe('missing-order');
    expect(practises(next)).toContain('acknowledge_apologise');
    const why = (await t.page.locator('.recommendation .why').textContent())!;
    expect(why).toMatch(/0 of 1 time .* “Acknowledge and apologise”/);
    expect(why).toContain('From “The five-step service model”');
    expect(why).not.toMatch(/seed/i);
    expect(await t.page.locator('.families-table tr[data-family="invalidating the customer"]').getAttribute('data-uses')).toBe('1');
    await expectAccessible(t.page, 'profile after a call');
    await t.shot('profile-after-call');
    await t.page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(t.page, 'profile at 390 px');
    await t.shot('profile-390');
    await t.page.setViewportSize({ width: 1280, height: 720 });

    // The trainer's results view: the trainee's export, imported, shows their profile and the cohort's.
    await t.page.click('.brand');
    await t.page.click('[data-nav="history"]');
    await t.page.waitForSelector('.history tr[data-call]');
    const [download] = await Promise.all([t.page.waitForEvent('download'), t.page.click('[data-action="export-json"]')]);
    await t.page.click('.brand');
    await t.page.click('[data-nav="results"]');
    await t.page.setInputFiles('input[data-action="import"]', (await download.path())!);
    await t.page.waitForSelector('.cohort-skills tr[data-skills-trainee]');
    const row = t.page.locator('.cohort-skills tr[data-skills-trainee]');
    expect(await row.locator('[data-technique="acknowledge_apologise"]').textContent()).toBe('0/1');
    expect(await row.locator('[data-technique="boundary"]').textContent()).toBe('1/1');
    expect(await row.locator('[data-technique="bad_news"]').textContent()).toBe('—');
    expect(await row.getAttribute('data-weakest')).toBe('acknowledge_apologise');
    expect(await t.page.getAttribute('.cohort-skills', 'data-cohort-calls')).toBe('1');
    expect(await t.page.getAttribute('.cohort-skills .skills-chart [data-technique="acknowledge_apologise"]', 'data-share')).toBe('0.000');
    await expectAccessible(t.page, 'results view with skills');
    await t.shot('results-skills');
    await t.page.click('.brand');
    await t.page.click('[data-nav="profile"]');
    await t.page.waitForSelector('.profile[data-calls="1"]');

    // By keyboard: Tab from the heading reaches the recommended call, and Enter starts it.
    await t.page.focus('#profile-heading');
    for (let i = 0; i < 10 && !(await t.page.evaluate(() => document.activeElement?.getAttribute('data-action') === 'take-recommended')); i++) await t.page.keyboard.press('Tab');
    await t.page.keyboard.press('Enter');
    await nextStep(t.page);
    expect(t.page.url()).toContain(`#/call/${next}`);
    expect(t.errors).toEqual([]);
  });
});

describe('the phrasebook', () => {
  it('finds “calm down” with what to say instead, filters, copies an answer by keyboard, and prints on at most two pages', { timeout: 300_000 }, async () => {
    const t = (open = await openPage());
    await t.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
    await t.page.goto(appUrl);
    await t.page.waitForSelector('.scenario');
    await t.page.focus('[data-nav="phrasebook"]');
    await t.page.keyboard.press('Enter');
    await t.page.waitForSelector('.phrasebook .answer');
    const all = (await t.page.getAttribute('.result-count', 'data-count'))!.split(' ').map(Number);
    expect(all[0]).toBeGreaterThan(30);
    await expectAccessible(t.page, 'phrasebook');
    await t.shot('phrasebook', false);
    await t.page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(t.page, 'phrasebook at 390 px');
    await t.shot('phrasebook-390', false);
    await t.page.setViewportSize({ width: 1280, height: 720 });
    await t.page.emulateMedia({ media: 'print' });
    await t.page.setViewportSize({ width: 726, height: 1050 });
    await t.shot('phrasebook-print');
    await t.page.setViewportSize({ width: 1280, height: 720 });
    const pdf = await t.page.pdf({ format: 'A4' });
    await t.page.emulateMedia({ media: 'screen' });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);

    // Keyboard: Tab from the heading reaches the search field.
    await t.page.focus('#phrasebook-heading');
    for (let i = 0; i < 10 && !(await t.page.evaluate(() => document.activeElement?.id === 'phrasebook-search')); i++) await t.page.keyboard.press('Tab');
    await t.page.keyboard.type('calm down');
    await expect.poll(() => t.page.locator('.family[data-family="telling the customer how to feel"]').count()).toBe(1);
    const calm = t.page.locator('.trigger[data-trigger="calm_down"]');
    expect(await calm.locator('.avoid').textContent()).toContain('calm/settle/cool/simmer/quiet down');
    expect(await calm.locator('.say-instead q').textContent()).toBe("I can hear how upset you are, and I want to fix this. Let's work on it together.");
    await t.shot('phrasebook-calm-down');

    await t.page.fill('#phrasebook-search', 'refund');
    await expect.poll(async () => Number((await t.page.getAttribute('.result-count', 'data-count'))!.split(' ')[0])).toBeGreaterThan(0);
    expect((await t.page.locator('.complaint').allTextContents()).every((text) => /refund/i.test(text))).toBe(true);
    await t.page.selectOption('#phrasebook-channel', 'email');
    await expect.poll(() => t.page.locator('.complaint').evaluateAll((groups) => groups.every((g) => g.textContent!.includes('Email')))).toBe(true);

    // Copy by keyboard: focus the first answer's Copy button, press Enter, see the confirmation, find the answer on the clipboard.
    await t.page.fill('#phrasebook-search', '');
    await t.page.selectOption('#phrasebook-channel', '');
    const answer = (await t.page.locator('.answer .model-answer q').first().textContent())!;
    await t.page.focus('.answer [data-action="copy"]');
    await t.page.keyboard.press('Enter');
    await expect.poll(() => t.page.locator('.copy-status').textContent()).toContain('Copied the answer');
    expect(await t.page.locator('.answer [data-action="copy"]').first().textContent()).toBe('Copied ✓');
    expect(await t.page.evaluate(() => navigator.clipboard.readText())).toBe(answer);
    await t.shot('phrasebook-copied', false);
    expect(t.errors).toEqual([]);
  });
});
