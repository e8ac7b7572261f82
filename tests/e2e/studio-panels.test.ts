import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, type TestPage } from './browser.ts';
import { cliPlay } from './call-steps.ts';
import { AXE } from './certification-steps.ts';

const appUrl = inject('appUrl');
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** The studio with a shipped scenario open, once its map is drawn. */
async function openStudio(id: string): Promise<TestPage> {
  const t = (open = await openPage({ width: 1400, height: 900 }));
  await t.page.goto(`${appUrl}#/studio/${id}`);
  await t.page.waitForSelector('.map-node.kind-ending', { timeout: 60_000 });
  return t;
}

/** The 1-based line the editor's cursor is on. */
async function cursorLine(page: Page): Promise<number> {
  return Number(await page.locator('.studio-editor .cm-activeLineGutter').first().textContent());
}

/** The text of the line the editor's cursor is on. */
async function cursorText(page: Page): Promise<string> {
  return (await page.locator('.studio-editor .cm-activeLine').first().textContent()) ?? '';
}

/** axe on the map, preview and numbers panels: no serious or critical violation. */
async function expectPanelsAccessible(page: Page, when: string): Promise<void> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ include: [['.studio-panels']] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), when).toEqual([]);
}

describe('the studio map, preview and numbers in Chromium', () => {
  it('opens a box’s source line in the editor, by click and by keyboard, and marks a dead end typed into the text', async () => {
    const t = await openStudio('missing-order');
    const { page } = t;
    await expect.poll(() => page.locator('.studio-numbers-panel table').count()).toBeGreaterThan(0);
    // The map opens scrolled to the first choice point, however wide it is.
    const inView = await page.evaluate(() => {
      const canvas = document.querySelector('.map-canvas')!.getBoundingClientRect();
      const box = document.querySelector('.map-node.current')!.getBoundingClientRect();
      return box.left >= canvas.left && box.right <= canvas.right && box.top >= canvas.top && box.bottom <= canvas.bottom;
    });
    expect(inView).toBe(true);
    await expectPanelsAccessible(page, 'studio panels with missing-order open');
    await t.shot('studio-panels-map');

    const ending = page.locator('.map-node.kind-ending').first();
    const endLine = Number(await ending.getAttribute('data-line'));
    await ending.click();
    await expect.poll(() => cursorLine(page)).toBe(endLine);
    expect(await cursorText(page)).toMatch(/->\s*END/);

    // By keyboard: the map is one tab stop; the arrow keys move between boxes and Enter opens one.
    await page.locator('.map-node[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    const focused = page.locator('.map-node:focus');
    const focusedLine = Number(await focused.getAttribute('data-line'));
    expect(await focused.getAttribute('data-node')).not.toBe('start');
    await page.keyboard.press('Enter');
    await expect.poll(() => cursorLine(page)).toBe(focusedLine);

    // Replace that ending's -> END with a line: the story now runs out there.
    await ending.click();
    await expect.poll(() => cursorLine(page)).toBe(endLine);
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('She sighs and waits.');
    const deadEnd = page.locator(`.map-node.kind-dead_end[data-line="${endLine}"]`);
    await deadEnd.waitFor({ timeout: 60_000 });
    expect(await deadEnd.locator('.map-node-title').textContent()).toContain('DEAD END');
    await deadEnd.scrollIntoViewIfNeeded();
    await t.shot('studio-panels-dead-end');
    await expectPanelsAccessible(page, 'studio panels with a dead end on the map');
    expect(t.errors).toEqual([]);
  });

  it('plays the preview to an ending with the scores frontline play --choose gives for the same path, highlighting it on the map', async () => {
    const t = await openStudio('missing-order');
    const { page } = t;
    const wanted = [3, 1, 2, 1, 1, 1, 1, 1];
    const path: number[] = [];
    for (const pick of wanted) {
      const options = page.locator('.preview-options button');
      if ((await options.count()) === 0) break;
      const n = Math.min(pick, await options.count());
      path.push(n);
      // By keyboard: focus the line and press Enter.
      await options.nth(n - 1).focus();
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('.preview-end');
    const cli = cliPlay('missing-order', ['--choose', path.join(',')]);
    expect(await page.locator('.preview-end').textContent()).toContain(`frontline play --choose ${cli.path.join(',')}`);
    for (const rubric of ['empathy', 'ownership', 'expectations', 'triggers', 'overall'] as const) {
      const value = cli.scores[rubric];
      expect(await page.locator(`[data-score="${rubric}"]`).textContent(), rubric).toBe(value === null ? 'not assessed' : `${value} %`);
    }
    expect(await page.locator('#preview-end-title').textContent()).toBe(`The call ends: ${cli.outcome}`);
    // The map highlights the path: one arrow per choice, plus the opening.
    expect(await page.locator('.map-edge.on-path').count()).toBe(path.length + 1);
    expect(await page.locator('.map-node.current.kind-ending').count()).toBe(1);
    await t.shot('studio-panels-preview-ended');

    // A line of the preview opens its source line.
    const said = page.locator('.preview-line.agent button.line-text').first();
    const line = Number(await said.getAttribute('data-line'));
    await said.click();
    await expect.poll(() => cursorLine(page)).toBe(line);
    expect(await cursorText(page)).toContain((await said.textContent())!.slice(0, 20));

    // Restart from the second choice: the first choice stays, the rest is undone.
    await page.getByRole('button', { name: 'Restart from choice 2' }).click();
    expect(await page.locator('.preview-line.agent').count()).toBe(1);
    expect(await page.locator('.map-edge.on-path').count()).toBe(2);
    await expectPanelsAccessible(page, 'studio panels after a preview');
    expect(t.errors).toEqual([]);
  });
});
