import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');

/** The scenario the e2e tests play: missing-order when it exists, else the first one. */
export function testScenario(): string {
  return existsSync(resolve(ROOT, 'stories/missing-order.ink')) ? 'missing-order' : 'irate-caller';
}

/** The JSON that `frontline play` prints for a scenario. */
export interface CliReport {
  scenario: { id: string; title: string };
  path: number[];
  transcript: { speaker: string; text: string }[];
  choices: { text: string; techniques?: string[] }[];
  outcome: string | null;
  scores: Record<'empathy' | 'ownership' | 'expectations', number | null> & { triggers: number; overall: number };
}

/** Run the CLI: `frontline play stories/ID.ink ARGS --json`. */
export function cliPlay(id: string, args: string[]): CliReport {
  const out = execFileSync('node', ['bin/frontline.js', 'play', `stories/${id}.ink`, ...args, '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as CliReport;
}

/** What the steps drive: a page, or a frame with its page's keyboard. */
export type Surface = Pick<Page, 'keyboard' | 'locator' | 'waitForSelector' | 'waitForTimeout'>;

const NEXT = '.choices-box:not([hidden]) .choice, .call-ended:not([hidden])';

/** Wait until the call offers choices or has ended, pressing Escape to skip typed-out lines when asked; says which. */
export async function nextStep(page: Surface, skip = false): Promise<'choices' | 'ended'> {
  for (let tries = 0; skip && tries < 100 && (await page.locator(NEXT).count()) === 0; tries++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(150);
  }
  await page.waitForSelector(NEXT, { timeout: 30_000 });
  return (await page.locator('.call-ended:not([hidden])').count()) > 0 ? 'ended' : 'choices';
}

/** Start a scenario's call from the menu by clicking. */
export async function startCall(page: Page, id: string): Promise<void> {
  await page.click(`[data-scenario="${id}"] [data-action="start"]`);
  await nextStep(page);
}

/** Press number keys until the call ends (1 where `path` runs out), then open the debrief. */
export async function playToDebrief(page: Page, path: number[] = []): Promise<void> {
  for (let step = 0; (await nextStep(page)) === 'choices'; step++) await page.keyboard.press(String(path[step] ?? 1));
  await page.click('[data-action="debrief"]');
  await page.waitForSelector('.debrief');
}

/** The visible transcript, line by line. */
export function transcriptLines(page: Page): Promise<string[]> {
  return page.locator('.transcript .line').allTextContents();
}

/** The lines on offer now. */
export function choiceTexts(page: Page): Promise<string[]> {
  return page.locator('.choices-box:not([hidden]) .choice-text').allTextContents();
}

/**
 * Say a line by its text: lines are shown in a shuffled order, so press the number key of the
 * position where this line is shown now (the keys follow what is shown).
 */
export async function sayLine(page: Surface, text: string): Promise<void> {
  const shown = await page.locator('.choices-box:not([hidden]) .choice-text').allTextContents();
  const position = shown.indexOf(text);
  if (position < 0) throw new Error(`the line "${text}" is not on offer; shown: ${JSON.stringify(shown)}`);
  await page.keyboard.press(String(position + 1));
}

/** The text of the agent line a CLI report chose at step `step` (0-based). */
export function choiceAt(report: CliReport, step: number): string {
  return report.transcript.filter((line) => line.speaker === 'agent')[step]!.text;
}
