import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, type TestPage } from './browser.ts';
import { choiceAt, choiceTexts, cliPlay, nextStep, playToDebrief, sayLine, startCall, testScenario, transcriptLines } from './call-steps.ts';

const appUrl = inject('appUrl');
const fixtureUrl = inject('fixtureUrl');
const scenario = testScenario();
const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
let open: TestPage | undefined;

async function page(options?: Parameters<typeof openPage>[0]): Promise<TestPage> {
  open = await openPage(options);
  return open;
}

afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('the game in Chromium', () => {
  it('plays the best path with the keyboard, and the debrief equals frontline play --best --json', async () => {
    const expected = cliPlay(scenario, ['--best']);
    const t = await page();
    await t.page.goto(appUrl);
    await t.page.focus(`[data-scenario="${scenario}"] [data-action="start"]`);
    await t.page.keyboard.press('Enter');
    expect(await nextStep(t.page)).toBe('choices');
    // What the canvas shows, screen readers hear.
    expect(await t.page.locator('.stage-col [role="status"]').textContent()).toMatch(/ looks [a-z]+; mood (0|[+−]\d) on a scale/);
    // The Missing Bottles opens with #sfx:ring and #sfx:pickup: each cue is captioned.
    if (scenario === 'missing-order') expect(await t.page.locator('.caption').allTextContents()).toEqual(['[phone rings]', '[line picks up]']);
    for (const step of expected.path.keys()) {
      expect(await nextStep(t.page)).toBe('choices');
      expect(await t.page.evaluate(() => document.activeElement?.classList.contains('choice'))).toBe(true);
      if (step === 1) await t.shot('call-phone');
      await sayLine(t.page, choiceAt(expected, step));
    }
    expect(await nextStep(t.page)).toBe('ended');
    await t.shot('call-ended');
    await t.page.keyboard.press('Enter');
    await t.page.waitForSelector('.debrief');
    expect(await t.page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(expected.outcome ?? 'none');
    for (const [key, value] of Object.entries(expected.scores)) {
      // A rubric the call did not assess is a dash with its reason, never 100 %.
      expect(await t.page.locator(`[data-score="${key}"]`).getAttribute('data-value'), key).toBe(value === null ? 'not-assessed' : String(value));
      expect(await t.page.locator(`[data-score="${key}"] .score-value`).textContent()).toMatch(value === null ? /^— Not assessed/ : new RegExp(`^${value}%$`));
    }
    expect(await t.page.locator('.review').count()).toBe(expected.path.length);
    // Each line's review names the technique its choice point practised.
    const named = await t.page.locator('.review').evaluateAll((items) => items.map((li) => li.querySelector('.technique')?.getAttribute('data-techniques') ?? ''));
    expect(named).toEqual(expected.choices.map((c) => (c.techniques ?? []).join(' ')));
    expect(named.every((ids) => ids !== '')).toBe(true);
    expect(await t.page.locator('.review .technique strong').first().textContent()).toMatch(/^Technique: /);
    expect(await t.page.locator('.mood-plot svg path.mood-line').count()).toBe(1);
    await t.shot('debrief');
    await t.page.click('[data-replay="2"]');
    expect(await nextStep(t.page)).toBe('choices');
    expect(await t.page.locator('.transcript .line.agent .line-text').allTextContents()).toEqual([choiceAt(expected, 0)]);
    await t.page.click('[data-action="leave"]');
    expect(await t.page.locator(`[data-scenario="${scenario}"] .best`).getAttribute('data-best')).toBe(String(expected.scores.overall));
  });

  it('shows a public complaint in its own social frame: a public post and its replies', async () => {
    const t = await page();
    await t.page.goto(appUrl);
    expect(await t.page.locator('[data-scenario="public-complaint"] .channel').textContent()).toBe('Social');
    await startCall(t.page, 'public-complaint');
    expect(await t.page.locator('.screen.call').getAttribute('data-channel')).toBe('social');
    expect(await t.page.locator('.call-sub').textContent()).toBe('Social · Jade Okoro');
    await t.shot('call-social');
    await playToDebrief(t.page);
    expect(await t.page.locator('.review .technique').count()).toBeGreaterThan(0);
    await t.shot('debrief-social');
  });

  it('resumes after a reload mid-call with the same transcript and the same next line', async () => {
    const t = await page();
    await t.page.goto(appUrl);
    const played = cliPlay(scenario, ['--choose', '2,1,1']);
    await startCall(t.page, scenario);
    await sayLine(t.page, choiceAt(played, 0));
    await nextStep(t.page);
    await sayLine(t.page, choiceAt(played, 1));
    expect(await nextStep(t.page)).toBe('choices');
    // The lines come back in the order they were shown before the reload: the save keeps the shuffle.
    const before = { lines: await transcriptLines(t.page), choices: await choiceTexts(t.page) };
    await t.page.reload();
    expect(await nextStep(t.page)).toBe('choices');
    expect(await transcriptLines(t.page)).toEqual(before.lines);
    expect(await choiceTexts(t.page)).toEqual(before.choices);
    await sayLine(t.page, choiceAt(played, 2));
    await nextStep(t.page);
    const expected = played.transcript.map((line) => line.text);
    const shown = (await t.page.locator('.transcript .line-text').allTextContents());
    expect(shown).toEqual(expected);
  });

  it('offers the menu before the game code has loaded, shows real loading progress, and keeps sound settings', async () => {
    const t = await page();
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    await t.page.route(/\/assets\/call-chunk-[^/]*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await t.page.goto(appUrl);
    await t.page.waitForSelector('.scenario [data-action="start"]');
    await t.page.click('.sound-controls .mute');
    expect(await t.page.locator('.sound-controls .mute').getAttribute('aria-pressed')).toBe('true');
    await t.page.fill('#volume', '40');
    await t.page.click(`[data-scenario="${scenario}"] [data-action="start"]`);
    const bar = t.page.locator('.loading progress');
    await bar.waitFor();
    await t.page.waitForTimeout(300);
    expect(Number(await bar.getAttribute('value'))).toBeLessThan(100);
    await t.shot('loading');
    release();
    expect(await nextStep(t.page)).toBe('choices');
    await t.page.reload();
    await nextStep(t.page);
    expect(await t.page.locator('.sound-controls .mute').getAttribute('aria-pressed')).toBe('true');
    expect(await t.page.locator('#volume').inputValue()).toBe('40');
    expect(t.errors).toEqual([]);
  });

  it('starts the call before the drawing engine has loaded, and draws the caller once it has', async () => {
    const t = await page();
    let release!: () => void;
    const gate = new Promise<void>((done) => (release = done));
    await t.page.route(/\/assets\/phaser-[^/]*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await t.page.goto(appUrl);
    await t.page.click(`[data-scenario="${scenario}"] [data-action="start"]`);
    // The lines and choices are there at once; the stage's box waits, empty, for the drawing.
    expect(await nextStep(t.page)).toBe('choices');
    expect(await t.page.locator('.stage-host canvas').count()).toBe(0);
    await t.shot('call-before-drawing');
    release();
    await t.page.waitForSelector('.call .stage-host canvas');
    // It draws the call as it stands now, and then rests.
    await t.page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('.stage-host canvas')?.dataset.loop === 'asleep', undefined, { timeout: 20_000, polling: 50 });
    await t.shot('call-after-drawing');
    await t.page.keyboard.press('1');
    expect(await nextStep(t.page)).toBe('choices');
    expect(t.errors).toEqual([]);
  });

  it('shows a story line containing HTML literally', async () => {
    const t = await page();
    await t.page.goto(fixtureUrl);
    await expect.poll(() => t.page.locator('[data-scenario="html-line"] h3').textContent()).toBe('<b>Markup</b> & Co.');
    await startCall(t.page, 'html-line');
    const line = t.page.locator('.transcript .line.customer .line-text').first();
    expect(await line.textContent()).toBe('Hello! <img src=x onerror=alert(1)> is what my screen says.');
    expect(await t.page.locator('.transcript img, .choices img, .choices script').count()).toBe(0);
    expect(await t.page.locator('.choice-text').first().textContent()).toBe('I see <script>alert(2)</script> on mine too.');
    await t.shot('html-literal');
    await t.page.keyboard.press('1');
    await nextStep(t.page);
    expect(await t.page.locator('.transcript .line-text').last().textContent()).toBe('Thanks, that <b>helps</b>.');
    expect(t.dialogs).toEqual([]);
    expect(t.errors).toEqual([]);
  });

  it('reports damaged saved data, keeps other saves, and refuses a save from another story version', async () => {
    const t = await page();
    await t.page.goto(appUrl);
    const others = await t.page.locator('.scenario').evaluateAll((items) => items.map((i) => i.getAttribute('data-scenario')!));
    const [kept, stale] = others.filter((id) => id !== scenario);
    for (const id of [kept!, stale!]) {
      await startCall(t.page, id);
      await t.page.keyboard.press('1');
      await nextStep(t.page);
      await t.page.click('[data-action="leave"]');
    }
    const keptSave = await t.page.evaluate((id) => localStorage.getItem(`frontline:save:${id}`), kept!);
    expect(keptSave).toContain('frontline.call-save');
    await t.page.evaluate(
      ({ scenario, stale }) => {
        localStorage.setItem(`frontline:save:${scenario}`, '{"format":"frontline.call-save","version":1,"scenarioId":');
        localStorage.setItem('frontline:best:nobody', JSON.stringify({ format: 'frontline.best', version: 99 }));
        const save = JSON.parse(localStorage.getItem(`frontline:save:${stale}`)!);
        save.snapshot.storyHash = 'made-against-an-older-story';
        localStorage.setItem(`frontline:save:${stale}`, JSON.stringify(save));
      },
      { scenario, stale: stale! },
    );
    await t.page.reload();
    await t.page.waitForSelector('.scenario');
    const notice = t.page.locator('[data-notice="set-aside"]');
    // Named by the scenario's title, in words: never by its id.
    await expect.poll(() => notice.textContent()).toMatch(/Your unfinished call with “[^”]+”: it is not valid JSON/);
    expect(await notice.textContent()).not.toContain(scenario);
    expect(await notice.textContent()).toContain('another version of Frontline');
    await t.shot('damaged-save');
    expect(await t.page.locator(`[data-scenario="${kept}"] [data-action="resume"]`).count()).toBe(1);
    expect(await t.page.evaluate((id) => localStorage.getItem(`frontline:save:${id}`), kept!)).toBe(keptSave);
    const asideKeys = await t.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('frontline:set-aside:')));
    expect(asideKeys.length).toBe(2);
    await t.page.click(`[data-scenario="${stale}"] [data-action="resume"]`);
    await expect.poll(() => t.page.locator('[data-notice="set-aside"]').last().textContent()).toContain('it was made with an earlier version of this scenario');
    expect(await t.page.locator(`[data-scenario="${stale}"] [data-action="resume"]`).count()).toBe(0);
    await t.page.click(`[data-scenario="${kept}"] [data-action="resume"]`);
    expect(await nextStep(t.page)).toBe('choices');
    expect(await t.page.locator('.transcript .line.agent').count()).toBe(1);
    expect(t.errors).toEqual([]);
  });

  it('sets aside a save whose ink state is damaged and says so, instead of loading for ever', async () => {
    const t = await page();
    await t.page.goto(appUrl);
    await startCall(t.page, scenario);
    await t.page.keyboard.press('1');
    await nextStep(t.page);
    await t.page.click('[data-action="leave"]');
    // Each damage once: inkjs throws a plain error on the first, and loads the second to a place with nothing to choose.
    for (const damage of ['garbage', 'no flows']) {
      await t.page.evaluate(
        ({ scenario, damage }) => {
          const key = `frontline:save:${scenario}`;
          const save = JSON.parse(localStorage.getItem(key) ?? sessionStorage.getItem('intact-save')!);
          sessionStorage.setItem('intact-save', JSON.stringify(save));
          const state = JSON.parse(save.snapshot.inkState);
          save.snapshot.inkState = damage === 'garbage' ? 'garbage' : JSON.stringify({ ...state, flows: {} });
          localStorage.setItem(key, JSON.stringify(save));
        },
        { scenario, damage },
      );
      await t.page.reload();
      await t.page.click(`[data-scenario="${scenario}"] [data-action="resume"]`);
      await expect.poll(() => t.page.locator('[data-notice="set-aside"]').last().textContent(), { timeout: 20_000 }).toContain(
        'the place it was saved at in the story is damaged or cannot be found',
      );
      expect(await t.page.locator(`[data-scenario="${scenario}"] [data-action="resume"]`).count()).toBe(0);
      expect(await t.page.locator('.loading').count()).toBe(0);
    }
    await t.shot('damaged-ink-state');
    const asideKeys = await t.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('frontline:set-aside:')));
    expect(asideKeys.length).toBe(2);
    expect(t.errors).toEqual([]);
  });

  it('logs no console errors on any screen, with motion on, at 1280×720 and on a phone', async () => {
    const channels = ['phone', 'chat', 'email'] as const;
    for (const size of [{ width: 1280, height: 720, name: 'desktop' }, { width: 390, height: 844, name: 'phone' }]) {
      const t = await page({ width: size.width, height: size.height, reducedMotion: false });
      await t.page.goto(appUrl);
      await t.page.waitForSelector('.scenario');
      await t.shot(`menu-${size.name}`);
      for (const channel of channels) {
        await t.page.waitForSelector('.scenario');
        const id = await t.page.locator('.scenario').filter({ has: t.page.locator(`.channel-${channel}`) }).first().getAttribute('data-scenario');
        await t.page.click(`[data-scenario="${id}"] [data-action="start"]`);
        await t.page.waitForSelector('.transcript .line');
        await t.page.waitForTimeout(600);
        await t.shot(`call-${channel}-talking-${size.name}`);
        await nextStep(t.page, true);
        const overflow = await t.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `horizontal overflow on ${channel}, ${size.name}`).toBeLessThanOrEqual(0);
        if (channel !== 'email') {
          await t.page.click('[data-action="leave"]');
          continue;
        }
        await t.page.keyboard.press('1');
        await nextStep(t.page, true);
        await t.shot(`coaching-${size.name}`);
        for (;;) {
          await t.page.keyboard.press('1');
          if ((await nextStep(t.page, true)) === 'ended') break;
        }
        await t.page.click('[data-action="debrief"]');
        await t.page.waitForSelector('.debrief');
        await t.shot(`debrief-${size.name}`);
        await t.shot(`debrief-top-${size.name}`, false);
      }
      expect(t.errors).toEqual([]);
      await t.close();
      open = undefined;
    }
  });

  it('has no serious or critical axe violations on the menu, call and debrief', async () => {
    const t = await page();
    const audit = async (screen: string) => {
      await t.page.evaluate(AXE); // not a script tag: the page's Content-Security-Policy refuses inline scripts
      const violations = await t.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), screen).toEqual([]);
    };
    await t.page.goto(appUrl);
    await t.page.waitForSelector('.scenario');
    await audit('menu');
    await startCall(t.page, scenario);
    await t.page.keyboard.press('1');
    await nextStep(t.page);
    await audit('call');
    await playToDebrief(t.page);
    await audit('debrief');
    // The finished practice call is on the history screen.
    await t.page.click('[data-action="menu"]');
    await t.page.click('[data-nav="history"]');
    await expect.poll(() => t.page.locator('.history tr[data-call]').count()).toBe(1);
    expect(await t.page.locator('.history tr[data-call] [data-score="overall"]').textContent()).toMatch(/^\d+(\.\d)?%$/);
  });
});
