import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { followHint } from '../../src/engine/learn/follow-hint.ts';
import { teachCall } from '../../src/engine/learn/teach-call.ts';
import { gradeCall, NONE, type TeachMarks } from '../../src/engine/learn/teach-grading.ts';
import { watchScript } from '../../src/engine/learn/watch-script.ts';
import { StorySession } from '../../src/engine/story/session.ts';
import { shippedScenario } from '../engine/learn/learn-fixtures.ts';
import { shippedRubrics } from '../helpers/rubrics.ts';
import { openPage, type TestPage } from './browser.ts';
import { choiceAt, cliPlay, nextStep, sayLine, testScenario } from './call-steps.ts';
import { expectAccessible, storedRecords } from './certification-steps.ts';

const appUrl = inject('appUrl');
const scenario = testScenario();
const { analyzer, rules, data } = shippedRubrics();
const vocabulary = new Map(rules.techniques!.map((t) => [t.id, t] as const));
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** Audit the screen at a phone's width too, with a screenshot, then go back to 1280 px. */
async function atPhoneWidth(t: TestPage, name: string): Promise<void> {
  await t.page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(t.page, `${name} at 390 px`);
  await t.shot(`${name}-390`, false);
  await t.page.setViewportSize({ width: 1280, height: 720 });
}

