import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { choiceAt, nextStep, sayLine, type CliReport, type Surface } from './call-steps.ts';

export const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** The Frontline Foundations calls, in order. */
export const FOUNDATIONS = ['budget-return-email', 'missing-order', 'previous-agent', 'irate-caller'] as const;

/** Fail the test on serious or critical axe violations on the page as it is now. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Evaluated, not added as a script tag: the page's Content-Security-Policy refuses inline scripts.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), screen).toEqual([]);
}

/** From the menu to the rules screen, then the name typed and the run begun, all by keyboard. */
export async function beginRun(page: Page, name: string): Promise<void> {
  await page.focus('[data-nav="certification"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.certification-intro');
  await page.focus('#candidate-name');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await nextStep(page);
}

/** Play the current certification call by number keys, saying the lines a CLI report said from step `from` on, checking no coaching appears; stops at the end of the call. */
export async function playCall(page: Surface, report: CliReport, from = 0): Promise<void> {
  for (let step = from; step < report.path.length; step++) {
    expect(await nextStep(page)).toBe('choices');
    await sayLine(page, choiceAt(report, step));
  }
  expect(await nextStep(page)).toBe('ended');
  expect(await page.locator('.coaching:not([hidden])').count()).toBe(0);
}

/** Every record of one of the page's IndexedDB record stores ('calls' or 'attempts'), as stored. */
export function storedRecords<T>(page: Page, store: 'calls' | 'attempts'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('frontline-records');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(name).objectStore(name).getAll();
          get.onsuccess = () => {
            open.result.close();
            done(get.result as T[]);
          };
        };
      }),
    store,
  );
}

/** The attempt records in the page's IndexedDB, as stored. */
export function storedAttempts(page: Page): Promise<{ id: string; status: string; contentId: string | null; calls: unknown[]; current: { index: number; snapshot: { choicePoints: unknown[] } } | null }[]> {
  return storedRecords(page, 'attempts');
}

/** Count the pages of a PDF by its page objects. */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
