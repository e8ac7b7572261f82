import { afterEach, describe, expect, inject, it } from 'vitest';
import { compileInk } from '../../src/engine/story/compile.ts';
import { StorySession } from '../../src/engine/story/session.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPage, type TestPage } from './browser.ts';
import { choiceTexts, nextStep, sayLine } from './call-steps.ts';

// The fixture app's "Fair Scores" call: five lines that differ on empathy only, then two.
const fixtureUrl = inject('fixtureUrl');
const ID = 'gaming-checks';
const compiled = compileInk(readFileSync(resolve(import.meta.dirname, 'fixtures/stories/gaming-checks.ink'), 'utf8'));
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** The lines of the first choice point in the order a call with this shuffle seed shows them, by the engine. */
function firstOrder(shuffle: number): string[] {
  if (!compiled.ok) throw new Error('the fixture does not compile');
  const session = StorySession.start(compiled.json, { file: `${ID}.ink`, rubricHash: 'any', shuffle });
  return session.order.map((i) => session.choices[i]!.text);
}

/** The shuffle seed kept in the call's save. */
async function savedShuffle(t: TestPage): Promise<number> {
  const save = await t.page.evaluate((id) => localStorage.getItem(`frontline:save:${id}`), ID);
  return (JSON.parse(save!) as { snapshot: { shuffle: number } }).snapshot.shuffle;
}

describe('fair scores in Chromium', () => {
  it('shows lines in the order drawn from the seed kept with the call, keeps it on resume and replay, and number keys follow it', async () => {
    const t = (open = await openPage());
    await t.page.goto(fixtureUrl);
    await t.page.click(`[data-scenario="${ID}"] [data-action="start"]`);
    expect(await nextStep(t.page)).toBe('choices');
    const shown = await choiceTexts(t.page);
    const seed = await savedShuffle(t);
    expect(shown).toEqual(firstOrder(seed));
    await t.shot('shuffled-choices');
    // A reload resumes the call from its save: the same lines in the same order.
    await t.page.reload();
    expect(await nextStep(t.page)).toBe('choices');
    expect(await choiceTexts(t.page)).toEqual(shown);
    // Key 1 says the line shown first, whatever its authored place.
    await t.page.keyboard.press('1');
    await nextStep(t.page);
    expect(await t.page.locator('.transcript .line.agent .line-text').first().textContent()).toBe(shown[0]);
    await sayLine(t.page, 'Bye.');
    expect(await nextStep(t.page)).toBe('ended');
    await t.page.click('[data-action="debrief"]');
    await t.page.waitForSelector('.debrief');
    // Replaying from the first line shows it in the order the call showed it.
    await t.page.click('[data-replay="1"]');
    expect(await nextStep(t.page)).toBe('choices');
    expect(await choiceTexts(t.page)).toEqual(shown);
    expect(t.errors).toEqual([]);
  });

  it('shows rubrics the call never tested as not assessed, left out of the overall', async () => {
    const t = (open = await openPage());
    await t.page.goto(fixtureUrl);
    await t.page.click(`[data-scenario="${ID}"] [data-action="start"]`);
    await nextStep(t.page);
    await sayLine(t.page, 'Let me see what I can find for you here.');
    await nextStep(t.page);
    await sayLine(t.page, 'Thanks for your patience today.');
    expect(await nextStep(t.page)).toBe('ended');
    await t.page.click('[data-action="debrief"]');
    await t.page.waitForSelector('.debrief');
    for (const key of ['ownership', 'expectations']) {
      expect(await t.page.locator(`[data-score="${key}"]`).getAttribute('data-value')).toBe('not-assessed');
      expect(await t.page.locator(`[data-score="${key}"] .score-value`).textContent()).toMatch(/^— Not assessed/);
    }
    // Empathy (0 of 2, then 1 of 1) is 66.7 and triggers 100; the overall is their mean, not pulled up by two 100s.
    expect(await t.page.locator('[data-score="empathy"] .score-value').textContent()).toBe('66.7%');
    expect(await t.page.locator('[data-score="overall"] .score-value').textContent()).toBe('83.3%');
    expect(await t.page.locator('[data-not-assessed]').textContent()).toMatch(/^— Not assessed: the lines you were offered never differed/);
    await t.shot('debrief-not-assessed');
    await t.page.click('[data-action="menu"]');
    await t.page.click('[data-nav="history"]');
    await expect.poll(() => t.page.locator('.history tr[data-call] [data-score="ownership"]').textContent()).toBe('—');
    expect(t.errors).toEqual([]);
  });

  it('coaches the best line as the best with what it did well, gives the reason, and never a "better" line that is what was said', async () => {
    const t = (open = await openPage());
    await t.page.goto(fixtureUrl);
    await t.page.click(`[data-scenario="${ID}"] [data-action="start"]`);
    await nextStep(t.page);
    // Not the best, and its "better" line is the same words with other punctuation: the reason, no "Better:".
    await sayLine(t.page, 'Let me see what I can find for you here.');
    await nextStep(t.page);
    const coach = t.page.locator('.coaching:not([hidden])');
    expect(await coach.locator('.verdict').getAttribute('data-best')).toBe('false');
    expect(await coach.locator('.verdict').textContent()).toBe('Another line on offer did more for empathy.');
    expect(await coach.locator('.better').count()).toBe(0);
    // The best line on offer: the coach says so and names what it did well.
    await sayLine(t.page, 'Thanks for your patience today.');
    await nextStep(t.page);
    expect(await coach.locator('.verdict').getAttribute('data-best')).toBe('true');
    expect(await coach.locator('.verdict').textContent()).toBe('The best line on offer: it acknowledged how the customer feels.');
    expect(await coach.locator('.feedback').textContent()).toBe('Thanking her for waiting acknowledges the wait.');
    expect(await coach.locator('.better').count()).toBe(0);
    await t.shot('coaching-best');
    await t.page.click('[data-action="debrief"]');
    await t.page.waitForSelector('.debrief');
    await t.page.click('[data-action="retry"]');
    // A weaker line gets its reason and a better line that differs from it.
    await nextStep(t.page);
    await sayLine(t.page, 'Right, I see.');
    await nextStep(t.page);
    expect(await coach.locator('.verdict').getAttribute('data-best')).toBe('false');
    expect(await coach.locator('.feedback').textContent()).toBe('Flat: nothing shows you heard the worry.');
    expect(await coach.locator('.better').textContent()).toBe('Better: “I\'m so sorry, that sounds really stressful.”');
    await t.shot('coaching-reason-and-better');
    expect(t.errors).toEqual([]);
  });
});