/** From the menu to the scenario's four steps, by keyboard. */
async function openSteps(page: Page): Promise<void> {
  await page.waitForSelector(`[data-scenario="${scenario}"] [data-action="learn"]`);
  await page.focus(`[data-scenario="${scenario}"] [data-action="learn"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.learn-overview');
}

/** Open one step from the overview by keyboard. */
async function openStep(page: Page, step: string): Promise<void> {
  await page.focus(`.learn-step[data-step="${step}"] [data-action="${step}"]`);
  await page.keyboard.press('Enter');
}

/** The done marks the overview shows. */
async function doneSteps(page: Page): Promise<string[]> {
  await page.waitForSelector('.learn-overview');
  return page.locator('.learn-step:has(.step-state[data-done="true"])').evaluateAll((items) => items.map((i) => i.getAttribute('data-step')!));
}

describe('the four learning steps in Chromium', () => {
  it('Watch plays the model call to the end, asking at each pause before it explains, and marks the step done', { timeout: 300_000 }, async () => {
    const { file, json, best } = shippedScenario(scenario);
    const script = watchScript(json, file, best, analyzer, rules);
    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await openSteps(t.page);
    expect(await doneSteps(t.page)).toEqual([]);
    await expectAccessible(t.page, 'learning steps overview');
    await t.shot('learn-overview');
    await atPhoneWidth(t, 'learn-overview');
    await openStep(t.page, 'watch');
    for (const [index, point] of script.points.entries()) {
      const pause = t.page.locator(`[data-pause="${index}"]`);
      await pause.waitFor();
      expect(await pause.locator('.on-offer li').allTextContents()).toHaveLength(point.options.length);
      expect(await pause.locator('.on-offer li[data-picked="true"]').textContent()).toContain(point.options[point.picked]);
      // It asks before it explains: the question is there, the explanation is not.
      expect(await pause.locator('[data-question] input').count()).toBe(point.question!.choices.length);
      expect(await pause.locator('[data-explanation]').count()).toBe(0);
      if (index === 0) {
        await expectAccessible(t.page, 'Watch question');
        await t.shot('watch-question');
      }
      // Keyboard: into the radio group, arrows to the answer (the first wrong one at pause 1, to see both verdicts), Enter checks.
      const target = index === 1 ? point.question!.choices.find((c) => c !== point.question!.answer)! : point.question!.answer;
      await pause.locator('[data-question] input').first().focus();
      for (let i = 0; i < point.question!.choices.indexOf(target); i++) await t.page.keyboard.press('ArrowDown');
      if (point.question!.choices.indexOf(target) === 0) await t.page.keyboard.press('Space');
      await t.page.keyboard.press('Enter');
      await pause.locator('[data-explanation]').waitFor();
      expect(await pause.locator('.answer-check').getAttribute('data-right')).toBe(String(index !== 1));
      const explained = await pause.locator('[data-explanation]').textContent();
      expect(explained).toContain(point.technique!.label);
      expect(explained).toContain(point.technique!.quote!);
      expect(explained).toContain(point.technique!.source!);
      expect(explained).not.toMatch(/\bseeds?\b/i);
      if (index === 0) {
        await expectAccessible(t.page, 'Watch explanation');
        await t.shot('watch-explanation');
        await atPhoneWidth(t, 'watch-explanation');
      }
      // Focus rests on Continue: Enter goes on.
      expect(await t.page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('continue');
      await t.page.keyboard.press('Enter');
    }
    await t.page.waitForSelector('.watch-end');
    const asked = script.points.length;
    expect(await t.page.locator('.watch-end .learn-score').textContent()).toBe(`You noticed ${asked - 1} of ${asked} techniques.`);
    expect(await t.page.locator('.script .line').last().textContent()).toContain(script.closing.at(-1)!.text);
    await expectAccessible(t.page, 'Watch end');
    await t.shot('watch-end');
    await t.page.click('[data-action="steps"]');
    await expect.poll(() => doneSteps(t.page)).toEqual(['watch']);
    // Watch keeps no call record: the history has no call in it.
    await t.page.click('.brand');
    await t.page.waitForSelector(`[data-scenario="${scenario}"] [data-steps] li[data-step="watch"][data-done="true"]`);
    expect(await t.page.locator(`[data-scenario="${scenario}"] .best`).textContent()).toBe('Not played yet');
    await t.page.locator(`[data-scenario="${scenario}"]`).scrollIntoViewIfNeeded();
    await t.shot('menu-steps', false);
    expect(t.errors).toEqual([]);
  });

  it('Follow shows the hint made from the scenario before each choice point and coaching after; Solo shows neither until the debrief; both are recorded with their step', { timeout: 300_000 }, async () => {
    const best = cliPlay(scenario, ['--best']);
    const { file, json } = shippedScenario(scenario);
    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await openSteps(t.page);
    await openStep(t.page, 'follow');
    const session = StorySession.start(json, { file, rubricHash: '' });
    for (const step of best.path.keys()) {
      expect(await nextStep(t.page)).toBe('choices');
      const expected = followHint(session.choices, session.beats, session.header.customer, analyzer, rules).text;
      expect(await t.page.locator('.follow-hint:not([hidden]) p').textContent()).toBe(expected);
      if (step === 0) {
        await expectAccessible(t.page, 'Follow call with its hint');
        await t.shot('follow-hint');
      }
      await sayLine(t.page, choiceAt(best, step));
      session.choose(best.path[step]! - 1);
      await t.page.locator('.coaching:not([hidden])').waitFor();
    }
    expect(await nextStep(t.page)).toBe('ended');
    await t.page.click('[data-action="debrief"]');
    await t.page.waitForSelector('.debrief');

    await t.page.goto(`${appUrl}#/learn/${scenario}`);
    await expect.poll(() => doneSteps(t.page)).toEqual(['follow']);
    await openStep(t.page, 'solo');
    for (const step of best.path.keys()) {
      expect(await nextStep(t.page)).toBe('choices');
      expect(await t.page.locator('.follow-hint').isHidden()).toBe(true);
      expect(await t.page.locator('.coaching').isHidden()).toBe(true);
      await sayLine(t.page, choiceAt(best, step));
    }
    expect(await nextStep(t.page)).toBe('ended');
    expect(await t.page.locator('.coaching').isHidden()).toBe(true);
    await t.shot('solo-ended');
    await t.page.click('[data-action="debrief"]');
    await t.page.waitForSelector('.debrief');
    // The debrief is where Solo's notes are: one per line.
    expect(await t.page.locator('.debrief .verdict').count()).toBe(best.path.length);
    // Retrying a Solo call retries it solo.
    await t.page.click('[data-action="retry"]');
    expect(await nextStep(t.page)).toBe('choices');
    expect(await t.page.evaluate(() => location.hash)).toBe(`#/learn/solo/${scenario}`);
    expect(await t.page.locator('.follow-hint').isHidden()).toBe(true);
    await t.page.goto(`${appUrl}#/learn/${scenario}`);
    await expect.poll(async () => (await doneSteps(t.page)).sort()).toEqual(['follow', 'solo']);
    const steps = (await storedRecords<{ step?: string }>(t.page, 'calls')).map((r) => r.step ?? 'none').sort();
    expect(steps).toEqual(['follow', 'solo']);
    expect(t.errors).toEqual([]);
  });

  it('Teach scores a graded transcript exactly as the engine rates its lines, and shows where they disagreed and why', { timeout: 300_000 }, async () => {
    const { file, json } = shippedScenario(scenario);
    const t = (open = await openPage());
    await t.page.goto(`${appUrl}#/learn/${scenario}`);
    await t.page.waitForSelector('.learn-overview');
    await openStep(t.page, 'teach');
    await t.page.waitForSelector('.teach[data-seed]');
    const seed = Number(await t.page.locator('.teach').getAttribute('data-seed'));
    const call = teachCall(json, file, seed, analyzer, rules, data.triggers);
    const lines = t.page.locator('.teach-line');
    expect(await lines.count()).toBe(call.lines.length);
    for (const [i, line] of call.lines.entries()) expect(await lines.nth(i).locator('.said').textContent()).toContain(line.options[line.said]);
    await expectAccessible(t.page, 'Teach transcript');
    // Grading too soon is refused in words.
    await t.page.click('[data-action="grade"]');
    expect(await t.page.locator('.form-problem').textContent()).toMatch(/^Mark all three for every agent line first/);

    // The engine's answers everywhere but two marks: the first line's trigger and the last line's technique.
    const marks: TeachMarks[] = call.lines.map(({ key, said }) => ({ technique: key.techniques[0] ?? NONE, trigger: key.triggers[0] ?? NONE, better: key.better.includes(said) ? NONE : key.better[0]! }));
    marks[0] = { ...marks[0]!, trigger: marks[0]!.trigger === NONE ? data.triggers[0]!.id : NONE };
    const last = call.lines.length - 1;
    marks[last] = { ...marks[last]!, technique: call.lines[last]!.techniqueChoices.find((id) => !call.lines[last]!.key.techniques.includes(id))! };
    const expected = gradeCall(call, marks);
    for (const [i, mark] of marks.entries()) {
      const box = lines.nth(i);
      // Keyboard for the first line: focus the select and type to pick, as a keyboard user does.
      if (i === 0) {
        await box.locator('select[data-mark="technique"]').focus();
        await t.page.keyboard.press('ArrowDown');
      }
      await box.locator('select[data-mark="technique"]').selectOption(mark.technique);
      await box.locator('select[data-mark="trigger"]').selectOption(mark.trigger);
      await box.locator('select[data-mark="better"]').selectOption(String(mark.better));
    }
    await t.page.focus('[data-action="grade"]');
    await t.page.keyboard.press('Enter');
    const score = t.page.locator('.teach .learn-score');
    await score.waitFor();
    expect(Number(await score.getAttribute('data-agreed'))).toBe(expected.agreed);
    expect(Number(await score.getAttribute('data-total'))).toBe(call.lines.length * 3);
    expect(await score.textContent()).toBe(`You agreed with the engine on ${expected.agreed} of ${expected.total} marks (${expected.percent}%).`);
    expect(expected.agreed).toBe(expected.total - 2);
    for (const [i, review] of expected.lines.entries()) {
      for (const mark of ['technique', 'trigger', 'better'] as const) {
        const item = lines.nth(i).locator(`[data-review="${mark}"]`);
        expect(await item.getAttribute('data-agreed')).toBe(String(review[mark].agreed));
        expect(await item.textContent()).toContain(review[mark].why);
      }
    }
    await expectAccessible(t.page, 'Teach review');
    await t.shot('teach-review');
    await atPhoneWidth(t, 'teach-review');
    await t.page.click('[data-action="steps"]');
    await expect.poll(() => doneSteps(t.page)).toEqual(['teach']);
    expect(t.errors).toEqual([]);
  });
});
