import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, type TestPage } from './browser.ts';
import { nextStep, sayLine, testScenario } from './call-steps.ts';

const appUrl = inject('appUrl');
const scenario = testScenario();
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

const asleep = (t: TestPage) => t.page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('.stage-host canvas')?.dataset.loop === 'asleep', undefined, { timeout: 10_000, polling: 50 });

describe('the call scene draws only when something changes', () => {
  it('lets the game loop sleep while the trainee reads the choices, and wakes it for a new line', async () => {
    open = await openPage();
    const t = open;
    await t.page.goto(appUrl);
    await t.page.click(`[data-scenario="${scenario}"] [data-action="start"]`);
    expect(await nextStep(t.page)).toBe('choices');
    await asleep(t);
    await t.shot('call-idle-asleep');
    // The customer answers: expression, mood and line change, the scene draws them, then rests again.
    await t.page.keyboard.press('1');
    expect(await nextStep(t.page)).toBe('choices');
    await asleep(t);
    expect(t.errors).toEqual([]);
  });

  it('animates the talking face in steps while the customer talks, sleeping between them, with motion on', async () => {
    open = await openPage({ reducedMotion: false });
    const t = open;
    await t.page.goto(appUrl);
    // Slow typing, so that the customer's answer takes a couple of seconds to type out.
    await t.page.selectOption('#typing-speed', 'slow');
    await t.page.click(`[data-scenario="${scenario}"] [data-action="start"]`);
    expect(await nextStep(t.page, true)).toBe('choices');
    // The stage boots behind the call: once it has drawn and rests, count the loop's wakes and
    // sleeps while the customer's next line is typed out (its whole-line copy for screen readers
    // is there until the typing ends).
    await asleep(t);
    await t.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.stage-host canvas')!;
      const seen = { awake: 0, asleep: 0 };
      (window as unknown as { talking: typeof seen }).talking = seen;
      // A wake and the sleep after its frame can fall in one task: count each change by the state it left.
      new MutationObserver((changes) => {
        if (!document.querySelector('.transcript .line.customer .sr-only')) return;
        for (const change of changes) {
          if (change.oldValue === 'asleep') seen.awake += 1;
          if (change.oldValue === 'awake') seen.asleep += 1;
        }
      }).observe(canvas, { attributes: true, attributeFilter: ['data-loop'], attributeOldValue: true });
    });
    await sayLine(t.page, "Days? I'm only seeing one call from you, and that was last night after we'd closed.");
    await t.page.waitForSelector('.transcript .line.customer .sr-only');
    await t.page.waitForSelector('.transcript .line.customer .sr-only', { state: 'detached', timeout: 30_000 });
    const changes = await t.page.evaluate(() => (window as unknown as { talking: { awake: number; asleep: number } }).talking);
    // The mouth moves a dozen steps a second: the loop wakes for each step and sleeps between them.
    expect(changes.awake).toBeGreaterThanOrEqual(3);
    expect(changes.asleep).toBeGreaterThanOrEqual(3);
    await t.shot('call-talking', false);
    expect(await nextStep(t.page, true)).toBe('choices');
    await asleep(t);
    expect(t.errors).toEqual([]);
  });

  it('types lines at the speed the trainee set, remembers it, and shows lines whole at "Instant"', async () => {
    open = await openPage({ reducedMotion: false });
    const t = open;
    await t.page.goto(appUrl);
    await t.page.selectOption('#typing-speed', 'instant');
    await t.page.reload();
    expect(await t.page.inputValue('#typing-speed')).toBe('instant');
    await t.shot('menu-typing-setting', false);
    await t.page.click(`[data-scenario="${scenario}"] [data-action="start"]`);
    await t.page.waitForSelector('.transcript .line.customer');
    // Instant: the first customer line is whole the moment it appears, with no skip button.
    const first = t.page.locator('.transcript .line.customer').first();
    expect(await first.locator('.sr-only').count()).toBe(0);
    expect(await t.page.locator('.skip').isHidden()).toBe(true);
    expect(await nextStep(t.page)).toBe('choices');
    expect(t.errors).toEqual([]);
  });
});

