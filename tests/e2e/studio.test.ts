import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { cspViolations, openPage, type TestPage } from './browser.ts';
import { expectAccessible } from './certification-steps.ts';
import { clickLineEnd, openStudio, problems } from './studio-steps.ts';

const appUrl = inject('appUrl');
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

const SOURCE = readFileSync('stories/missing-order.ink', 'utf8').split('\n');
const RINGS = 'The phone rings. #sfx:ring #narration';
const RINGS_LINE = SOURCE.indexOf(RINGS) + 1;

/** The lint marker's severity in the gutter beside a line, or null when it has none. */
async function gutterMark(t: TestPage, line: number): Promise<string | null> {
  return t.page.evaluate((n) => {
    const numbers = [...document.querySelectorAll('.cm-lineNumbers .cm-gutterElement')];
    const row = numbers.find((element) => element.textContent === String(n)) as HTMLElement | undefined;
    if (!row) return null;
    const top = row.getBoundingClientRect().top;
    const marker = [...document.querySelectorAll('.cm-lint-marker')].find((m) => Math.abs(m.getBoundingClientRect().top - top) < 4);
    return marker ? (marker.className.match(/cm-lint-marker-(\w+)/)?.[1] ?? 'unknown') : null;
  }, line);
}

describe('the scenario studio', () => {
  it('is reached from the menu', async () => {
    const t = (open = await openPage({ width: 1400, height: 900 }));
    await t.page.goto(appUrl);
    await t.page.click('[data-nav="studio"]');
    await t.page.waitForSelector('.studio .cm-content');
    expect(await t.page.evaluate(() => location.hash)).toMatch(/^#\/studio/);
    expect(t.errors).toEqual([]);
  });

  it('checks as the trainer types: an unknown tag is an error at its line with the CLI code, and clears when fixed', async () => {
    const t = (open = await openPage({ width: 1400, height: 900 }));
    await openStudio(t.page, appUrl, 'missing-order');
    expect(await problems(t.page)).toEqual([]);
    await t.shot('studio-opened');

    await clickLineEnd(t.page, RINGS);
    await t.page.keyboard.type(' #sfxx:ring');
    await expect.poll(() => problems(t.page), { timeout: 30_000 }).toContain(`${RINGS_LINE} error [bad_tag]`);
    const item = t.page.locator(`.studio-problem[data-code="bad_tag"]`);
    expect(await item.textContent()).toMatch(/Line \d+ error \[bad_tag\] unknown tag "#sfxx"/);
    expect(await gutterMark(t, RINGS_LINE)).toBe('error');
    expect(await t.page.locator('.ink-unknownTag', { hasText: '#sfxx:ring' }).count()).toBe(1);
    await t.shot('studio-unknown-tag');

    for (let i = 0; i < ' #sfxx:ring'.length; i++) await t.page.keyboard.press('Backspace');
    await expect.poll(() => t.page.locator('.studio-status').textContent(), { timeout: 30_000 }).toMatch(/Checked in \d+ ms: 0 errors, 0 warnings/);
    expect(await problems(t.page)).toEqual([]);
    expect(await gutterMark(t, RINGS_LINE)).toBeNull();
    expect(t.errors).toEqual([]);
    expect(await cspViolations(t.page)).toEqual([]);
  });

  it('keeps unsaved edits in the browser and offers them back after a reload', async () => {
    const t = (open = await openPage({ width: 1400, height: 900 }));
    await openStudio(t.page, appUrl, 'missing-order');
    await clickLineEnd(t.page, RINGS);
    await t.page.keyboard.type(' // kept through a reload');
    // Kept once typing pauses, when the check runs.
    await expect.poll(() => t.page.locator('.studio').getAttribute('data-checked'), { timeout: 30_000 }).not.toBe('1');
    await t.page.reload();
    await t.page.waitForSelector('.studio [data-action="restore"]', { timeout: 30_000 });
    expect(await t.page.locator('.studio-notices').textContent()).toMatch(/unsaved edits to stories\/missing-order\.ink/);
    await t.shot('studio-restore-offer');
    await t.page.click('[data-action="restore"]');
    expect(await t.page.locator('.cm-line', { hasText: 'kept through a reload' }).count()).toBe(1);
    expect(t.errors).toEqual([]);
  });

  it('is usable by keyboard: toolbar, editor (Escape then Tab leaves it), problems that open their line', async () => {
    const t = (open = await openPage({ width: 1400, height: 900 }));
    await openStudio(t.page, appUrl, 'missing-order');
    const focused = () => t.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return 'nothing';
      if (element.classList.contains('cm-content')) return 'editor';
      return element.getAttribute('data-action') ?? element.id ?? element.tagName;
    });
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await t.page.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order).toEqual(['studio-shipped', 'open-shipped', 'new', 'open-file', 'save', 'download', 'editor']);
    // A problem to move on to, after the editor.
    await clickLineEnd(t.page, RINGS);
    await t.page.keyboard.type(' #sfxx:ring');
    await expect.poll(() => problems(t.page), { timeout: 30_000 }).toContain(`${RINGS_LINE} error [bad_tag]`);
    // In the editor, Tab indents and keeps focus; Escape then Tab moves on, to the problems list.
    await t.page.keyboard.press('Tab');
    expect(await focused()).toBe('editor');
    await t.page.keyboard.press('Shift+Tab');
    await t.page.keyboard.press('Escape');
    await t.page.keyboard.press('Tab');
    expect(await t.page.evaluate(() => document.activeElement?.closest('.studio-problem')?.getAttribute('data-code'))).toBe('bad_tag');

    // The problem opens its line in the editor.
    await t.page.keyboard.press('Enter');
    expect(await focused()).toBe('editor');
    expect(await t.page.locator('.cm-activeLine').textContent()).toContain('#sfxx:ring');
    await expectAccessible(t.page, 'studio with an error');
    await t.shot('studio-keyboard');
    expect(t.errors).toEqual([]);
  });

  it('reports the progress of a long exploration, and checks the next text without waiting for its end', async () => {
    const t = (open = await openPage({ width: 1400, height: 900 }));
    await openStudio(t.page, appUrl, 'missing-order');
    // Twenty yes-or-no points, each counting its own answer, all read at the end: about a million states, far past the explorer's budget.
    const names = Array.from({ length: 20 }, (_, i) => `n${i}`);
    const points = names.map((name, i) => `=== p${i} ===\nQuestion ${i}?\n* [Yes ${i}.]\n  ~ ${name} = 1\n  -> ${i === 19 ? 'end' : `p${i + 1}`}\n* [No ${i}.]\n  -> ${i === 19 ? 'end' : `p${i + 1}`}\n`);
    const long = `VAR mood = 0\n${names.map((name) => `VAR ${name} = 0`).join('\n')}\n-> p0\n${points.join('')}=== end ===\n{${names.join(' + ')} > 10: Thanks.|Bye.} #outcome:resolved\n-> END\n`;
    await t.page.locator('.studio .cm-content').click();
    await t.page.keyboard.press('Control+a');
    await t.page.keyboard.insertText(long);
    await expect.poll(() => t.page.locator('.studio-status').textContent(), { timeout: 30_000 }).toMatch(/Checking… [\d,]+ states explored in \d+ s; keep typing/);
    await t.shot('studio-long-exploration');
    // The trainer goes on: the next text is checked while the long exploration is dropped.
    await t.page.keyboard.press('Control+a');
    await t.page.keyboard.insertText(SOURCE.join('\n'));
    await expect.poll(() => t.page.locator('.studio-status').textContent(), { timeout: 30_000 }).toMatch(/Checked in \d+ ms: 0 errors, 0 warnings/);
    expect(await problems(t.page)).toEqual([]);
    expect(t.errors).toEqual([]);
  });
});
