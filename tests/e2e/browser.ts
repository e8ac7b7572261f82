import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

/** Where screenshots go (gitignored). */
export const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

/** A page in a fresh Chromium profile that records console errors and dialogs. */
export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** console errors and uncaught exceptions seen so far */
  errors: string[];
  /** dialogs (alert, confirm) that opened: there should never be any */
  dialogs: string[];
  /** save a screenshot, the whole page unless `fullPage` is false */
  shot(name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

/** Launch Chromium with a fresh profile; reduced motion by default so lines appear at once. */
export async function openPage(options: { width?: number; height?: number; reducedMotion?: boolean } = {}): Promise<TestPage> {
  const profile = mkdtempSync(join(tmpdir(), 'frontline-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
  });
  // Every document, frames included, keeps the Content-Security-Policy violations it sees, for cspViolations.
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { frontlineCspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`));
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  mkdirSync(SHOTS, { recursive: true });
  return {
    page,
    context,
    errors,
    dialogs,
    shot: async (name, fullPage = true) => {
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The Content-Security-Policy violations a page and all its frames have seen since they loaded. */
export async function cspViolations(page: Page): Promise<string[]> {
  const inFrame = (frame: Frame) => frame.evaluate(() => (window as unknown as { frontlineCspViolations: string[] }).frontlineCspViolations);
  return (await Promise.all(page.frames().map(inFrame))).flat();
}
